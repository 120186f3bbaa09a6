import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type fc from 'fast-check';
import { CASE_CLASSES, type CaseClass, type FuzzCase } from './case.js';
import { chunkSeed, type RanCase } from './cases.js';
import { failureSignature, type DocumentCheck } from './classify.js';
import type { CliTarget } from './execute.js';
import { dropLines, shrinkWithFastCheck, signatureOf } from './minimize.js';
import { writeReproducer } from './reproducer.js';
import { runCase, runCommandOf, type CaseCommand } from './run-case.js';
import type { Failure } from './summary.js';

/** Cases per class, commands run, and the distinct failures (every class but runs and clear error), first seen first. */
export function tally(ran: RanCase[]): { counts: Record<CaseClass, number>; commands: number; distinct: Failure[] } {
  const counts = Object.fromEntries(CASE_CLASSES.map((c) => [c, 0])) as Record<CaseClass, number>;
  const distinct = new Map<string, Failure>();
  let commands = 0;
  for (const { fuzzCase, run, chunk, index } of ran) {
    counts[run.klass]++;
    commands += run.outcomes.length;
    if (run.klass === 'runs' || run.klass === 'clear-error') continue;
    const signature = signatureOf(run);
    const known = distinct.get(signature);
    if (known) known.count++;
    else distinct.set(signature, { signature, klass: run.klass, reason: run.reason, label: fuzzCase.label, fuzzCase, run, chunk, index, count: 1, file: null });
  }
  return { counts, commands, distinct: [...distinct.values()] };
}

/**
 * How a candidate is checked while minimizing: a failure of one command (crash, hang, bad output,
 * vague error) re-runs only that command; an inconsistency needs the whole case.
 */
function reproducerOf(options: { dir: string; target: CliTarget; check: DocumentCheck }) {
  return async (candidate: FuzzCase, failure: Failure): Promise<string> => {
    const command = /^(validate|run|compare): /.exec(failure.reason)?.[1] as CaseCommand | undefined;
    if (failure.klass === 'inconsistent' || command === undefined) return signatureOf(await runCase(candidate, options));
    const verdict = await runCommandOf(candidate, command, options);
    return failureSignature(verdict.kind === 'ok' ? 'runs' : verdict.kind, `${command}: ${verdict.reason}`);
  };
}

/**
 * Minimizes each distinct failure (fast-check shrinking, then dropping lines; `budget` CLI runs
 * each, `jobs` failures at once) and writes `<class>-<n>.yaml` and `.txt` into `out`.
 */
export async function writeFailures(failures: Failure[], options: {
  out: string;
  work: string;
  arbitrary: fc.Arbitrary<FuzzCase>;
  seed: number;
  budget: number;
  jobs: number;
  target: CliTarget;
  check: DocumentCheck;
}): Promise<void> {
  await mkdir(options.out, { recursive: true });
  const numbers = new Map<CaseClass, number>();
  const names = failures.map((f) => {
    const n = (numbers.get(f.klass) ?? 0) + 1;
    numbers.set(f.klass, n);
    return `${f.klass}-${n}`;
  });
  let next = 0;
  const job = async (j: number) => {
    const dir = join(options.work, `minimize-${j}`);
    await mkdir(dir);
    const reproduce = reproducerOf({ dir, target: options.target, check: options.check });
    for (let i = next++; i < failures.length; i = next++) {
      const failure = failures[i];
      let smallest = failure.fuzzCase;
      if (options.budget > 0) {
        const again = (candidate: FuzzCase) => reproduce(candidate, failure);
        const shrinkBudget = Math.ceil(options.budget / 3);
        const shrunk = await shrinkWithFastCheck({
          arbitrary: options.arbitrary, seed: chunkSeed(options.seed, failure.chunk), index: failure.index,
          original: smallest, signature: failure.signature, reproduce: again, budget: shrinkBudget,
        });
        smallest = await dropLines({ original: shrunk ?? smallest, signature: failure.signature, reproduce: again, budget: options.budget - shrinkBudget });
      }
      failure.file = await writeReproducer({ dir: options.out, name: names[i], failure, smallest, target: options.target, check: options.check, seed: options.seed });
    }
  };
  await Promise.all(Array.from({ length: options.jobs }, (_, j) => job(j)));
}
