import { CommanderError } from 'commander';
import { InterruptedError, UserError, type CliIO } from './io.js';

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT). */
export const INTERRUPTED_EXIT = 130;

/**
 * Prints what went wrong and returns the exit code: 2 for usage (commander already printed it),
 * 1 for a user's mistake (the message alone), 130 after Ctrl-C, and 1 for a bug, whose stack
 * only `--debug` shows.
 */
export function reportError(e: unknown, io: CliIO, debug: boolean): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (e instanceof UserError) {
    io.stderr(e.message.endsWith('\n') ? e.message : `${e.message}\n`);
    return e.exitCode;
  }
  if (e instanceof InterruptedError) {
    io.stderr('handoff: interrupted; nothing was written\n');
    return INTERRUPTED_EXIT;
  }
  const error = e instanceof Error ? e : new Error(String(e));
  if (error.name === 'RunawayError') {
    io.stderr(`handoff: ${error.message}\n`);
    if (debug && error.stack) io.stderr(`${error.stack}\n`);
    return 1;
  }
  io.stderr(`handoff: internal error: ${error.message}\n`);
  io.stderr(debug && error.stack ? `${error.stack}\n` : '(this is a bug in Handoff; run again with --debug to see where)\n');
  return 1;
}
