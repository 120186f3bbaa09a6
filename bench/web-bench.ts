// `npm run bench:web`: the flagship comparison (every model, 200 replications) in the viewer's
// Web Worker in Chromium, timed to the first chart and to the last, against the same work in Node
// in the same run; and the size of the built viewer's JavaScript, gzipped. Each side is timed from
// where its user waits: the page's run from the moment it starts (the worker's code loaded with
// the page), Node from a fresh process loading the library. simulationToNode compares the
// simulation alone, without loading code on either side. Then, on the same page, what a user in a
// meeting waits for: a lever moved on the What-if view (reviewers +1, then +2: settings not run
// before), from the change to the provisional answer (every model's first 25 replications, drawn)
// and to the last chart drawn, moved at once (the view has had no time to
// run anything ahead); the same after a 1.5 s pause (reviewers +3, +4: the view runs the next
// settings ahead while nobody waits); and the lever moved back to the file's setting (a run seen
// before).
// --json: the last line is a JSON object (browserToNode, simulationToNode, webTimeToFirstChartMs,
// webTimeToCompleteMs, webLeverRerunMs, webLeverFirstAnswerMs, webLeverBackMs, webLeverAfterPauseMs,
// viewerJsGzipKB, …).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
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

/** The pause before a lever move made at a person's pace. */
const PAUSE_MS = 1500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Handoff = { handoff: { timings: RunTimings } };

/** What one page measured: the cold run's marks, and each lever move's time from the change to the last chart. */
interface PageRun {
  cold: RunTimings;
  leverMs: number[];
  /** The same moves, from the change to the first chart: the provisional answer. */
  leverFirstMs: number[];
  backMs: number;
  /** Lever moves made 1.5 s after the last answer, as a person would: the view has run the next settings ahead meanwhile. */
  pausedMs: number[];
}

/**
 * Moves a lever on the What-if view (`move` runs in the page and returns the change's time) and
 * waits for the re-run's last chart: the times from the change to the last chart and to the first.
 */
async function leverMove(page: Page, move: () => number): Promise<{ complete: number; first: number }> {
  const runs = await page.evaluate(() => (window as unknown as Handoff).handoff.timings.runs);
  const changedAt = await page.evaluate(move);
  await page.waitForFunction((n) => (window as unknown as Handoff).handoff.timings.runs > n && (window as unknown as Handoff).handoff.timings.completeAt != null, runs, { timeout: 600_000 });
  const { completeAt, firstChartAt } = await page.evaluate(() => (window as unknown as Handoff).handoff.timings);
  await settled(page);
  return { complete: completeAt! - changedAt, first: firstChartAt! - changedAt };
}

/** Moves the reviewers lever up by one (runs in the page); returns the change's time. */
function oneReviewerMore(): number {
  const input = document.getElementById('lever-reviewers') as HTMLInputElement;
  input.value = String(Number(input.value) + 1);
  const at = performance.now();
  input.dispatchEvent(new Event('change'));
  return at;
}

/** Waits until the run and the timelines after it are done. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.runState === 'done' && !document.querySelector('.status[data-state="running"]'), null, { timeout: 600_000 });
}

async function browserRun(text: string): Promise<PageRun> {
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
    await page.waitForFunction(() => (window as unknown as Partial<Handoff>).handoff?.timings.completeAt != null, null, { timeout: 600_000 });
    const cold = await page.evaluate(() => ({ ...(window as unknown as Handoff).handoff.timings }));
    await settled(page);
    await page.getByRole('tab', { name: 'What-if', exact: true }).click();
    const leverMs: number[] = [];
    const leverFirstMs: number[] = [];
    // Reviewers +1, then +1 again: the view shows the lever as set, so each move is a setting not run before.
    for (let move = 0; move < 2; move++) {
      const { complete, first } = await leverMove(page, oneReviewerMore);
      leverMs.push(complete);
      leverFirstMs.push(first);
    }
    // At a person's pace: a pause, then one reviewer more (5, then 6: settings not run before; the
    // view runs the next settings ahead while nobody waits), twice.
    const pausedMs: number[] = [];
    for (let move = 0; move < 2; move++) {
      await page.waitForTimeout(PAUSE_MS);
      pausedMs.push((await leverMove(page, oneReviewerMore)).complete);
    }
    const { complete: backMs } = await leverMove(page, () => {
      const reset = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reset to the scenario')!;
      const at = performance.now();
      reset.click();
      return at;
    });
    return { cold, leverMs, leverFirstMs, backMs, pausedMs };
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
const pages: PageRun[] = [];
for (let i = 0; i < ROUNDS; i++) pages.push(await browserRun(text));
const runs = pages.map((p) => p.cold);
const at = (t: RunTimings, mark: number | null) => mark! - t.startedAt!;
const ready = median(runs.map((t) => at(t, t.loadedAt)));
const first = median(runs.map((t) => at(t, t.firstChartAt)));
const complete = median(runs.map((t) => at(t, t.completeAt)));
const workerMs = median(runs.map((t) => t.workerMs ?? 0));
say(`  Chromium, workers ready:          ${(ready / 1000).toFixed(2)} s (read the scenario)`);
say(`  Chromium worker, first chart:     ${(first / 1000).toFixed(2)} s (the provisional answer: every model's first 25 replications)`);
say(`  Chromium worker, complete:        ${(complete / 1000).toFixed(2)} s (all charts drawn; workers' own time ${(workerMs / 1000).toFixed(2)} s)`);
const browserToNode = complete / nodeMs;
say(`  browser / Node:                   ${browserToNode.toFixed(2)} (goal ≤ 1.5)`);
// The simulation alone, without loading code on either side: the worker's time against Node's
// time after the import (the worker's code was loaded when the page opened).
const simulationToNode = workerMs / nodeSimulationMs;
say(`  simulation alone, worker / Node:  ${simulationToNode.toFixed(2)} (${(workerMs / 1000).toFixed(2)} s against ${(nodeSimulationMs / 1000).toFixed(2)} s)`);
const leverMs = median(pages.flatMap((p) => p.leverMs));
const leverFirstMs = median(pages.flatMap((p) => p.leverFirstMs));
const backMs = median(pages.map((p) => p.backMs));
say(`  lever moved, re-run complete:     ${(leverMs / 1000).toFixed(2)} s (What-if view, from the change to the last chart; median of ${ROUNDS * 2})`);
say(`  lever moved, provisional answer: ${(leverFirstMs / 1000).toFixed(2)} s (the same moves, from the change to every model's first 25 replications drawn)`);
say(`  lever moved back, complete:       ${(backMs / 1000).toFixed(2)} s (the file's setting again: a run seen before)`);
const pausedMs = median(pages.flatMap((p) => p.pausedMs));
say(`  lever moved after a pause:        ${(pausedMs / 1000).toFixed(2)} s (${PAUSE_MS / 1000} s after the last answer, one reviewer more: run ahead meanwhile; median of ${ROUNDS * 2})`);
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
      webLeverRerunMs: Math.round(leverMs),
      webLeverFirstAnswerMs: Math.round(leverFirstMs),
      webLeverBackMs: Math.round(backMs),
      webLeverAfterPauseMs: Math.round(pausedMs),
      browserToNode: Math.round(browserToNode * 100) / 100,
      simulationToNode: Math.round(simulationToNode * 100) / 100,
      viewerJsGzipKB: kb,
    }),
  );
}
