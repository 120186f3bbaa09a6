/**
 * Timing marks of the viewer's last run, read by `npm run bench:web` and the browser tests from
 * `window.handoff.timings` (performance.now() values; null until reached).
 */
export interface RunTimings {
  runs: number;
  startedAt: number | null;
  /** The workers have read the scenario. */
  loadedAt: number | null;
  firstChartAt: number | null;
  completeAt: number | null;
  workerMs: number | null;
}
