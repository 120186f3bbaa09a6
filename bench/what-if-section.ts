import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WEB_BENCH = fileURLToPath(new URL('./web-bench.js', import.meta.url));
const VIEWER = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The what-if: the flagship's four models × 200 replications re-run in the viewer's Web Worker in
 * real Chromium (bench/web-bench.ts, as `npm run bench:web`), whatIfMs being the time from the
 * run's start to the last chart drawn (median of its cold runs); whatIfLeverMs the re-run after a
 * lever is moved on the open page, from the change to the last chart (what a user waits for),
 * whatIfLeverFirstAnswerMs the same moves to the provisional answer (every model's first 25
 * replications drawn, with their wider intervals), and whatIfLeverBackMs the lever moved back to a
 * setting run before. Skipped, with the reason, where no Chromium is installed or the viewer is not
 * built.
 */
export function whatIfSection(print: (line: string) => void, measured: Record<string, number>): Record<string, number> {
  const chromium = CHROMIUM.find((p) => existsSync(p));
  const why = !chromium ? `no Chromium at ${CHROMIUM.join(' or ')} (apt-get install -y chromium)` : !existsSync(VIEWER) ? 'the viewer is not built (npm run build)' : null;
  if (why !== null) {
    print(`what-if: skipped: ${why}`);
    return {};
  }
  const r = spawnSync(process.execPath, [WEB_BENCH, '--json'], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`bench/web-bench failed (exit ${r.status}): ${r.stderr}`);
  const lines = r.stdout.trimEnd().split('\n');
  const figures = JSON.parse(lines[lines.length - 1]) as {
    replications: number;
    webTimeToCompleteMs: number;
    webTimeToFirstChartMs: number;
    browserToNode: number;
    simulationToNode: number;
    viewerJsGzipKB: number;
    webWorkerMs: number;
    webLeverRerunMs: number;
    webLeverFirstAnswerMs: number;
    webLeverBackMs: number;
    webLeverAfterPauseMs: number;
  };
  print(`what-if (${chromium}): ${lines[0]}`);
  for (const line of lines.slice(1, -1)) print(line);
  print(`  whatIfMs ${figures.webTimeToCompleteMs} (goal <= 300); whatIfLeverMs ${figures.webLeverRerunMs}; whatIfLeverFirstAnswerMs ${figures.webLeverFirstAnswerMs} (provisional); whatIfLeverAfterPauseMs ${figures.webLeverAfterPauseMs}`);
  const floor = simulationFloorMs(figures.replications, measured);
  if (floor !== null) print(`  floor: the ${figures.replications} replications of each model at Node's warm rates (the model section's flagship figures) take ${floor.oneThreadMs} ms on one thread, ${floor.ceilingMs} ms at this machine's ceiling for two (cli section), before any page loads or chart is drawn`);
  return {
    ...(floor ? { whatIfSimulationFloorMs: floor.ceilingMs } : {}),
    whatIfMs: figures.webTimeToCompleteMs,
    whatIfFirstChartMs: figures.webTimeToFirstChartMs,
    whatIfWorkerMs: figures.webWorkerMs,
    whatIfLeverMs: figures.webLeverRerunMs,
    whatIfLeverFirstAnswerMs: figures.webLeverFirstAnswerMs,
    whatIfLeverBackMs: figures.webLeverBackMs,
    whatIfLeverAfterPauseMs: figures.webLeverAfterPauseMs,
    whatIfBrowserToNode: figures.browserToNode,
    viewerJsGzipKB: figures.viewerJsGzipKB,
  };
}

/**
 * The least time the what-if's simulation can take on this machine with this model: each model's
 * replications at the warm rate measured in Node (one thread), spread over two threads at the
 * parallel ceiling measured by the cli section. Null when those sections did not run.
 */
function simulationFloorMs(replications: number, measured: Record<string, number>): { oneThreadMs: number; ceilingMs: number } | null {
  const rates = ['Sync', 'Async', 'Hybrid', 'EventDriven'].map((m) => measured[`flagship${m}ReplicationsPerSec`]);
  const ceiling = measured.parallelCeiling;
  if (rates.some((r) => !(r > 0)) || !(ceiling > 0)) return null;
  const oneThreadMs = rates.reduce((sum, rate) => sum + (replications / rate) * 1000, 0);
  return { oneThreadMs: Math.round(oneThreadMs), ceilingMs: Math.round(oneThreadMs / ceiling) };
}
