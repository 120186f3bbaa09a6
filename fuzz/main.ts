#!/usr/bin/env node
// `npm run fuzz`: generated scenarios against the built CLI; classes counted, failures minimized.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { FAILING_CLASSES } from './case.js';
import { runCases } from './cases.js';
import type { CliTarget } from './execute.js';
import { tally, writeFailures } from './failures.js';
import { degenerateArbitrary } from './families/degenerate.js';
import { mutationArbitrary } from './families/mutation.js';
import { optionsArbitrary } from './families/options.js';
import { schemaArbitrary, type SchemaNode } from './families/schema.js';
import { loadDocumentCheck } from './invariants.js';
import { loadLibrary } from './library.js';
import { parseFuzzOptions, USAGE } from './options.js';
import { summaryText } from './summary.js';

class UsageError extends Error {}

async function main(): Promise<number> {
  let opts: ReturnType<typeof parseFuzzOptions>;
  try {
    opts = parseFuzzOptions(process.argv.slice(2));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Run from dist/fuzz/: the repository is two levels up, the built library one.
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
    { arbitrary: optionsArbitrary(library), weight: 1 },
  );
  const work = await mkdtemp(join(tmpdir(), 'handoff-fuzz-'));
  const started = Date.now();
  const onCase = process.stderr.isTTY ? (n: number) => process.stderr.write(`\r${n} cases`) : undefined;
  const ran = await runCases({ arbitrary, seed: opts.seed, cases: opts.cases, timeBudgetMs: opts.timeBudgetMs, jobs: opts.jobs, work, target, check, onCase });
  if (onCase) process.stderr.write('\n');
  const fuzzSeconds = (Date.now() - started) / 1000;
  const { counts, commands, distinct } = tally(ran);
  if (opts.out) await writeFailures(distinct, { out: opts.out, work, arbitrary, seed: opts.seed, budget: opts.minimizeBudget, jobs: opts.jobs, target, check });
  const seconds = (Date.now() - started) / 1000;
  const report = summaryText({ cases: ran.length, commands, counts, distinct, fuzzSeconds, seconds, seed: opts.seed, checkSource: source, jobs: opts.jobs });
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
    // A bad option is the user's; anything else is a bug of the fuzzer itself, shown with its stack.
    process.stderr.write(e instanceof UsageError ? `fuzz: ${e.message}\n${USAGE}\n` : `fuzz: internal error of the fuzzer\n${e.stack}\n`);
    process.exitCode = 2;
  },
);
