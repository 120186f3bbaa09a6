import { MODELS, runModels, type ModelName, type ResultDocument } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UserError, type CliIO } from '../io.js';
import { resultTable } from '../format/result-table.js';
import { readScenario } from '../scenario-file.js';

/** Options shared by run and compare. */
export interface RunLikeOptions {
  replications?: number;
  seed?: string;
  json?: boolean;
  out?: string;
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

/** Prints or writes a finished document as asked. */
export async function emit(doc: ResultDocument, opts: RunLikeOptions, io: CliIO): Promise<void> {
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  if (opts.json) io.stdout(json);
  else io.stdout(resultTable(doc));
}

/** `handoff run FILE`: one scenario under its model. */
export async function runCommand(file: string, opts: RunLikeOptions & { model?: string }, io: CliIO): Promise<void> {
  const { scenario } = await readScenario(file);
  const model = opts.model ? parseModel(opts.model) : scenario.model;
  const s = { ...scenario, seed: seedOf(opts.seed, scenario.seed) };
  const doc = runModels(s, [model], { replications: opts.replications });
  await emit(doc, opts, io);
}
