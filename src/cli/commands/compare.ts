import type { CliIO } from '../io.js';
import { executeJob } from '../execute.js';
import { prepareJob } from '../job.js';
import { parseModels, type RunLikeOptions } from '../options.js';
import { readScenario } from '../scenario-file.js';

/** `handoff compare FILE`: the same scenario under several models, with common random numbers. */
export async function compareCommand(file: string, opts: RunLikeOptions & { models?: string }, io: CliIO): Promise<void> {
  const { scenario: loaded, text } = await readScenario(file);
  const models = opts.models ? parseModels(opts.models) : [...loaded.models];
  const job = prepareJob(file, text, { command: 'compare', models, replications: opts.replications ?? loaded.replications, seed: opts.seed ?? null }, loaded);
  await executeJob(job, { file, text }, opts, io);
}
