import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { checkDocumentInvariants } from '../../src/sim/index.js';

/** The built binary (`npm test` builds first). */
export const BIN = 'dist/src/cli/bin.js';

/** What a run of the CLI gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `handoff` binary as a user would; returns its exit code and output. Worker
 * threads keep the work they are handed (HANDOFF_THREADS=threads-too), so that the tests' small
 * runs with --workers 2 or 3 do cross threads; the default sharing is tested in parallel.test.ts.
 */
export function handoff(args: string[], options: { cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', HANDOFF_THREADS: 'threads-too' } });
  return checkedRun({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
}

/** Starts the binary and sends it Ctrl-C (SIGINT) after `afterMs`; resolves when it has exited. */
export function handoffInterrupted(args: string[], afterMs: number): Promise<CliRun & { signal: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: 'UTC', HANDOFF_THREADS: 'threads-too' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGINT'), afterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, signal, stdout, stderr });
    });
  });
}

/** Runs the CLI in-process with buffers for stdout and stderr (pass -w 1: workers need the built files). */
export async function handoffInProcess(args: string[], options: { tty?: boolean; signal?: AbortSignal } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrIsTTY: options.tty ?? false,
    signal: options.signal,
  });
  return checkedRun({ code, stdout, stderr });
}

/**
 * Every result or sweep document a command prints as JSON is checked against the document
 * invariants: a violation fails the test that ran the command, whatever that test looks at.
 */
function checkedRun(run: CliRun): CliRun {
  if (run.code !== 0 || !run.stdout.startsWith('{')) return run;
  const doc = JSON.parse(run.stdout) as Record<string, unknown>;
  if (!('results' in doc) && !('points' in doc) && !('kind' in doc)) return run;
  const violations = checkDocumentInvariants(doc);
  if (violations.length > 0) throw new Error(`the printed document breaks its invariants:\n${violations.join('\n')}`);
  return run;
}

/** A fresh temporary directory for a test file's outputs. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `handoff-${prefix}-`));
  // Call it at a test file's top level or in a describe: the folder goes when the file's tests end.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
