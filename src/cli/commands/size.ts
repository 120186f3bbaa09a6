import { decideSize, parseCost, parseTarget, parseVary, rowInputs, sweepGrid, type SizeDocument, type SweepParameter } from '../../sim/index.js';
import { decideStamp, type DecidePlan, type LoadScenario } from '../decide/decide-plan.js';
import { executeDecide, type DecideRunOptions } from '../decide/execute-decide.js';
import { fileLoader } from '../decide/prepare-decide.js';
import { sizeTable } from '../format/size-table.js';
import { UserError, type CliIO } from '../io.js';
import { loadPoints, MAX_POINTS } from '../job.js';
import { parseModel, seedOf } from '../options.js';

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

/** The options of `handoff size` that decide its document. */
const STAMPED = ['target', 'vary', 'cost', 'confidence', 'model', 'minReplications', 'maxReplications', 'seed'] as const;

/** Lays out `handoff size`: every candidate up to --max-replications; the search (decideSize) asks for what it needs. */
export async function prepareSize(file: string, opts: SizeOptions, load: LoadScenario): Promise<DecidePlan<SizeDocument>> {
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
  const { scenario: loaded, text } = await load(chosen ? [chosen] : []);
  const model = chosen ?? loaded.model;
  const points = loadPoints(file, text, sweepGrid(levers), opts.seed);
  const scenario = { ...loaded, seed: seedOf(opts.seed, loaded.seed) };
  return {
    stamp: decideStamp('size', opts, STAMPED),
    setup: { scenarioText: text, points },
    models: [model],
    cap: opts.maxReplications,
    keep: (r) => rowInputs(r, targets, cost),
    views: { table: sizeTable, csv: sizeTable },
    decide: (run) =>
      decideSize({
        scenario,
        model,
        targets,
        cost,
        levers,
        points,
        confidence: opts.confidence,
        minReplications: opts.minReplications,
        maxReplications: opts.maxReplications,
        run,
      }),
  };
}

/** `handoff size FILE --target … --vary …`: the cheapest setting that meets every target, with a stated confidence. */
export async function sizeCommand(file: string, opts: SizeOptions & DecideRunOptions, io: CliIO): Promise<void> {
  await executeDecide(await prepareSize(file, opts, fileLoader(file)), file, opts, io);
}
