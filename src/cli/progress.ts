import type { CliIO } from './io.js';

/** Updates of a progress bar; both do nothing when stderr is not a terminal. */
export interface ProgressBar {
  update: (done: number, total: number) => void;
  finish: () => void;
}

const WIDTH = 24;
/** Short runs finish before a bar would be worth drawing. */
const SHOW_AFTER_MS = 250;
const REDRAW_MS = 100;

/** "1:05" from seconds. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One line of the bar: label, bar, replications done of total, rate and time left. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const filled = Math.round((done / total) * WIDTH);
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? clock((total - done) / rate) : '?';
  const count = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
  return `${label} ${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${count} replications  ${rate.toFixed(rate < 10 ? 1 : 0)}/s  ${left} left`;
}

/** A progress bar on stderr when it is a terminal (redrawn in place, cleared at the end); silent otherwise. */
export function progressBar(io: CliIO, label: string, now: () => number = Date.now): ProgressBar {
  if (!io.stderrIsTTY) return { update: () => {}, finish: () => {} };
  const started = now();
  let drawn = 0;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || (t - drawn < REDRAW_MS && done < total)) return;
      drawn = t;
      shown = true;
      io.stderr(`\r${progressLine(label, done, total, t - started)}\x1b[K`);
    },
    finish() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}
