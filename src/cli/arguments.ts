// Option parsers used while the program is built: kept free of the simulation library so that
// `handoff --help` loads nothing heavy.
import { InvalidArgumentError } from 'commander';

/** Parses a positive whole number option. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
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
