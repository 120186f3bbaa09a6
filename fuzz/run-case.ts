import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FuzzCase } from './case.js';
import { classifyCase, classifyCommand, firstLine, type CaseRecord, type CommandOutcome, type CommandVerdict, type DocumentCheck } from './classify.js';
import { runHandoff, type CliTarget } from './execute.js';

/** Replications every simulating command is asked for: enough for 1 vs 2 workers to matter, small enough to be quick. */
export const CASE_REPLICATIONS = '2';

/** A case run: its record, its class, and every command with what it printed. */
export interface CaseRun {
  record: CaseRecord;
  klass: ReturnType<typeof classifyCase>['klass'];
  reason: string;
  outcomes: CommandOutcome[];
}

/**
 * Runs one case against the built CLI in `dir`: validate, run (1 worker, --out), compare (2 workers,
 * --out), and when run succeeded, run again with 2 workers under another zone and locale (and, if
 * the bytes differ, once or twice more to tell workers, host and plain reruns apart); when those
 * agree, the run as shards and merge, which must give its bytes again.
 */
export async function runCase(fuzzCase: FuzzCase, options: { dir: string; target: CliTarget; check: DocumentCheck; fileName?: string }): Promise<CaseRun> {
  const { dir, target, check } = options;
  const file = options.fileName ?? `case.${fuzzCase.ext}`;
  await writeFile(join(dir, file), fuzzCase.text, 'utf8');
  const exec = (args: string[], outFile?: string, host?: 'other') => runHandoff(target, args, { cwd: dir, outFile: outFile && join(dir, outFile), host });
  const sim = (command: string, workers: string) => [command, file, '--json', '-r', CASE_REPLICATIONS, '-w', workers, ...(fuzzCase.options ?? [])];
  const judge = (o: CommandOutcome, json: boolean) => classifyCommand(o, { file, json, check, usage: json && fuzzCase.options !== undefined });

  const outcomes: CommandOutcome[] = [];
  const validate = await exec(['validate', file]);
  const run = await exec([...sim('run', '1'), '--out', 'out-run.json'], 'out-run.json');
  const compare = await exec([...sim('compare', '2'), '--out', 'out-compare.json'], 'out-compare.json');
  outcomes.push(validate, run, compare);
  const record: CaseRecord = { validate: judge(validate, false), run: judge(run, true), compare: judge(compare, true), determinism: null, shards: null };
  if (record.run.kind === 'ok') {
    // Again with 2 workers on another host (zone, locale); only when the bytes differ, find which.
    const again = await exec(sim('run', '2'), undefined, 'other');
    outcomes.push(again);
    record.determinism = again.stdout === run.stdout ? 'same' : await whichDiffers(run.stdout, (workers, host) => exec(sim('run', workers), undefined, host), outcomes);
    if (record.determinism === 'same') record.shards = await shardsAgree(dir, run.stdout, exec, sim('run', '1').filter((a) => a !== '--json'), outcomes);
  }
  const { klass, reason } = classifyCase(record);
  return { record, klass, reason, outcomes };
}

/** Shards of a run: SHARDS of them, and the order their parts are given to merge (not the order they ran). */
const SHARDS = 3;
const MERGE_ORDER = [2, 0, 1];

/**
 * The run split into SHARDS shards (with the case's two replications, one is empty) and merged, its
 * parts out of order, in `dir`: 'same' when merge prints the run's document byte for byte, else what went wrong.
 */
async function shardsAgree(
  dir: string,
  whole: string,
  exec: (args: string[]) => Promise<CommandOutcome>,
  runArgs: string[],
  outcomes: CommandOutcome[],
): Promise<NonNullable<CaseRecord['shards']>> {
  const parts = Array.from({ length: SHARDS }, (_, i) => `part-${i}.json`);
  try {
    for (let i = 0; i < SHARDS; i++) {
      // The part stays on disk for merge: no outFile to collect (and remove) here.
      const shard = await exec([...runArgs, '--shard', `${i}/${SHARDS}`, '--out', parts[i]]);
      outcomes.push(shard);
      if (shard.code !== 0) return `shard ${i}/${SHARDS} failed where the run succeeded: ${firstLine(shard.stderr) || `exit ${shard.code}`}`;
    }
    const merge = await exec(['merge', ...MERGE_ORDER.map((i) => parts[i]), '--json']);
    outcomes.push(merge);
    if (merge.code !== 0) return `merge of the run's shards failed: ${firstLine(merge.stderr) || `exit ${merge.code}`}`;
    return merge.stdout === whole ? 'same' : 'merged shards differ from the run';
  } finally {
    await Promise.all(parts.map((part) => rm(join(dir, part), { force: true })));
  }
}

/** Narrows a difference between run -w 1 (usual host) and run -w 2 (other host) down to its cause. */
async function whichDiffers(
  first: string,
  exec: (workers: string, host?: 'other') => Promise<CommandOutcome>,
  outcomes: CommandOutcome[],
): Promise<NonNullable<CaseRecord['determinism']>> {
  const otherHost = await exec('1', 'other');
  outcomes.push(otherHost);
  if (otherHost.stdout === first) return '1 vs 2 workers differ';
  const rerun = await exec('1');
  outcomes.push(rerun);
  return rerun.stdout === first ? 'host time zone or locale changes the bytes' : 'rerun differs';
}

/** The commands of a case, as runCase gives them. */
export type CaseCommand = 'validate' | 'run' | 'compare';

/** Runs one command of a case (as runCase would) and classifies it: quicker than the whole case when minimizing. */
export async function runCommandOf(fuzzCase: FuzzCase, command: CaseCommand, options: { dir: string; target: CliTarget; check: DocumentCheck }): Promise<CommandVerdict> {
  const file = `case.${fuzzCase.ext}`;
  await writeFile(join(options.dir, file), fuzzCase.text, 'utf8');
  const args = command === 'validate' ? ['validate', file] : [command, file, '--json', '-r', CASE_REPLICATIONS, '-w', command === 'run' ? '1' : '2', '--out', 'out.json', ...(fuzzCase.options ?? [])];
  const outcome = await runHandoff(options.target, args, { cwd: options.dir, outFile: command === 'validate' ? undefined : join(options.dir, 'out.json') });
  const json = command !== 'validate';
  return classifyCommand(outcome, { file, json, check: options.check, usage: json && fuzzCase.options !== undefined });
}
