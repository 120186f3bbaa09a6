// Browser tests of the Decide view: the four decision documents drawn, a lever re-run in the page, the link that reproduces it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, handoff, handoffView, launchChromium, recordingPage, scratch } from './support.mjs';

const COMMANDS = {
  size: ['size', 'scenarios/async-with-sla.yaml', '--target', 'cycleTimeHours.p90<=60', '--vary', 'team.reviewers.count=1..3', '--min-replications', '4', '--max-replications', '8'],
  odds: ['odds', 'scenarios/flagship-launch.yaml', '--deadline', '2026-03-06T17:00+01:00', '--models', 'async,hybrid', '--batch', '10', '--max-replications', '20', '--precision', '0.3'],
  pilot: ['pilot', 'scenarios/pilot-async-channel.yaml', '--baseline', 'sync', '--pilot', 'async', '--route', 'channel=instagram-story', '--weeks', '2,3', '-r', '6'],
  sensitivity: ['sensitivity', 'scenarios/async-with-sla.yaml', '--metric', 'cycleTimeHours.p90', '-r', '2', '--morris', '2'],
};
/** What each kind must draw: a selector and the least number of its marks. */
const MARKS = {
  size: [['[data-chart="pareto"] g.point', 3], ['[data-chart="pareto"] .target-line line', 1]],
  odds: [['[data-chart="odds"] g.curve path.line', 2], ['[data-chart="odds"] .v-rules line', 1], ['[data-chart="odds"] g.marks circle', 2]],
  pilot: [['[data-chart="power"] g.curve', 2], ['[data-chart="power"] .h-rules line', 1], ['[data-chart="power"] g.marks circle', 2]],
  sensitivity: [['[data-chart="tornado"] g.bar-row', 5], ['[data-chart="morris"] g.point', 5]],
};
const files = {};
let browser;

before(async () => {
  browser = await launchChromium();
  for (const [kind, args] of Object.entries(COMMANDS)) {
    files[kind] = join(scratch, `${kind}.json`);
    writeFileSync(files[kind], handoff([...args, '--json']).stdout);
  }
});
after(async () => browser?.close());

/** Waits for the Decide view to settle (the document drawn, or a re-run finished) and reads what it shows. */
async function decideState(page, want = ['document', 'done']) {
  await page.waitForFunction((states) => states.includes(document.getElementById('decide-status')?.dataset.state ?? ''), want, { timeout: 120_000 });
  await page.waitForSelector('.decide-charts svg.chart');
  return page.evaluate(() => ({
    state: document.getElementById('decide-status').dataset.state,
    sentences: [...document.querySelectorAll('.decide-sentences li')].map((li) => li.textContent),
    charts: [...document.querySelectorAll('.decide-charts svg.chart')].map((s) => s.getBoundingClientRect().width),
    tab: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent,
  }));
}

describe('the Decide view', () => {
  for (const kind of Object.keys(COMMANDS)) {
    it(`${kind}: handoff view draws its charts and its answer in a sentence, no console errors`, async () => {
      const server = await handoffView(files[kind]);
      const p = await recordingPage(browser);
      try {
        await p.page.goto(server.url);
        const s = await decideState(p.page);
        assert.equal(s.tab, 'Decide');
        assert.equal(s.state, 'document');
        assert.ok(s.sentences.length >= 1 && s.sentences.every((t) => t.length > 30), JSON.stringify(s.sentences));
        assert.ok(s.charts.every((w) => w > 200), `chart widths ${s.charts}`);
        for (const [selector, least] of MARKS[kind]) {
          const n = await p.page.locator(selector).count();
          assert.ok(n >= least, `${kind}: ${selector} has ${n}, want at least ${least}`);
        }
        assert.ok((await p.page.locator('.decide-charts .sr-only table').count()) >= s.charts.length, 'a table for screen readers per chart');
        await p.page.screenshot({ path: join(ARTIFACTS, `decide-${kind}.png`), fullPage: true });
        assert.deepEqual(p.problems, []);
      } finally {
        await p.close();
        await server.stop();
      }
    });
  }

  it('odds: moving the deadline re-runs in the page and changes the answer; the link reproduces it', async () => {
    const server = await handoffView(files.odds);
    const p = await recordingPage(browser);
    try {
      await p.page.goto(server.url);
      const first = await decideState(p.page);
      await p.page.locator('input[name="deadline"]').fill('2026-03-20T17:00');
      await p.page.locator('input[name="deadline"]').dispatchEvent('change');
      const moved = await decideState(p.page, ['done']);
      assert.notDeepEqual(moved.sentences, first.sentences);
      assert.match(moved.sentences[0], /by 2026-03-20 17:00 \+01:00/);
      const link = p.page.url();
      assert.match(decodeURIComponent(link), /d\.deadline=2026-03-20T17:00\+01:00/);
      const again = await recordingPage(browser);
      await again.page.goto(link);
      const reproduced = await decideState(again.page, ['done']);
      assert.deepEqual(reproduced.sentences, moved.sentences);
      assert.deepEqual(again.problems, []);
      await again.close();
      assert.deepEqual(p.problems, []);
    } finally {
      await p.close();
      await server.stop();
    }
  });

  it('size: a tighter target re-runs and moves the chosen setting; "the document’s own settings" goes back', async () => {
    const server = await handoffView(files.size);
    const p = await recordingPage(browser);
    try {
      await p.page.goto(server.url);
      const first = await decideState(p.page);
      await p.page.locator('input[name="target-0"]').fill('5');
      await p.page.locator('input[name="target-0"]').dispatchEvent('change');
      const tight = await decideState(p.page, ['done']);
      assert.notDeepEqual(tight.sentences, first.sentences);
      assert.match(tight.sentences[0], /under 5 h/);
      assert.match(decodeURIComponent(p.page.url()), /d\.target=cycleTimeHours\.p90<=5/);
      await p.page.getByRole('button', { name: 'The document’s own settings' }).click();
      const back = await decideState(p.page, ['document']);
      assert.deepEqual(back.sentences, first.sentences);
      assert.deepEqual(p.problems, []);
    } finally {
      await p.close();
      await server.stop();
    }
  });

  it('pilot: handoff report opens on the Decide view from file:// with no network request', async () => {
    const out = join(scratch, 'pilot.html');
    handoff(['report', files.pilot, '-o', out]);
    const p = await recordingPage(browser);
    await p.page.goto(pathToFileURL(out).href);
    const s = await decideState(p.page);
    assert.equal(s.tab, 'Decide');
    assert.match(s.sentences[0], /^Cycle time: a 2-week pilot of async review/);
    assert.ok((await p.page.locator('[data-chart="power"] g.marks circle').count()) >= 2);
    // The Report tab shows the same decision (a printable page of it).
    await p.page.getByRole('tab', { name: 'Report', exact: true }).click();
    const report = await decideState(p.page);
    assert.deepEqual(report.sentences, s.sentences);
    assert.deepEqual(p.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    assert.deepEqual(p.problems, []);
    await p.close();
  });

  it('a decision document picked from disk opens on the Decide view', async () => {
    const p = await recordingPage(browser);
    await p.page.goto(pathToFileURL(join(import.meta.dirname, '../../web/dist/index.html')).href);
    await p.page.locator('input[type="file"]').setInputFiles({ name: 'sensitivity.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync(files.sensitivity, 'utf8')) });
    const s = await decideState(p.page);
    assert.equal(s.tab, 'Decide');
    assert.match(s.sentences[0], /cycleTimeHours\.p90 under async review/);
    assert.deepEqual(p.problems, []);
    await p.close();
  });
});
