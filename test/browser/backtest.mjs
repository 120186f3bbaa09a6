// The backtest in real Chromium: `handoff view` and `handoff report` of a backtest document open on
// the Backtest view (the real and simulated cycle-time ECDFs, the calibration table).
// Run after `npm run build`: node test/browser/backtest.mjs   (screenshots land in test/artifacts/)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, BIN, VIEWER, drawn, handoff, handoffView, launchChromium, recordingPage, scratch } from './support.mjs';

for (const built of [BIN, VIEWER]) if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);

let browser;
const audit = join(scratch, 'audit.csv');
const backtestFile = join(scratch, 'backtest.json');
const reportFile = join(scratch, 'backtest.html');
const TRUTH = 'test/fixtures/backtest/truth.yaml';

before(async () => {
  browser = await launchChromium();
  handoff(['run', TRUTH, '-r', '1', '-w', '1', '--seed', '2', '--events', audit, '--events-format', 'audit']);
  handoff(['backtest', audit, '--scenario', TRUTH, '--holdout', '40%', '-r', '30', '--no-fit', '--out', backtestFile]);
  handoff(['report', backtestFile, '-o', reportFile]);
});
after(async () => browser?.close());

/** What the Backtest view shows: its heading, the verdict, the ECDF's curves and the calibration rows. */
async function backtestShown(page) {
  await page.waitForSelector('#view article.backtest svg.chart path.curve');
  const d = await drawn(page);
  const seen = await page.evaluate(() => ({
    heading: document.querySelector('#view h2')?.textContent ?? '',
    verdict: document.querySelector('#view .verdict h3')?.textContent ?? '',
    curves: document.querySelectorAll('#view svg.chart path.curve').length,
    rows: [...document.querySelectorAll('#view table.calibration tbody tr')].map((tr) => tr.querySelector('th')?.textContent ?? ''),
    selected: document.querySelector('[role=tab][aria-selected=true]')?.textContent ?? '',
  }));
  return { ...seen, d };
}

describe('a backtest document in the viewer', () => {
  it('handoff view opens it on the Backtest view: two ECDFs, seven calibration rows, the verdict', async () => {
    const server = await handoffView(backtestFile);
    const p = await recordingPage(browser);
    try {
      await p.page.goto(server.url);
      const s = await backtestShown(p.page);
      assert.equal(s.selected, 'Backtest');
      assert.match(s.heading, /^Backtest: Backtest truth/);
      assert.match(s.verdict, /^Verdict: (pass|fail|undetermined)/);
      assert.equal(s.curves, 2, 'real and simulated');
      assert.deepEqual(s.rows, ['Cycle-time distance (Wasserstein-1)', 'Cycle-time distance (Kolmogorov–Smirnov)', 'Cycle time p50', 'Cycle time p90', 'Rework rate (more than one revision)', 'First response', 'Throughput']);
      assert.ok(s.d.legends >= 2 && s.d.screenReaderTables >= 1, JSON.stringify(s.d));
      await p.page.screenshot({ path: join(ARTIFACTS, 'backtest-view.png'), fullPage: true });
      assert.deepEqual(p.problems, []);
    } finally {
      await p.close();
      await server.stop();
    }
  });

  it('handoff report of it is one file that opens from disk on the same view, with no request but file: and data:', async () => {
    const p = await recordingPage(browser);
    await p.page.goto(pathToFileURL(reportFile).href);
    const s = await backtestShown(p.page);
    assert.equal(s.selected, 'Backtest');
    assert.equal(s.rows.length, 7);
    assert.deepEqual(p.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    await p.page.screenshot({ path: join(ARTIFACTS, 'backtest-report.png'), fullPage: true });
    assert.deepEqual(p.problems, []);
    await p.close();
  });
});
