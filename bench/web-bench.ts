// `npm run bench:web`: the flagship comparison (every model, 200 replications) in the viewer's
// Web Worker in Chromium, timed to the first chart and to the last, against the same work in Node
// in the same run; and the size of the built viewer's JavaScript, gzipped. Each side is timed from
// where its user waits: the page's run from the moment it starts (the worker's code loaded with
// the page), Node from a fresh process loading the library. simulationToNode compares the
// simulation alone, without loading code on either side.
// --json: the last line is a JSON object (browserToNode, simulationToNode, webTimeToFirstChartMs,
// webTimeToCompleteMs, viewerJsGzipKB, …).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startViewServer, viewerDirectory } from '../src/cli/commands/view.js';
import type { RunTimings } from '../web/src/app/timings.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO = join(ROOT, 'scenarios/flagship-launch.yaml');
const args = process.argv.slice(2);
const json = args.includes('--json');
const replications = Number(args.find((a) => a.startsWith('--replications='))?.split('=')[1] ?? 200);


/** One cold Node run: its whole time and the part spent loading the library. */
function nodeRun(): { totalMs: number; libraryMs: number } {
  const child = fileURLToPath(new URL('./web-bench-node.js', import.meta.url));
  const r = spawnSync(process.execPath, [child, SCENARIO, String(replications)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the Node run failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as { totalMs: number; libraryMs: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function browserRun(text: string): Promise<RunTimings> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium is not installed (apt-get install -y chromium)');
  const server = await startViewServer({ data: { scenarioText: text, scenarioSource: 'flagship-launch.yaml' } });
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.url}#view=compare&reps=${replications}`);
    await page.waitForFunction(() => (window as unknown as { handoff?: { timings: RunTimings } }).handoff?.timings.completeAt != null, null, { timeout: 600_000 });
    return await page.evaluate(() => ({ ...(window as unknown as { handoff: { timings: RunTimings } }).handoff.timings }));
  } finally {
    await browser.close();
    await server.close();
  }
}

function viewerJsGzipKB(): number {
  const assets = join(viewerDirectory(), 'assets');
  const bytes = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

const text = readFileSync(SCENARIO, 'utf8');
const ROUNDS = 3;
const say = (line: string) => process.stdout.write(`${line}\n`);
say(`flagship comparison, all models × ${replications} replications; median of ${ROUNDS} cold runs each`);
const nodeRuns = Array.from({ length: ROUNDS }, () => nodeRun());
const nodeMs = median(nodeRuns.map((r) => r.totalMs));
const nodeSimulationMs = median(nodeRuns.map((r) => r.totalMs - r.libraryMs));
say(`  Node (one thread, fresh process): ${(nodeMs / 1000).toFixed(2)} s (load the library, read the scenario, run, assemble)`);
const runs: RunTimings[] = [];
for (let i = 0; i < ROUNDS; i++) runs.push(await browserRun(text));
const at = (t: RunTimings, mark: number | null) => mark! - t.startedAt!;
const ready = median(runs.map((t) => at(t, t.loadedAt)));
const first = median(runs.map((t) => at(t, t.firstChartAt)));
const complete = median(runs.map((t) => at(t, t.completeAt)));
const workerMs = median(runs.map((t) => t.workerMs ?? 0));
say(`  Chromium, workers ready:          ${(ready / 1000).toFixed(2)} s (read the scenario)`);
say(`  Chromium worker, first chart:     ${(first / 1000).toFixed(2)} s (after the first model)`);
say(`  Chromium worker, complete:        ${(complete / 1000).toFixed(2)} s (all charts drawn; workers' own time ${(workerMs / 1000).toFixed(2)} s)`);
const browserToNode = complete / nodeMs;
say(`  browser / Node:                   ${browserToNode.toFixed(2)} (goal ≤ 1.5)`);
// The simulation alone, without loading code on either side: the worker's time against Node's
// time after the import (the worker's code was loaded when the page opened).
const simulationToNode = workerMs / nodeSimulationMs;
say(`  simulation alone, worker / Node:  ${simulationToNode.toFixed(2)} (${(workerMs / 1000).toFixed(2)} s against ${(nodeSimulationMs / 1000).toFixed(2)} s)`);
const kb = viewerJsGzipKB();
say(`  viewer JavaScript, gzipped:       ${kb} KB (goal < 300 KB)`);
if (json) {
  say(
    JSON.stringify({
      replications,
      nodeMs: Math.round(nodeMs),
      nodeSimulationMs: Math.round(nodeSimulationMs),
      webTimeToFirstChartMs: Math.round(first),
      webTimeToCompleteMs: Math.round(complete),
      webWorkerMs: Math.round(workerMs),
      browserToNode: Math.round(browserToNode * 100) / 100,
      simulationToNode: Math.round(simulationToNode * 100) / 100,
      viewerJsGzipKB: kb,
    }),
  );
}
