import { assemble, runReplication, type EventRow, type ModelName, type ResultDocument, type Scenario } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { emit, type DocumentViews } from '../emit.js';
import { eventsCsv, metricsCsv } from '../format/csv.js';
import { resultTable } from '../format/result-table.js';
import type { CliIO } from '../io.js';
import { parseModel, seedOf, type RunLikeOptions } from '../options.js';
import { readScenario } from '../scenario-file.js';
import { simulate } from '../simulate.js';

/** A result document for people (table) and spreadsheets (CSV). */
export const RESULT_VIEWS: DocumentViews<ResultDocument> = { table: resultTable, csv: metricsCsv };

/** Runs `models` on a scenario file (replications in workers as asked) and assembles the result document. */
export async function runModelsOf(options: { scenario: Scenario; text: string; models: readonly ModelName[]; opts: RunLikeOptions; io: CliIO; label: string }): Promise<ResultDocument> {
  const { scenario, models, opts } = options;
  const replications = opts.replications ?? scenario.replications;
  const [reps] = await simulate({
    scenarioText: options.text,
    points: [{ overrides: [], scenario }],
    models,
    replications,
    workers: opts.workers,
    io: options.io,
    label: options.label,
  });
  return assemble(scenario, models, reps, replications);
}

/** The event log of replication 0 (the same replication as in the document). */
function eventLog(scenario: Scenario, model: ModelName): EventRow[] {
  const rows: EventRow[] = [];
  runReplication(scenario, model, 0, { eventLog: (row) => rows.push(row) });
  return rows;
}

/** `handoff run FILE`: one scenario under its model (or --model). */
export async function runCommand(file: string, opts: RunLikeOptions & { model?: string; events?: string }, io: CliIO): Promise<void> {
  const { scenario: loaded, text } = await readScenario(file);
  const model = opts.model ? parseModel(opts.model) : loaded.model;
  const scenario = { ...loaded, seed: seedOf(opts.seed, loaded.seed) };
  const doc = await runModelsOf({ scenario, text, models: [model], opts, io, label: 'run' });
  if (opts.events) await writeFileAtomic(opts.events, eventsCsv(eventLog(scenario, model), scenario.originMs));
  await emit(doc, opts, io, RESULT_VIEWS, { kind: 'document', scenarioFile: file, scenarioText: text });
}
