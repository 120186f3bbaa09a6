import fc from 'fast-check';
import type { FuzzCase } from './case.js';
import { failureSignature } from './classify.js';
import type { CaseRun } from './run-case.js';

/** Runs a candidate and tells its failure signature (class and generic reason). */
export type Reproduce = (candidate: FuzzCase) => Promise<string>;

/**
 * Shrinks a generated case with fast-check: replays the case at `path` of the sample drawn with
 * `seed` and lets the arbitrary's shrinker look for a smaller value with the same signature.
 * Returns null when the replay does not give back the same case (then shrinking does not apply).
 */
export async function shrinkWithFastCheck(options: {
  arbitrary: fc.Arbitrary<FuzzCase>;
  seed: number;
  index: number;
  original: FuzzCase;
  signature: string;
  reproduce: Reproduce;
  budget: number;
}): Promise<FuzzCase | null> {
  const { original, signature, reproduce } = options;
  let runs = 0;
  let replayed: boolean | null = null;
  let smallest = original;
  await fc.check(
    fc.asyncProperty(options.arbitrary, async (candidate) => {
      if (replayed === null) {
        replayed = candidate.text === original.text;
        return !replayed; // the original is known to fail: report it without running it again
      }
      if (!replayed || runs >= options.budget) return true;
      runs++;
      if ((await reproduce(candidate)) !== signature) return true;
      if (candidate.text.length <= smallest.text.length) smallest = candidate;
      return false;
    }),
    { seed: options.seed, path: String(options.index), numRuns: options.index + 1, endOnFailure: false },
  );
  return replayed ? smallest : null;
}

/** Drops lines (halves, then quarters, … down to single lines) while the failure stays the same. */
export async function dropLines(options: { original: FuzzCase; signature: string; reproduce: Reproduce; budget: number }): Promise<FuzzCase> {
  const { signature, reproduce } = options;
  let lines = options.original.text.split('\n');
  let runs = 0;
  for (let chunk = Math.max(1, Math.floor(lines.length / 2)); chunk >= 1; chunk = chunk === 1 ? 0 : Math.max(1, Math.floor(chunk / 2))) {
    for (let start = 0; start < lines.length && runs < options.budget; ) {
      const candidate = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      runs++;
      if (candidate.length > 0 && (await reproduce({ ...options.original, text: candidate.join('\n') })) === signature) lines = candidate;
      else start += chunk;
    }
    if (runs >= options.budget) break;
  }
  return { ...options.original, text: lines.join('\n') };
}

/** The signature of a case run. */
export function signatureOf(run: CaseRun): string {
  return failureSignature(run.klass, run.reason);
}
