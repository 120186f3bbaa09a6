import type { ModelName } from '../../sim/index.js';
import type { CliIO } from '../io.js';
import { readScenario } from '../scenario-file.js';
import { emit, parseModel, seedOf, simulate, type RunLikeOptions } from './run.js';

/** `handoff compare FILE`: the same scenario under several models, common random numbers. */
export async function compareCommand(file: string, opts: RunLikeOptions & { models?: string }, io: CliIO): Promise<void> {
  const { scenario: loaded, text } = await readScenario(file);
  const models: ModelName[] = opts.models ? [...new Set(opts.models.split(',').map((m) => parseModel(m.trim())))] : loaded.models;
  const scenario = { ...loaded, seed: seedOf(opts.seed, loaded.seed) };
  const doc = await simulate({ scenario, scenarioText: text, models, opts, io, label: 'compare' });
  await emit(doc, opts, io);
}
