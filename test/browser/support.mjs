// Shared pieces of the browser tests: Chromium, the built CLI, pages that record what goes wrong.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test/artifacts');
export const BIN = join(ROOT, 'dist/src/cli/bin.js');
export const VIEWER = join(ROOT, 'web/dist/index.html');
mkdirSync(ARTIFACTS, { recursive: true });

/** A scratch directory for this run's documents. */
export const scratch = mkdtempSync(join(tmpdir(), 'handoff-browser-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Chromium from the system (never downloaded), sandbox off for containers, nothing phoning home. */
export async function launchChromium() {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Runs the built CLI to completion; throws with its stderr on a non-zero exit. */
export function handoff(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`handoff ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return r;
}

/** Starts `handoff view FILE --no-open --port 0` and resolves with its printed URL and a stop function. */
export function handoffView(file, extra = []) {
  const child = spawn(process.execPath, [BIN, 'view', file, '--no-open', '--port', '0', ...extra], { cwd: ROOT, env: { ...process.env, TZ: 'UTC' } });
  let out = '';
  let err = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`handoff view printed no URL in 20 s:\n${out}\n${err}`)), 20_000);
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ url: m[1], stderr: () => err, stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once('exit', done), child.kill('SIGINT')))) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`handoff view exited ${code} before printing a URL:\n${out}\n${err}`));
    });
  });
}

/**
 * A page that records console errors, uncaught exceptions, dialogs (a script that ran where it must
 * not) and every request it makes.
 */
export async function recordingPage(browser, viewport = { width: 1400, height: 1000 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: false });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  const dialogs = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'assert') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  context.on('request', (r) => requests.push(r.url()));
  return { page, context, problems, requests, dialogs, close: () => context.close() };
}

/** Waits until the viewer's simulation run is finished (or failed). */
export async function runSettled(page, timeout = 120_000) {
  await page.waitForFunction(() => ['done', 'failed', 'idle'].includes(document.documentElement.dataset.runState ?? 'idle') && !document.querySelector('.status[data-state="running"]'), null, { timeout });
  return page.evaluate(() => document.documentElement.dataset.runState);
}

/** Switches the viewer to a view by its tab, and waits for the view to draw. */
export async function showView(page, label) {
  await page.getByRole('tab', { name: label, exact: true }).click();
  await page.waitForTimeout(150);
}

/** What a view drew: charts with marks, tables with rows, and any empty-state messages. */
export function drawn(page) {
  return page.evaluate(() => {
    const main = document.getElementById('view');
    const charts = [...main.querySelectorAll('svg.chart')].map((svg) => ({
      title: svg.querySelector('title')?.textContent ?? '',
      marks: svg.querySelectorAll('path.curve, path.series, rect, path.mark, circle.marker').length,
      width: svg.getBoundingClientRect().width,
    }));
    return {
      charts,
      tables: [...main.querySelectorAll('table.data')].map((t) => t.querySelectorAll('tbody tr').length),
      empty: [...main.querySelectorAll('.chart-empty, .empty-view')].map((e) => e.textContent),
      screenReaderTables: main.querySelectorAll('.sr-only table').length,
      legends: main.querySelectorAll('.legend .legend-item').length,
    };
  });
}

/** WCAG contrast ratio of two CSS colours given as rgb(r, g, b). */
export function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
