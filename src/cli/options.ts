import { MODELS, type ModelName } from '../sim/index.js';
import type { ShardSpec } from './arguments.js';
import { UserError } from './io.js';

/** Options shared by run, compare and sweep. */
export interface RunLikeOptions {
  replications?: number;
  seed?: string;
  json?: boolean;
  csv?: boolean;
  out?: string;
  report?: string;
  workers?: number;
  shard?: ShardSpec;
}

/** Parses a model name given on the command line (a usage error when unknown). */
export function parseModel(name: string): ModelName {
  if (!(MODELS as readonly string[]).includes(name)) {
    throw new UserError(`unknown model "${name}"; choose one of ${MODELS.join(', ')}`, 2);
  }
  return name as ModelName;
}

/** Parses a comma-separated list of models, keeping the first of any repeats. */
export function parseModels(list: string): ModelName[] {
  const names = list.split(',').map((m) => m.trim()).filter((m) => m !== '');
  if (names.length === 0) throw new UserError('--models needs at least one model, e.g. --models sync,async', 2);
  return [...new Set(names.map(parseModel))];
}

/** The seed to use: --seed (a number when it looks like one), else the scenario's. */
export function seedOf(seed: string | undefined, fallback: number | string): number | string {
  if (seed === undefined) return fallback;
  return /^-?\d+$/.test(seed) ? Number(seed) : seed;
}
