import { runReplication, type EventRow, type ModelName, type Scenario } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { executeJob } from '../execute.js';
import { eventsCsv } from '../format/csv.js';
import type { CliIO } from '../io.js';
import { prepareJob } from '../job.js';
import { parseModel, type RunLikeOptions } from '../options.js';
import { readScenario } from '../scenario-file.js';

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
  const job = prepareJob(file, text, { command: 'run', models: [model], replications: opts.replications ?? loaded.replications, seed: opts.seed ?? null }, loaded);
  const scenario = job.points[0].scenario;
  await executeJob(job, { file, text }, opts, io, {
    refuseInShard: opts.events ? '--events' : undefined,
    beforeEmit: opts.events ? () => writeFileAtomic(opts.events!, eventsCsv(eventLog(scenario, model), scenario.originMs)) : undefined,
  });
}
