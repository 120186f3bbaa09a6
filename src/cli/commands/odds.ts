import { decideOdds, parseDeadline, selectAssets, type ModelName, type OddsDocument } from '../../sim/index.js';
import { runBatch } from '../decide/run-batch.js';
import { emit } from '../emit.js';
import { oddsTable } from '../format/odds-table.js';
import { UserError, type CliIO } from '../io.js';
import { parseModels, seedOf } from '../options.js';
import { readScenario } from '../scenario-file.js';

/** Options of `handoff odds`. */
export interface OddsOptions {
  deadline: string;
  campaign?: string;
  channel?: string[];
  type?: string[];
  models?: string;
  precision: number;
  batch: number;
  maxReplications: number;
  seed?: string;
  json?: boolean;
  out?: string;
  workers?: number;
}

/** Splits repeated, comma-separated option values into one list (undefined when not given). */
function listOf(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
}

/** `handoff odds FILE --deadline T`: per model, the probability that a set of assets is approved by T, and when it is done. */
export async function oddsCommand(file: string, opts: OddsOptions, io: CliIO): Promise<void> {
  const chosen = opts.models ? parseModels(opts.models) : undefined;
  const { scenario: loaded, text } = await readScenario(file, chosen ?? []);
  const scenario = { ...loaded, seed: seedOf(opts.seed, loaded.seed) };
  const models: ModelName[] = chosen ?? [...loaded.models];
  const deadline = parseDeadline(opts.deadline, scenario);
  if (typeof deadline === 'string') throw new UserError(deadline);
  const selector = { deadlineMin: deadline.minutes, campaign: opts.campaign, channels: listOf(opts.channel), types: listOf(opts.type) };
  const set = selectAssets(scenario, selector);
  if (typeof set === 'string') throw new UserError(set);
  if (opts.batch > opts.maxReplications) throw new UserError(`--batch ${opts.batch} is larger than --max-replications ${opts.maxReplications}`);
  const rule = { precision: opts.precision, maxReplications: opts.maxReplications, confidence: 0.95 };
  const setup = { scenarioText: text, points: [{ overrides: [], scenario }], workers: opts.workers, completionOf: set.keys, io, label: 'odds' };
  const doc = await decideOdds({ scenario, models, deadline, selector, set, rule, batch: opts.batch, run: (requests) => runBatch(setup, requests) });
  await emit<OddsDocument>(doc, opts, io, { table: oddsTable, csv: oddsTable });
}
