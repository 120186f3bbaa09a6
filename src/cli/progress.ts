import type { CliIO } from './io.js';

/** A progress bar on stderr when it is a terminal: replications done, rate and time left. Silent otherwise. */
export function progressBar(io: CliIO, label: string): { update: (done: number, total: number) => void; finish: () => void } {
  if (!io.stderrIsTTY) return { update: () => {}, finish: () => {} };
  const started = Date.now();
  let last = 0;
  const update = (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    io.stderr(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} replications  ${rate.toFixed(0)}/s  ${left}s left `);
  };
  return { update, finish: () => io.stderr('\r\x1b[K') };
}
