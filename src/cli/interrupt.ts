/** Grace period after Ctrl-C for work that does not watch the signal (a server, a long write). */
const GRACE_MS = 1500;

/**
 * Turns Ctrl-C into an abort signal: long work stops cleanly and writes nothing. Should the
 * process still be busy after a grace period, or on a second Ctrl-C, it exits with 130 at once.
 */
export function interruptOnSigint(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
    setTimeout(() => process.exit(130), GRACE_MS).unref();
  });
  return controller.signal;
}
