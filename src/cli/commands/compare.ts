import { runModels, type ModelName } from '../../sim/index.js';
import type { CliIO } from '../io.js';
import { readScenario } from '../scenario-file.js';
import { emit, parseModel, seedOf, type RunLikeOptions } from './run.js';

/** `handoff compare FILE`: the same scenario under several models, common random numbers. */
export async function compareCommand(file: string, opts: RunLikeOptions & { models?: string }, io: CliIO): Promise<void> {
  const { scenario } = await readScenario(file);
  const models: ModelName[] = opts.models ? opts.models.split(',').map((m) => parseModel(m.trim())) : scenario.models;
  const s = { ...scenario, seed: seedOf(opts.seed, scenario.seed) };
  const doc = runModels(s, models, { replications: opts.replications });
  await emit(doc, opts, io);
}
