import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FuzzCase } from './case.js';
import type { DocumentCheck } from './classify.js';
import type { CliTarget } from './execute.js';
import { runCase, type CaseRun } from './run-case.js';

/** Cases drawn per fast-check sample: a chunk's seed and a case's index in it replay the case. */
export const CHUNK = 50;

/** The seed of chunk `k` of a run seeded with `seed`. */
export const chunkSeed = (seed: number, k: number): number => (seed * 7919 + k) | 0;

/** A case that was run, and where it sits in the seeded sequence. */
export interface RanCase {
  fuzzCase: FuzzCase;
  run: CaseRun;
  chunk: number;
  index: number;
}

/**
 * Draws cases from `arbitrary` (chunk by chunk, each chunk a seeded sample) and runs them, `jobs`
 * at once, until `cases` have run or the time budget is spent; returns them in sequence order.
 */
export async function runCases(options: {
  arbitrary: fc.Arbitrary<FuzzCase>;
  seed: number;
  cases: number;
  timeBudgetMs: number;
  jobs: number;
  work: string;
  target: CliTarget;
  check: DocumentCheck;
  onCase?: (done: number) => void;
}): Promise<RanCase[]> {
  const started = Date.now();
  const ran: RanCase[] = [];
  let next = 0;
  let chunkCases: FuzzCase[] = [];
  let chunkNumber = -1;
  const take = (): Omit<RanCase, 'run'> | null => {
    if (next >= options.cases || (options.timeBudgetMs > 0 && Date.now() - started > options.timeBudgetMs)) return null;
    const chunk = Math.floor(next / CHUNK);
    if (chunk !== chunkNumber) {
      chunkCases = fc.sample(options.arbitrary, { seed: chunkSeed(options.seed, chunk), numRuns: CHUNK });
      chunkNumber = chunk;
    }
    const index = next++ % CHUNK;
    return { fuzzCase: chunkCases[index], chunk, index };
  };
  const job = async (j: number) => {
    const dir = join(options.work, `job-${j}`);
    await mkdir(dir);
    for (let item = take(); item; item = take()) {
      ran.push({ ...item, run: await runCase(item.fuzzCase, { dir, target: options.target, check: options.check }) });
      options.onCase?.(ran.length);
    }
  };
  await Promise.all(Array.from({ length: options.jobs }, (_, j) => job(j)));
  return ran.sort((a, b) => a.chunk - b.chunk || a.index - b.index);
}
