#!/usr/bin/env node
// `npm run fuzz`: generated scenarios against the built CLI; classes counted, failures minimized.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { CASE_CLASSES, FAILING_CLASSES, type CaseClass, type FuzzCase } from './case.js';
import { degenerateArbitrary } from './families/degenerate.js';
import { mutationArbitrary } from './families/mutation.js';
import { schemaArbitrary, type SchemaNode } from './families/schema.js';
import { loadDocumentCheck } from './invariants.js';
import { loadLibrary } from './library.js';
import { dropLines, shrinkWithFastCheck, signatureOf } from './minimize.js';
import { writeReproducer } from './reproducer.js';
import { runCase, runCommandOf, type CaseCommand, type CaseRun } from './run-case.js';
import { failureSignature, type DocumentCheck } from './classify.js';
import type { Failure } from './summary.js';
import { summaryText } from './summary.js';
import type { CliTarget } from './execute.js';

const USAGE = `usage: npm run fuzz -- [--cases N] [--seed S] [--time-budget SECONDS] [--out DIR] [--jobs K]
                        [--timeout SECONDS] [--minimize-budget RUNS] [--no-minimize]
Runs generated scenarios (mutations of scenarios/, drawn from the JSON Schema, degenerate teams) through
validate, run and compare of the built CLI; exits 1 on any crash, hang, bad output or inconsistency.`;

/** Cases drawn per fast-check sample: a chunk's seed and a case's index in it replay the case. */
const CHUNK = 50;

