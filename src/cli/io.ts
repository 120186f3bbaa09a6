/** Where a command writes: swapped for buffers in tests, so no test touches the process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars only then). */
  stderrIsTTY: boolean;
  /** Aborted on Ctrl-C: long work stops cleanly and writes nothing. */
  signal?: AbortSignal;
}

/** A user's mistake: printed without a stack trace, exit code 1 (or 2 for usage). */
export class UserError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'UserError';
  }
}

/** Long work stopped by Ctrl-C: nothing was written. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}
