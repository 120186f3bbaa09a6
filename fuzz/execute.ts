import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import type { CommandOutcome } from './classify.js';

/** How to start the built CLI. */
export interface CliTarget {
  /** Path of dist/src/cli/bin.js. */
  bin: string;
  /** Per-command timeout (ms). */
  timeoutMs: number;
}

/** Output kept per stream: a result document with an 8 MB description must be read whole to be judged. */
const MAX_CAPTURE = 64 << 20;

/** The host a command runs on by default (UTC, C locale) and the other one determinism is checked against. */
export const HOSTS = { usual: { TZ: 'UTC', LANG: 'C' }, other: { TZ: 'Asia/Kolkata', LANG: 'de_DE.UTF-8' } } as const;

/** Runs `handoff args` as a child process (TZ pinned), killed after the timeout; collects what it left in `outFile`. */
export function runHandoff(target: CliTarget, args: string[], options: { cwd: string; outFile?: string; host?: keyof typeof HOSTS }): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [target.bin, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', ...HOSTS[options.host ?? 'usual'] },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let truncated = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (stdout.length < MAX_CAPTURE) stdout += d;
      else truncated = true;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < MAX_CAPTURE) stderr += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, target.timeoutMs);
    child.on('close', async (code, signal) => {
      clearTimeout(timer);
      const outcome: CommandOutcome = { args, code, signal: timedOut ? null : signal, stdout, stderr, timedOut, ...(truncated ? { truncated } : {}) };
      if (options.outFile !== undefined) {
        outcome.outFile = await readFile(options.outFile, 'utf8').catch(() => null);
        await rm(options.outFile, { force: true });
      }
      resolve(outcome);
    });
  });
}
