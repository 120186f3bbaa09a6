import { assemble, MODELS, runReplication, type EventRow, type ModelName, type Override, type ResultDocument, type Scenario } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UserError, type CliIO } from '../io.js';
import { resultTable } from '../format/result-table.js';
import { eventsCsv, metricsCsv } from '../format/csv.js';
import { runReplications } from '../parallel/run-replications.js';
import { progressBar } from '../progress.js';
import { readScenario } from '../scenario-file.js';

/** Options shared by run, compare and sweep. */
export interface RunLikeOptions {
  replications?: number;
  seed?: string;
  json?: boolean;
  csv?: boolean;
  out?: string;
  workers?: number;
}

/** Parses a model name given on the command line. */
export function parseModel(name: string): ModelName {
  if (!(MODELS as readonly string[]).includes(name)) {
    throw new UserError(`unknown model "${name}"; choose one of ${MODELS.join(', ')}`, 2);
  }
  return name as ModelName;
}

/** Applies --seed (a number when it looks like one) to a scenario. */
export function seedOf(seed: string | undefined, fallback: number | string): number | string {
  if (seed === undefined) return fallback;
  return /^-?\d+$/.test(seed) ? Number(seed) : seed;
}

/** Runs the replications of `models` (in workers when asked) and assembles the document. */
export async function simulate(options: {
  scenario: Scenario;
  scenarioText: string;
  overrides?: Override[];
  models: readonly ModelName[];
  opts: RunLikeOptions;
  io: CliIO;
  label: string;
}): Promise<ResultDocument> {
  const { scenario, models, opts, io } = options;
  const replications = opts.replications ?? scenario.replications;
  const bar = progressBar(io, options.label);
  try {
    const reps = await runReplications({
      scenario,
      scenarioText: options.scenarioText,
      overrides: options.overrides,
      models,
      replications,
      workers: opts.workers,
      onProgress: bar.update,
      signal: io.signal,
    });
    return assemble(scenario, models, reps, replications);
  } finally {
    bar.finish();
  }
}

/** Prints or writes a finished document as asked: JSON, CSV, or the table for people. */
export async function emit(doc: ResultDocument, opts: RunLikeOptions, io: CliIO): Promise<void> {
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  if (opts.json) io.stdout(json);
  else if (opts.csv) io.stdout(metricsCsv(doc));
  else io.stdout(resultTable(doc));
}

/** `handoff run FILE`: one scenario under its model. */
export async function runCommand(file: string, opts: RunLikeOptions & { model?: string; events?: string }, io: CliIO): Promise<void> {
  const { scenario: loaded, text } = await readScenario(file);
  const model = opts.model ? parseModel(opts.model) : loaded.model;
  const scenario = { ...loaded, seed: seedOf(opts.seed, loaded.seed) };
  const doc = await simulate({ scenario, scenarioText: text, models: [model], opts, io, label: 'run' });
  if (opts.events) {
    const rows: EventRow[] = [];
    runReplication(scenario, model, 0, { eventLog: (r) => rows.push(r) });
    await writeFileAtomic(opts.events, eventsCsv(rows, scenario.originMs));
  }
  await emit(doc, opts, io);
}
