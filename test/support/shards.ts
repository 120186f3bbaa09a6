import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import fc from 'fast-check';
import { handoffInProcess, type CliRun } from './cli.js';

/**
 * A reviewer working alone through an async queue (no SLA, no escalation, no meetings): few
 * assumptions in force and quick replications. Written into `dir`; returns its path.
 */
export function writeSmallAsyncTeam(dir: string): string {
  const path = join(dir, 'small.yaml');
  writeFileSync(
    path,
    `name: small async team
start: 2026-01-05T00:00:00Z
horizon: 3w
warmup: 1w
seed: 2
model: async
team:
  designers: { role: designer, count: 3 }
  reviewers: { role: reviewer, count: 1 }
work:
  campaigns:
    - { name: Weekly, repeat: 1w, assetTypes: 2, channels: 3 }
`,
  );
  return path;
}

/** Runs the command `args` split into `count` shards (in-process, one worker), each part written into `dir` as `name-i.json`; returns the part files. */
export async function runShards(dir: string, args: string[], count: number, name: string): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const out = join(dir, `${name}-${i}.json`);
    const r = await handoffInProcess([...args, '-w', '1', '--shard', `${i}/${count}`, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    files.push(out);
  }
  return files;
}

/** The unsharded command's document as it prints it (`--json`, one worker). */
export async function runWhole(args: string[]): Promise<string> {
  const r = await handoffInProcess([...args, '-w', '1', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

let parts = 0;

/**
 * The property every sharded command keeps: split into any number of shards (1..maxShards), its
 * parts merged in any order give the bytes of the unsharded run.
 */
export async function expectShardsMergeToWhole(dir: string, args: string[], maxShards: number, numRuns: number, seed: number): Promise<void> {
  const expected = await runWhole(args);
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: maxShards }), fc.integer({ min: 0, max: 1000 }), async (count, rotate) => {
      const files = await runShards(dir, args, count, `any-${parts++}`);
      const order = files.map((_, i) => files[(i + rotate) % files.length]);
      const merged = await handoffInProcess(['merge', ...order, '--json']);
      expect(merged.code, merged.stderr).toBe(0);
      expect(merged.stdout).toBe(expected);
    }),
    { numRuns, seed },
  );
}

/** Three parts of one run merged without the middle one, and with it given twice: each named, exit 1. Returns both runs. */
export async function expectMissingAndRepeatedNamed(parts: string[], out: string): Promise<CliRun[]> {
  const missing = await handoffInProcess(['merge', parts[0], parts[2], '--out', out]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/missing shard 1 of 3/);
  const twice = await handoffInProcess(['merge', parts[0], parts[1], parts[1], parts[2], '--out', out]);
  expect(twice.code).toBe(1);
  expect(twice.stderr).toMatch(/shard 1\/3 is given twice/);
  return [missing, twice];
}
