import { decideOdds, parseDeadline, selectAssets, type ModelName, type OddsDocument } from '../../sim/index.js';
import { decideStamp, type DecidePlan, type LoadScenario } from '../decide/decide-plan.js';
import { executeDecide, type DecideRunOptions } from '../decide/execute-decide.js';
import { fileLoader } from '../decide/prepare-decide.js';
import { oddsTable } from '../format/odds-table.js';
import { UserError, type CliIO } from '../io.js';
import { parseModels, seedOf } from '../options.js';

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
}

/** Splits repeated, comma-separated option values into one list (undefined when not given). */
function listOf(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
}

/** The options of `handoff odds` that decide its document. */
const STAMPED = ['deadline', 'campaign', 'channel', 'type', 'models', 'precision', 'batch', 'maxReplications', 'seed'] as const;

/** Lays out `handoff odds`: every model up to --max-replications; the search (decideOdds) adds batches until the precision. */
export async function prepareOdds(file: string, opts: OddsOptions, load: LoadScenario): Promise<DecidePlan<OddsDocument>> {
  const chosen = opts.models ? parseModels(opts.models) : undefined;
  const { scenario: loaded, text } = await load(chosen ?? []);
  const scenario = { ...loaded, seed: seedOf(opts.seed, loaded.seed) };
  const models: ModelName[] = chosen ?? [...loaded.models];
  const deadline = parseDeadline(opts.deadline, scenario);
  if (typeof deadline === 'string') throw new UserError(deadline);
  const selector = { deadlineMin: deadline.minutes, campaign: opts.campaign, channels: listOf(opts.channel), types: listOf(opts.type) };
  const set = selectAssets(scenario, selector);
  if (typeof set === 'string') throw new UserError(set);
  if (opts.batch > opts.maxReplications) throw new UserError(`--batch ${opts.batch} is larger than --max-replications ${opts.maxReplications}`);
  const rule = { precision: opts.precision, maxReplications: opts.maxReplications, confidence: 0.95 };
  return {
    stamp: decideStamp('odds', opts, STAMPED),
    setup: { scenarioText: text, points: [{ overrides: [], scenario }], completionOf: set.keys },
    models,
    cap: opts.maxReplications,
    // The search reads when the set was complete.
    keep: (r) => ({ completion: r.completion }),
    views: { table: oddsTable, csv: oddsTable },
    decide: (run) => decideOdds({ scenario, models, deadline, selector, set, rule, batch: opts.batch, run }),
  };
}

/** `handoff odds FILE --deadline T`: per model, the probability that a set of assets is approved by T, and when it is done. */
export async function oddsCommand(file: string, opts: OddsOptions & DecideRunOptions, io: CliIO): Promise<void> {
  await executeDecide(await prepareOdds(file, opts, fileLoader(file)), file, opts, io);
}
