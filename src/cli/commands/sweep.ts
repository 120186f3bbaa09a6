import type { CliIO } from '../io.js';
import { parseSets, prepareJob } from '../job.js';
import { parseModel, type RunLikeOptions } from '../options.js';
import { readScenario } from '../scenario-file.js';
import { executeJob } from '../execute.js';

/** `handoff sweep FILE --set path=v1,v2 ...`: every point of the grid of settings, replicated. */
export async function sweepCommand(file: string, opts: RunLikeOptions & { set?: string[]; model?: string }, io: CliIO): Promise<void> {
  const sets = opts.set ?? [];
  parseSets(sets);
  const { scenario: loaded, text } = await readScenario(file);
  const model = opts.model ? parseModel(opts.model) : loaded.model;
  const job = prepareJob(file, text, { command: 'sweep', models: [model], replications: opts.replications ?? loaded.replications, seed: opts.seed ?? null, sets }, loaded);
  await executeJob(job, { file, text }, opts, io);
}
