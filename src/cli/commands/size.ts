import { decideSize, parseCost, parseTarget, parseVary, sweepGrid, type SizeDocument, type SweepParameter } from '../../sim/index.js';
import { runBatch } from '../decide/run-batch.js';
import { emit } from '../emit.js';
import { sizeTable } from '../format/size-table.js';
import { UserError, type CliIO } from '../io.js';
import { loadPoints, MAX_POINTS } from '../job.js';
import { parseModel, seedOf } from '../options.js';
import { readScenario } from '../scenario-file.js';

/** Options of `handoff size`. */
export interface SizeOptions {
  target?: string[];
  vary?: string[];
  cost: string;
  confidence: number;
  model?: string;
  minReplications: number;
  maxReplications: number;
  seed?: string;
  json?: boolean;
  out?: string;
  workers?: number;
}

/** Parses the repeated --vary options into levers (input errors: malformed, repeated, too many points). */
function parseLevers(texts: readonly string[]): SweepParameter[] {
  if (texts.length === 0) throw new UserError('size needs at least one --vary path=values, e.g. --vary team.reviewers.count=1..8');
  const levers = texts.map((t) => {
    const p = parseVary(t);
    if (typeof p === 'string') throw new UserError(p);
    return p;
  });
  const paths = levers.map((p) => p.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new UserError(`--vary ${twice} is given twice; list all its values in one --vary`);
  const points = levers.reduce((n, p) => n * p.values.length, 1);
  if (points > MAX_POINTS) throw new UserError(`the levers make ${points.toLocaleString('en-US')} candidate settings (at most ${MAX_POINTS.toLocaleString('en-US')})`);
  return levers;
}

/** `handoff size FILE --target … --vary …`: the cheapest setting that meets every target, with a stated confidence. */
export async function sizeCommand(file: string, opts: SizeOptions, io: CliIO): Promise<void> {
  if (!opts.target || opts.target.length === 0) throw new UserError('size needs at least one --target, e.g. --target "cycleTimeHours.p90<=24"');
  const targets = opts.target.map((t) => {
    const parsed = parseTarget(t);
    if (typeof parsed === 'string') throw new UserError(parsed);
    return parsed;
  });
  const levers = parseLevers(opts.vary ?? []);
  const cost = parseCost(opts.cost, levers);
  if (typeof cost === 'string') throw new UserError(cost);
  if (opts.minReplications < 2) throw new UserError('--min-replications must be at least 2 (an interval needs two replications)');
  if (opts.minReplications > opts.maxReplications) throw new UserError(`--min-replications ${opts.minReplications} is more than --max-replications ${opts.maxReplications}`);
  const chosen = opts.model ? parseModel(opts.model) : undefined;
  const { scenario: loaded, text } = await readScenario(file, chosen ? [chosen] : []);
  const model = chosen ?? loaded.model;
  const points = loadPoints(file, text, sweepGrid(levers), opts.seed);
  const setup = { scenarioText: text, points, workers: opts.workers, io, label: 'size' };
  const scenario = { ...loaded, seed: seedOf(opts.seed, loaded.seed) };
  const doc = await decideSize({
    scenario,
    model,
    targets,
    cost,
    levers,
    points,
    confidence: opts.confidence,
    minReplications: opts.minReplications,
    maxReplications: opts.maxReplications,
    run: (requests) => runBatch(setup, requests),
  });
  await emit<SizeDocument>(doc, opts, io, { table: sizeTable, csv: sizeTable });
}
