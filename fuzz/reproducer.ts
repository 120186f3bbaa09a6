import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuzzCase } from './case.js';
import type { DocumentCheck } from './classify.js';
import type { CliTarget } from './execute.js';
import { runCase } from './run-case.js';
import type { Failure } from './summary.js';

const clip = (text: string, max = 2000) => (text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text);

/** The command that shows the failure, e.g. `node dist/src/cli/bin.js compare crash-1.yaml --json -r 2` (for shards, the shards and the merge). */
function oneLine(reason: string, file: string): string {
  if (/\bshards?\b/.test(reason)) return `for i in 0 1 2; do node dist/src/cli/bin.js run ${file} -r 2 -w 1 --shard $i/3 --out part-$i.json; done; node dist/src/cli/bin.js merge part-2.json part-0.json part-1.json --json`;
  const command = /^(validate|run|compare)\b/.exec(reason)?.[1] ?? 'run';
  const args = command === 'validate' ? '' : ` --json -r 2${/workers/.test(reason) ? ' -w 2' : ''}`;
  return `node dist/src/cli/bin.js ${command} ${file}${args}`;
}

/**
 * Writes `<name>.yaml` (the minimized case; JSON is YAML too) and `<name>.txt` (what was done,
 * the class and why, each command with its exit and output) into `dir`; returns the .yaml path.
 */
export async function writeReproducer(options: { dir: string; name: string; failure: Failure; smallest: FuzzCase; target: CliTarget; check: DocumentCheck; seed: number }): Promise<string> {
  const { dir, name, failure, smallest } = options;
  const file = `${name}.yaml`;
  await writeFile(join(dir, file), smallest.text);
  // Run it once more under its own name, so that the messages below read as a user would see them.
  const scratch = await mkdtemp(join(tmpdir(), 'handoff-repro-'));
  const run = await runCase(smallest, { dir: scratch, target: options.target, check: options.check, fileName: file });
  await rm(scratch, { recursive: true, force: true });
  const commands = run.outcomes.map((o) =>
    [
      `$ handoff ${o.args.join(' ')}`,
      `exit ${o.timedOut ? 'none (timed out)' : (o.code ?? o.signal)}`,
      o.stderr.trim() && `stderr:\n${clip(o.stderr.trim())}`,
      o.stdout.trim() && `stdout:\n${clip(o.stdout.trim(), 600)}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  const text = [
    `class: ${failure.klass}   (${failure.count} case(s) with this signature)`,
    `reason: ${failure.reason}`,
    `minimized: ${run.klass === failure.klass ? `still ${run.klass}: ${run.reason}` : `now ${run.klass} (did not reproduce the same way): ${run.reason}`}`,
    `family: ${failure.fuzzCase.family}; made by: ${failure.label}`,
    `replay: npm run fuzz -- --seed ${options.seed} (chunk ${failure.chunk}, case ${failure.index})`,
    `reproduce: ${oneLine(failure.reason, file)}${failure.fuzzCase.options ? ` ${failure.fuzzCase.options.map((o) => (o === '' || /\s/.test(o) ? `'${o}'` : o)).join(' ')}` : ''}`,
    '',
    ...commands.map((c) => `${c}\n`),
  ].join('\n');
  await writeFile(join(dir, `${name}.txt`), text);
  return join(dir, file);
}
