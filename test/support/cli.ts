import { spawnSync } from 'node:child_process';
import { runCli } from '../../src/cli/program.js';

/** Runs the built `handoff` binary as a user would; returns its exit code and output. */
export function handoff(args: string[], options: { cwd?: string } = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['dist/src/cli/bin.js', ...args], { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI in-process with buffers for stdout and stderr. */
export async function handoffInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false });
  return { code, stdout, stderr };
}
