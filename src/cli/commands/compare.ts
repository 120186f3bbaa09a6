import type { CliIO } from '../io.js';
import { emit } from '../emit.js';
import { parseModels, seedOf, type RunLikeOptions } from '../options.js';
import { readScenario } from '../scenario-file.js';
import { RESULT_VIEWS, runModelsOf } from './run.js';

/** `handoff compare FILE`: the same scenario under several models, with common random numbers. */
export async function compareCommand(file: string, opts: RunLikeOptions & { models?: string }, io: CliIO): Promise<void> {
  const { scenario: loaded, text } = await readScenario(file);
  const models = opts.models ? parseModels(opts.models) : loaded.models;
  const scenario = { ...loaded, seed: seedOf(opts.seed, loaded.seed) };
  const doc = await runModelsOf({ scenario, text, models, opts, io, label: 'compare' });
  await emit(doc, opts, io, RESULT_VIEWS, { kind: 'document', scenarioFile: file, scenarioText: text });
}
