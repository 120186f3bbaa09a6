// Option parsers used while the program is built: kept free of the simulation library so that
// `handoff --help` loads nothing heavy.
import { InvalidArgumentError } from 'commander';
import { MAX_REPLICATIONS } from '../sim/scenario/limits.js';
import { UserError } from './io.js';

/** Most worker threads: more than any machine has cores, and each costs a thread's memory. */
export const MAX_WORKERS = 256;

/** Parses a positive whole number option. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

/**
 * A positive whole number no larger than `max`: malformed text is a usage error (exit 2); a number
 * past the bound a scenario file obeys too is an input error (exit 1), worded like the file's.
 */
function boundedInt(option: string, max: number, why: string): (value: string) => number {
  return (value) => {
    const n = positiveInt(value);
    if (n > max) throw new UserError(`${option} ${value}: at most ${max.toLocaleString('en-US')} (${why})`);
    return n;
  };
}

/** Parses --replications: the bound of a scenario file's `replications`. */
export const replicationsOption = boundedInt('--replications', MAX_REPLICATIONS, "the same bound as a scenario file's replications");

/** Parses --workers. */
export const workersOption = boundedInt('--workers', MAX_WORKERS, 'replications at once, each on its own thread');

/** Parses a number strictly between 0 and 1 (a precision, a confidence). */
export function probabilityOption(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n > 0 && n < 1)) throw new InvalidArgumentError('must be a number between 0 and 1, e.g. 0.05');
  return n;
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Parses a TCP port (0 picks a free one). */
export function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number from 0 to 65535');
  return n;
}

/** One shard of a split run: `index` from 0 to `count` − 1. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** More shards than this is a typo (a sweep's grid has at most 10 000 points). */
export const MAX_SHARDS = 100_000;

/** Parses `--shard i/N` (i from 0 to N − 1, the numbering of Slurm array tasks and Kubernetes indexes). */
export function shard(value: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const usage = 'must be i/N with 0 <= i < N, e.g. 0/4 (the first of four shards)';
  if (!m) throw new InvalidArgumentError(usage);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) throw new InvalidArgumentError(`N must be from 1 to ${MAX_SHARDS.toLocaleString('en-US')}`);
  if (index >= count) throw new InvalidArgumentError(`${usage}; ${index} is not below ${count}`);
  return { index, count };
}