interface Options {
  cases: number;
  seed: number;
  timeBudgetMs: number;
  out: string | null;
  jobs: number;
  timeoutMs: number;
  minimizeBudget: number;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string' }, seed: { type: 'string' }, 'time-budget': { type: 'string' }, out: { type: 'string' },
      jobs: { type: 'string' }, timeout: { type: 'string' }, 'minimize-budget': { type: 'string' }, 'no-minimize': { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name: string, text: string | undefined, fallback: number, min: number): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, not "${text}"`);
    return n;
  };
  const timeBudget = number('time-budget', values['time-budget'], 0, 0);
  return {
    cases: Math.floor(number('cases', values.cases, values['time-budget'] !== undefined ? 1_000_000 : 200, 1)),
    seed: Math.floor(number('seed', values.seed, 1, -(2 ** 31))),
    timeBudgetMs: timeBudget * 1000,
    out: values.out ?? null,
    jobs: Math.floor(number('jobs', values.jobs, 2, 1)),
    timeoutMs: number('timeout', values.timeout, 15, 1) * 1000,
    minimizeBudget: values['no-minimize'] ? 0 : Math.floor(number('minimize-budget', values['minimize-budget'], 30, 0)),
  };
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

/** The seed of chunk `k` of a run seeded with `seed`. */
const chunkSeed = (seed: number, k: number) => (seed * 7919 + k) | 0;

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const distRoot = new URL('../', import.meta.url);
  const target: CliTarget = { bin: join(root, 'dist/src/cli/bin.js'), timeoutMs: opts.timeoutMs };
  const { scenarioJsonSchema } = (await import(new URL('src/sim/index.js', distRoot).href)) as { scenarioJsonSchema: () => SchemaNode };
  const { check, source } = await loadDocumentCheck(distRoot);
  const library = loadLibrary(join(root, 'scenarios'));
  const arbitrary = fc.oneof(
    { arbitrary: mutationArbitrary(library), weight: 5 },
    { arbitrary: schemaArbitrary(scenarioJsonSchema(), library), weight: 3 },
    { arbitrary: degenerateArbitrary(), weight: 2 },
  );
  const work = await mkdtemp(join(tmpdir(), 'handoff-fuzz-'));
  const started = Date.now();
  const runs: Array<{ fuzzCase: FuzzCase; run: CaseRun; chunk: number; index: number }> = [];
  let next = 0;
  let chunkCases: FuzzCase[] = [];
  let chunkNumber = -1;
  const take = (): { fuzzCase: FuzzCase; chunk: number; index: number } | null => {
    if (next >= opts.cases || (opts.timeBudgetMs > 0 && Date.now() - started > opts.timeBudgetMs)) return null;
    const chunk = Math.floor(next / CHUNK);
    if (chunk !== chunkNumber) {
      chunkCases = fc.sample(arbitrary, { seed: chunkSeed(opts.seed, chunk), numRuns: CHUNK });
      chunkNumber = chunk;
    }
    const index = next++ % CHUNK;
    return { fuzzCase: chunkCases[index], chunk, index };
  };
  const worker = async (w: number) => {
    const dir = join(work, `job-${w}`);
    await mkdir(dir);
    for (let item = take(); item; item = take()) {
      const run = await runCase(item.fuzzCase, { dir, target, check });
      runs.push({ ...item, run });
      if (process.stderr.isTTY) process.stderr.write(`\r${runs.length} cases`);
    }
  };
  await Promise.all(Array.from({ length: opts.jobs }, (_, w) => worker(w)));
  if (process.stderr.isTTY) process.stderr.write('\n');
  const fuzzSeconds = (Date.now() - started) / 1000;
  runs.sort((a, b) => a.chunk - b.chunk || a.index - b.index);

  const counts = Object.fromEntries(CASE_CLASSES.map((c) => [c, 0])) as Record<CaseClass, number>;
  const distinct = new Map<string, Failure>();
  let commands = 0;
  for (const { fuzzCase, run, chunk, index } of runs) {
    counts[run.klass]++;
    commands += run.outcomes.length;
    if (run.klass === 'runs' || run.klass === 'clear-error') continue;
    const signature = signatureOf(run);
    const known = distinct.get(signature);
    if (known) known.count++;
    else distinct.set(signature, { signature, klass: run.klass, reason: run.reason, label: fuzzCase.label, fuzzCase, run, chunk, index, count: 1, file: null });
  }

  if (opts.out) {
    await mkdir(opts.out, { recursive: true });
    const failures = [...distinct.values()];
    const numbers = new Map<CaseClass, number>();
    for (const failure of failures) {
      const n = (numbers.get(failure.klass) ?? 0) + 1;
      numbers.set(failure.klass, n);
      failure.file = `${failure.klass}-${n}`;
    }
    let nextFailure = 0;
    const minimizer = async (w: number) => {
      const dir = join(work, `minimize-${w}`);
      await mkdir(dir);
      const reproduce = reproducerOf({ dir, target, check });
      for (let i = nextFailure++; i < failures.length; i = nextFailure++) {
        const failure = failures[i];
        let smallest = failure.fuzzCase;
        if (opts.minimizeBudget > 0) {
          const again = (candidate: FuzzCase) => reproduce(candidate, failure);
          const shrunk = await shrinkWithFastCheck({
            arbitrary, seed: chunkSeed(opts.seed, failure.chunk), index: failure.index, original: smallest,
            signature: failure.signature, reproduce: again, budget: Math.ceil(opts.minimizeBudget / 3),
          });
          smallest = await dropLines({ original: shrunk ?? smallest, signature: failure.signature, reproduce: again, budget: opts.minimizeBudget - Math.ceil(opts.minimizeBudget / 3) });
        }
        failure.file = await writeReproducer({ dir: opts.out!, name: failure.file!, failure, smallest, target, check, seed: opts.seed });
      }
    };
    await Promise.all(Array.from({ length: opts.jobs }, (_, w) => minimizer(w)));
  }
  const seconds = (Date.now() - started) / 1000;
  const report = summaryText({ cases: runs.length, commands, counts, distinct: [...distinct.values()], fuzzSeconds, seconds, seed: opts.seed, checkSource: source, jobs: opts.jobs });
  process.stdout.write(report);
  if (opts.out) await writeFile(join(opts.out, 'summary.txt'), report);
  await rm(work, { recursive: true, force: true });
  return FAILING_CLASSES.some((c) => counts[c] > 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`fuzz: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  },
);

