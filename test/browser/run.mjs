// End-to-end tests of the viewer in real Chromium (playwright-core, Debian's chromium).
// Run after `npm run build`: node test/browser/run.mjs   (screenshots land in test/artifacts/)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { ARTIFACTS, BIN, VIEWER, contrast, drawn, handoff, handoffView, launchChromium, recordingPage, runSettled, scratch, showView } from './support.mjs';

for (const built of [BIN, VIEWER]) if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);

let browser;
const resultFile = join(scratch, 'flagship.json');
const sweepFile = join(scratch, 'sweep.json');

before(async () => {
  browser = await launchChromium();
  writeFileSync(resultFile, handoff(['compare', 'scenarios/flagship-launch.yaml', '--replications', '6', '--json']).stdout);
  writeFileSync(
    sweepFile,
    handoff(['sweep', 'scenarios/async-with-sla.yaml', '--set', 'team.reviewers.count=1,2,3', '--set', 'async.sla.firstResponse=4bh,8bh,24bh', '--replications', '3', '--json']).stdout,
  );
});
after(async () => browser?.close());

describe('handoff view of a comparison', () => {
  let server;
  before(async () => {
    server = await handoffView(resultFile);
  });
  after(async () => server?.stop());

  it('is served on 127.0.0.1 and finds the scenario the result came from', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(server.stderr(), /scenarios\/flagship-launch\.yaml/);
  });

  it('renders every view with non-empty charts, no console errors; a screenshot of each', async () => {
    const p = await recordingPage(browser);
    await p.page.goto(server.url);
    assert.equal(await runSettled(p.page), 'done');
    const expectations = {
      Compare: { charts: 5, tables: 2 },
      Timeline: { charts: 1, tables: 0 },
      'Over time': { charts: 3, tables: 0 },
      'What-if': { charts: 5, tables: 0 },
      Report: { charts: 6, tables: 2 },
    };
    for (const [label, want] of Object.entries(expectations)) {
      await showView(p.page, label);
      const d = await drawn(p.page);
      assert.ok(d.charts.length >= want.charts, `${label}: ${d.charts.length} charts, want ${want.charts}`);
      for (const c of d.charts) {
        assert.ok(c.marks > 0, `${label}: chart "${c.title}" has no marks`);
        assert.ok(c.width > 200, `${label}: chart "${c.title}" is ${c.width}px wide`);
      }
      assert.ok(d.tables.length >= want.tables && d.tables.every((rows) => rows > 0), `${label}: tables ${JSON.stringify(d.tables)}`);
      assert.ok(d.screenReaderTables >= d.charts.length, `${label}: every chart has a table for screen readers`);
      assert.ok(d.legends > 0, `${label}: has a legend`);
      // The only empty state allowed: sync has no SLA, so SLA attainment says why for it (a bar, not an empty chart).
      assert.deepEqual(d.empty, [], `${label}: empty states ${JSON.stringify(d.empty)}`);
      await p.page.screenshot({ path: join(ARTIFACTS, `view-${label.toLowerCase().replace(/\W+/g, '-')}.png`), fullPage: true });
    }
    const axes = await p.page.evaluate(() => [...document.querySelectorAll('.axis-title')].map((t) => t.textContent));
    assert.ok(axes.some((a) => /hours/.test(a)) && axes.some((a) => /%|person-hours/.test(a)), `axis titles carry units: ${axes.join(' | ')}`);
    assert.deepEqual(p.problems, []);
    await p.close();
  });

  it('the timeline zooms, pans and traces an asset on hover', async () => {
    const p = await recordingPage(browser);
    await p.page.goto(`${server.url}#view=timeline&model=hybrid`);
    await runSettled(p.page);
    await p.page.waitForSelector('svg.chart rect.work');
    const before = p.page.url();
    await p.page.getByRole('button', { name: 'One day' }).click();
    await p.page.waitForTimeout(100);
    const zoomed = p.page.url();
    assert.notEqual(zoomed, before, 'the visible window is kept in the URL');
    const { from, to } = Object.fromEntries(new URLSearchParams(new URL(zoomed).hash.slice(1)));
    assert.ok(Math.abs(Number(to) - Number(from) - 24) < 0.5, `one day shown: ${from}..${to}`);
    const svg = await p.page.$('#view svg.chart');
    const box = await svg.boundingBox();
    await p.page.mouse.move(box.x + box.width * 0.6, box.y + 60);
    await p.page.mouse.down();
    await p.page.mouse.move(box.x + box.width * 0.4, box.y + 60, { steps: 5 });
    await p.page.mouse.up();
    const panned = Object.fromEntries(new URLSearchParams(new URL(p.page.url()).hash.slice(1)));
    assert.ok(Number(panned.from) > Number(from), `dragging left moves later in time: ${from} → ${panned.from}`);
    await p.page.getByRole('button', { name: 'Whole horizon' }).click();
    // Hover a work bar of some asset: it and its path light up, the rest dims.
    const bar = await p.page.evaluateHandle(() => [...document.querySelectorAll('#view rect.work')].find((r) => r.getBoundingClientRect().width > 3));
    const b = await bar.asElement().boundingBox();
    await p.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await p.page.waitForTimeout(100);
    const traced = await p.page.evaluate(() => ({
      tracing: document.querySelector('#view svg.chart').classList.contains('tracing'),
      on: document.querySelectorAll('#view .on').length,
      path: document.querySelector('#view .trace path')?.getAttribute('d') ?? '',
      tip: document.querySelector('#view .tooltip')?.textContent ?? '',
    }));
    assert.ok(traced.tracing && traced.on > 0 && traced.path.length > 10, JSON.stringify(traced));
    assert.match(traced.tip, /asset .*(Europe\/Berlin|America\/New_York)/s);
    await p.page.screenshot({ path: join(ARTIFACTS, 'timeline-hover.png') });
    assert.deepEqual(p.problems, []);
    await p.close();
  });

  it('a what-if change re-runs in the worker with progress, changes the numbers, and the link reproduces it', async () => {
    const p = await recordingPage(browser);
    await p.page.goto(`${server.url}#view=what-if`);
    await runSettled(p.page);
    const legend = () => p.page.locator('#view .legend').first().innerText();
    const before = await legend();
    // Watch for the progress indicator (a quick run may show it for a moment only).
    const runsBefore = await p.page.evaluate(() => {
      window.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('.status[data-state="running"] progress')) window.sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
      return window.handoff.timings.runs;
    });
    await p.page.getByLabel('Reviewers').fill('1');
    await p.page.getByLabel('Reviewers').dispatchEvent('change');
    await p.page.waitForFunction((n) => window.handoff.timings.runs > n && window.handoff.timings.completeAt !== null, runsBefore, { timeout: 60_000 });
    assert.equal(await runSettled(p.page), 'done');
    assert.ok(await p.page.evaluate(() => window.sawProgress), 'a progress indicator showed while the worker ran');
    await p.page.waitForSelector('#view table.delta-table');
    const after = await legend();
    assert.notEqual(after, before, 'the cycle-time legend shows new percentiles');
    const deltas = await p.page.locator('#view table.delta-table td.worse, #view table.delta-table td.better').count();
    assert.ok(deltas > 0, 'the comparison with the scenario’s own settings shows changes');
    const url = p.page.url();
    assert.match(url, /reviewers\.reviewers=1/);
    assert.match(await p.page.locator('.overrides').innerText(), /team\.reviewers\.count=1/);
    await p.page.screenshot({ path: join(ARTIFACTS, 'what-if-changed.png'), fullPage: true });
    assert.deepEqual(p.problems, []);
    await p.close();

    const q = await recordingPage(browser);
    await q.page.goto(url);
    await runSettled(q.page);
    assert.equal(await q.page.getByLabel('Reviewers').inputValue(), '1');
    assert.equal(await q.page.locator('#view .legend').first().innerText(), after, 'the same link gives the same numbers');
    assert.deepEqual(q.problems, []);
    await q.close();
  });

  it('serves only the viewer: paths outside it, other hosts and other methods are refused', async () => {
    const { port } = new URL(server.url);
    const get = (path, { host = `127.0.0.1:${port}`, method = 'GET' } = {}) =>
      new Promise((ok, fail) => {
        const req = request({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => ok({ status: res.statusCode, body, type: res.headers['content-type'] }));
        });
        req.on('error', fail);
        req.end();
      });
    assert.equal((await get('/')).status, 200);
    const result = await get('/result.json');
    assert.equal(result.status, 200);
    assert.equal(JSON.parse(result.body).scenario.name, JSON.parse(readFileSync(resultFile, 'utf8')).scenario.name);
    assert.equal((await get('/scenario.yaml')).status, 200);
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/assets/../../package.json', '/assets/..%5c..%5cpackage.json', '/%252e%252e/package.json', '/..\\package.json', '/./index.html']) {
      const r = await get(path);
      assert.ok(r.status === 403 || r.status === 404, `${path}: ${r.status}`);
      assert.doesNotMatch(r.body, /"name": "handoff"/, path);
    }
    assert.equal((await get('/', { host: 'evil.example:80' })).status, 403);
    assert.equal((await get('/', { method: 'POST' })).status, 405);
  });
});

const flagshipText = readFileSync(join(process.cwd(), 'scenarios/flagship-launch.yaml'), 'utf8');

/** The command line's document of the flagship with `reviewers` reviewers (null: as in the file). */
function flagshipCli(reviewers, replications, edits = []) {
  const doc = parseDocument(flagshipText);
  if (reviewers !== null) doc.setIn(['team', 'reviewers', 'count'], reviewers);
  for (const [path, value] of edits) doc.setIn(path, value);
  const file = join(scratch, `flagship-${reviewers}-${replications}${edits.map(([path, value]) => `-${path.join('.')}=${value}`).join('')}.yaml`);
  writeFileSync(file, doc.toString());
  return JSON.parse(handoff(['compare', file, '--replications', String(replications), '--json']).stdout);
}

/** The replication values of the what-if's compared means, as the library gives them in Node: by model, by metric, in index order. */
async function replicationValuesInNode(reviewers, replications) {
  const { loadScenario, runReplication, MODELS } = await import(pathToFileURL(join(process.cwd(), 'dist/src/sim/index.js')).href);
  const doc = parseDocument(flagshipText);
  if (reviewers !== null) doc.setIn(['team', 'reviewers', 'count'], reviewers);
  const loaded = loadScenario(doc.toString());
  assert.ok(loaded.ok);
  const metrics = ['cycleTimeHours', 'reworkRate', 'sentBackShare', 'slaAttainment', 'firstResponseHours', 'throughputPerWeek', 'personHoursTotal'];
  const out = {};
  for (const model of loaded.scenario.models.filter((m) => MODELS.includes(m))) {
    const rows = Array.from({ length: replications }, (_, i) => runReplication(loaded.scenario, model, i).values);
    out[model] = Object.fromEntries(metrics.map((m) => [m, rows.map((v) => v[m] ?? NaN)]));
  }
  return out;
}

/** Equal models, metrics and replications; each value within 1e-12 of the other's magnitude (NaN where the other is NaN). */
function assertCloseValues(actual, expected, what) {
  assert.deepEqual(Object.keys(actual ?? {}).sort(), Object.keys(expected).sort(), what);
  for (const [model, byMetric] of Object.entries(expected)) {
    assert.deepEqual(Object.keys(actual[model]).sort(), Object.keys(byMetric).sort(), `${what}: ${model}`);
    for (const [metric, xs] of Object.entries(byMetric)) {
      const ys = actual[model][metric];
      assert.equal(ys.length, xs.length, `${what}: ${model} ${metric}`);
      xs.forEach((x, i) => {
        const y = ys[i];
        const ok = Number.isNaN(x) ? Number.isNaN(y) : Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x));
        assert.ok(ok, `${what}: ${model} ${metric} replication ${i}: ${y} in the page, ${x} in Node`);
      });
    }
  }
}

/** The flagship opened by `handoff view` (as `name`) in a recorded page at `hash`; both closed after the test. */
async function flagshipPage(t, name, hash, beforeOpening = async () => {}) {
  const file = join(scratch, name);
  writeFileSync(file, flagshipText);
  const server = await handoffView(file);
  t.after(() => server.stop());
  const p = await recordingPage(browser);
  t.after(() => p.close());
  await beforeOpening(p);
  await p.page.goto(`${server.url}${hash}`);
  assert.equal(await runSettled(p.page), 'done');
  return p;
}

describe('the viewer\'s simulation pool', () => {
  const REPLICATIONS = 12;
  const cli = (reviewers) => flagshipCli(reviewers, REPLICATIONS);
  /** Sets the page's URL hash and waits for the re-run it starts (the `runs`-th) to finish. */
  const follow = async (page, hash, runs) => {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.waitForFunction((n) => window.handoff.timings.runs >= n && window.handoff.timings.completeAt !== null, runs);
    assert.equal(await runSettled(page), 'done');
    return page.evaluate(() => window.handoff.document);
  };

  it('shows the command line\'s results on one worker, split among three, after a superseded run and from its cache', async (t) => {
    const base = `#view=compare&reps=${REPLICATIONS}`;
    // Four cores, three workers: the first run has one (the others start when it is done), the next ones three.
    const p = await flagshipPage(t, 'flagship-launch.yaml', base, (page) => page.context.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 4 })));
    const own = await p.page.evaluate(() => window.handoff.document);
    assert.deepEqual(own, cli(null), 'one worker');
    assert.deepEqual(await follow(p.page, `${base}&reviewers.reviewers=3`, 2), cli(3), 'three workers');
    // A lever moved twice at once: the first re-run is superseded, its results never shown.
    await p.page.evaluate((b) => {
      location.hash = `${b}&reviewers.reviewers=4`;
      setTimeout(() => (location.hash = `${b}&reviewers.reviewers=5`), 30);
    }, base);
    assert.deepEqual(await follow(p.page, `${base}&reviewers.reviewers=5`, 4), cli(5), 'the last setting wins');
    assert.deepEqual(await follow(p.page, base, 5), own, 'the file\'s setting again, from the cache');
    assert.deepEqual(p.problems, []);
  });
});

describe('a long run answers provisionally first', () => {
  it('a lever move shows every model\'s first 25 replications (the command line\'s run of 25) with the changes, then the whole run\'s document', async (t) => {
    const p = await flagshipPage(t, 'flagship-provisional.yaml', '#view=what-if&reps=100');
    const runs = await p.page.evaluate(() => window.handoff.timings.runs);
    // Six reviewers: nobody's next move, so it runs afresh.
    await p.page.evaluate(() => {
      const input = document.getElementById('lever-reviewers');
      input.value = '6';
      input.dispatchEvent(new Event('change'));
    });
    // Read in the same turn as the note is seen: the document on screen then is the provisional one.
    const shown = await (
      await p.page.waitForFunction(
        () => {
          const note = document.querySelector('.what-if .notice.provisional');
          return note && { note: note.textContent, changes: document.querySelectorAll('.what-if .delta-table tbody tr').length, document: window.handoff.document };
        },
        null,
        { timeout: 120_000, polling: 'raf' },
      )
    ).jsonValue();
    assert.match(shown.note, /first 25 of 100 replications of each model/);
    assert.ok(shown.changes > 0, 'the table of changes is shown with the provisional answer');
    assert.deepEqual(shown.document, flagshipCli(6, 25), 'the provisional answer is the command line\'s run of 25');
    await p.page.waitForFunction((r) => window.handoff.timings.runs > r && window.handoff.timings.completeAt !== null, runs, { timeout: 120_000 });
    assert.equal(await runSettled(p.page), 'done');
    assert.deepEqual(await p.page.evaluate(() => window.handoff.document), flagshipCli(6, 100), 'then the whole run');
    // The values the table of changes pairs are each replication's own, in index order, for both
    // runs. Chromium's V8 and Node's may differ in the last bits of a value (its Math functions are
    // of another version); the documents, rounded, are the same byte for byte (above).
    const values = await p.page.evaluate(() => window.handoff.replicationValues);
    assertCloseValues(values.document, await replicationValuesInNode(6, 100), 'the re-run\'s replication values');
    assertCloseValues(values.base, await replicationValuesInNode(null, 100), 'the scenario\'s own');
    assert.ok((await p.page.locator('.what-if .delta-table tbody tr').count()) > 0);
    assert.equal(await p.page.locator('.notice.provisional').count(), 0, 'no note once the whole run is in');
    assert.deepEqual(p.problems, []);
  });
});

describe('a provisional answer, stopped', () => {
  it('stays on screen labelled as stopped before the rest: the command line\'s run of 25', async (t) => {
    const p = await flagshipPage(t, 'flagship-provisional-stop.yaml', '#view=compare&reps=200');
    await p.page.evaluate(() => (location.hash = '#view=compare&reps=200&reviewers.reviewers=5'));
    await p.page.waitForFunction(() => document.querySelector('.notice.provisional'), null, { timeout: 120_000, polling: 'raf' });
    await p.page.getByRole('button', { name: 'Stop', exact: true }).click();
    const note = await p.page.locator('.notice.provisional').innerText();
    assert.match(note, /first 25 of 200 replications of each model/);
    assert.match(note, /the run was stopped before the rest/);
    assert.deepEqual(await p.page.evaluate(() => window.handoff.document), flagshipCli(5, 25));
    assert.deepEqual(p.problems, []);
  });
});

describe('the What-if view runs ahead', () => {
  const REPLICATIONS = 12;
  const cli = (reviewers) => flagshipCli(reviewers, REPLICATIONS);
  const counts = (page) => page.evaluate(() => window.handoff.runCounts);
  /** Types `n` into the reviewers lever and waits for the run it asks for to be shown. */
  const moveTo = async (page, n) => {
    const runs = await page.evaluate(() => window.handoff.timings.runs);
    await page.evaluate((v) => {
      const input = document.getElementById('lever-reviewers');
      input.value = String(v);
      input.dispatchEvent(new Event('change'));
    }, n);
    await page.waitForFunction((r) => window.handoff.timings.runs > r && window.handoff.timings.completeAt !== null, runs);
    assert.equal(await runSettled(page), 'done');
    return page.evaluate(() => window.handoff.document);
  };

  it('a lever moved to a setting run ahead shows the command line\'s results without a run of its own, and one moved elsewhere runs afresh', async (t) => {
    const p = await flagshipPage(t, 'flagship-ahead.yaml', `#view=what-if&reps=${REPLICATIONS}`);
    // Two reviewers in the file: 3 (one more) is run first, then 1 (one fewer).
    await p.page.waitForFunction(() => window.handoff.runCounts.ahead >= 2, null, { timeout: 120_000 });
    const before = await counts(p.page);
    assert.deepEqual(await moveTo(p.page, 3), cli(3), 'one more reviewer, from the run made ahead');
    assert.equal((await counts(p.page)).fromScratch, before.fromScratch, 'no run of its own');
    assert.deepEqual(await moveTo(p.page, 1), cli(1), 'one fewer, also made ahead');
    assert.equal((await counts(p.page)).fromScratch, before.fromScratch);
    // Seven is nobody's next move: it runs from scratch, and gives the same results as ever.
    assert.deepEqual(await moveTo(p.page, 7), cli(7), 'a setting not run ahead');
    assert.equal((await counts(p.page)).fromScratch, before.fromScratch + 1);
    assert.deepEqual(p.problems, []);
  });

  it('the lever moved last runs ahead too: an SLA moved a second step shows the command line\'s results without a run of its own', async (t) => {
    const p = await flagshipPage(t, 'flagship-ahead-sla.yaml', `#view=what-if&reps=${REPLICATIONS}`);
    const chooseSla = async (value) => {
      const runs = await p.page.evaluate(() => window.handoff.timings.runs);
      await p.page.selectOption('#lever-first-response-sla', value);
      await p.page.waitForFunction((r) => window.handoff.timings.runs > r && window.handoff.timings.completeAt !== null, runs);
      assert.equal(await runSettled(p.page), 'done');
      return p.page.evaluate(() => window.handoff.document);
    };
    // 8bh in the file. Once the reviewers' next settings are run ahead (nobody has moved a lever
    // yet), the SLA moves to 4bh, which runs afresh; then, once its next step is run ahead, to 2bh.
    await p.page.waitForFunction(() => window.handoff.runCounts.ahead >= 2, null, { timeout: 120_000 });
    const before = await counts(p.page);
    assert.deepEqual(await chooseSla('4bh'), flagshipCli(null, REPLICATIONS, [[['async', 'sla', 'firstResponse'], '4bh']]));
    assert.equal((await counts(p.page)).fromScratch, before.fromScratch + 1, 'the first move runs afresh');
    // Run ahead from 4bh: the SLA's steps either side first (8bh is the file's setting, shown
    // before and kept, so only 2bh runs), then the reviewers'. The first of them done is 2bh.
    await p.page.waitForFunction((n) => window.handoff.runCounts.ahead >= n + 1, before.ahead, { timeout: 120_000 });
    assert.deepEqual(await chooseSla('2bh'), flagshipCli(null, REPLICATIONS, [[['async', 'sla', 'firstResponse'], '2bh']]), 'the next step, from the run made ahead');
    assert.equal((await counts(p.page)).fromScratch, before.fromScratch + 1, 'no run of its own');
    assert.deepEqual(p.problems, []);
  });

  it('a lever moved to the setting being run ahead joins that run: the same results, no second run', async (t) => {
    // Enough replications that the run ahead is still going when the lever moves.
    const p = await flagshipPage(t, 'flagship-join.yaml', '#view=what-if&reps=200');
    const before = await counts(p.page);
    const runs = await p.page.evaluate(() => window.handoff.timings.runs);
    await p.page.evaluate(() => {
      const input = document.getElementById('lever-reviewers');
      input.value = '3';
      input.dispatchEvent(new Event('change'));
    });
    await p.page.waitForFunction((r) => window.handoff.timings.runs > r && window.handoff.timings.completeAt !== null, runs, { timeout: 120_000 });
    assert.equal(await runSettled(p.page), 'done');
    const after = await counts(p.page);
    assert.equal(after.fromScratch, before.fromScratch, 'no run of its own');
    // Joined while under way, it finished as the lever's run, not as one made ahead.
    assert.equal(after.ahead, before.ahead, 'joined the run made ahead');
    assert.deepEqual(await p.page.evaluate(() => window.handoff.document), flagshipCli(3, 200));
    assert.deepEqual(p.problems, []);
  });
});

describe('sweeps', () => {
  it('a sweep document shows as a heatmap with the cells that meet the target outlined', async (t) => {
    const server = await handoffView(sweepFile);
    t.after(() => server.stop());
    const p = await recordingPage(browser);
    t.after(() => p.close());
    await p.page.goto(server.url);
    await runSettled(p.page);
    assert.match(p.page.url(), /view=sweep/);
    const cells = await p.page.locator('#view g.cell').count();
    assert.equal(cells, 9);
    const meets = await p.page.locator('#view g.cell.meets').count();
    await p.page.getByLabel(/Target/).fill('1000');
    await p.page.getByLabel(/Target/).dispatchEvent('change');
    assert.equal(await p.page.locator('#view g.cell.meets').count(), 9, 'a generous target is met everywhere');
    await p.page.getByLabel(/Target/).fill('0.001');
    await p.page.getByLabel(/Target/).dispatchEvent('change');
    assert.equal(await p.page.locator('#view g.cell.meets').count(), 0);
    assert.ok(meets >= 0);
    await p.page.getByLabel(/Target/).fill('24');
    await p.page.getByLabel(/Target/).dispatchEvent('change');
    // Every cell's label is readable on its colour: WCAG contrast of at least 4.5.
    const pairs = await p.page.evaluate(() =>
      [...document.querySelectorAll('#view g.cell')].map((g) => [getComputedStyle(g.querySelector('text')).fill, getComputedStyle(g.querySelector('rect')).fill, g.querySelector('text').textContent]),
    );
    for (const [ink, paper, label] of pairs) assert.ok(contrast(ink, paper) >= 4.5, `${label}: ${ink} on ${paper} has contrast ${contrast(ink, paper).toFixed(2)}`);
    await p.page.screenshot({ path: join(ARTIFACTS, 'view-sweep.png'), fullPage: true });
    assert.deepEqual(p.problems, []);
  });
});

describe('untrusted text', () => {
  it('a scenario name with markup is shown as text and no script runs', async (t) => {
    const name = '<script>alert(1)</script><img src=x onerror=alert(2)> & “quotes”';
    const text = readFileSync('scenarios/mm3-review-queue.yaml', 'utf8')
      .replace(/^description:.*\n/m, '')
      .replace(/^name:.*$/m, `name: ${JSON.stringify(name)}\ndescription: "<b>bold?</b> <svg onload=alert(3)>"`);
    const file = join(scratch, 'hostile.yaml');
    writeFileSync(file, text);
    const server = await handoffView(file);
    t.after(() => server.stop());
    const p = await recordingPage(browser);
    t.after(() => p.close());
    await p.page.goto(server.url);
    assert.equal(await runSettled(p.page), 'done');
    for (const label of ['Compare', 'Report']) {
      await showView(p.page, label);
      const seen = await p.page.evaluate(() => ({
        h1: document.querySelector('h1').textContent,
        title: document.title,
        injected: document.querySelectorAll('#app script, #app img, #app b, #app svg[onload]').length,
        report: document.querySelector('.report-head h2')?.textContent ?? null,
      }));
      assert.equal(seen.h1, name);
      assert.equal(seen.title, `${name} — Handoff`);
      assert.equal(seen.injected, 0);
      if (label === 'Report') assert.equal(seen.report, name);
    }
    assert.match(await p.page.locator('.description').innerText(), /<b>bold\?<\/b> <svg onload=alert\(3\)>/);
    await p.page.screenshot({ path: join(ARTIFACTS, 'hostile-name.png') });
    assert.deepEqual(p.dialogs, [], 'no alert ran');
    assert.deepEqual(p.problems, []);
  });
});

describe('handoff report', () => {
  it('opens from file:// with no network request and renders the report', async () => {
    const out = join(ARTIFACTS, 'report.html');
    handoff(['report', resultFile, '-o', out]);
    const html = readFileSync(out, 'utf8');
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/);
    const p = await recordingPage(browser);
    await p.page.goto(pathToFileURL(out).href);
    await runSettled(p.page);
    await p.page.waitForSelector('#view .report svg.chart');
    const d = await drawn(p.page);
    assert.ok(d.charts.length >= 6 && d.charts.every((c) => c.marks > 0), JSON.stringify(d.charts));
    // The appendix: the assumptions register with the values the flagship uses, set ones marked.
    const appendix = await p.page.evaluate(() => ({
      caption: document.querySelector('#assumptions-appendix table.assumptions caption')?.textContent ?? '',
      rows: [...document.querySelectorAll('#assumptions-appendix table.assumptions tbody tr')].map((tr) => ({
        set: tr.classList.contains('set'),
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
      })),
    }));
    assert.match(appendix.caption, /“Product launch — sync vs async vs hybrid vs event-driven” rest on: \d+ set by the scenario/);
    const misread = appendix.rows.find((r) => r.cells[0] === 'quality.misread');
    assert.ok(misread && misread.cells[5].includes('Rework rate (more than one revision)'), JSON.stringify(misread));
    assert.ok(appendix.rows.length >= 36 && appendix.rows.some((r) => r.set), `${appendix.rows.length} appendix rows`);
    // The report still re-runs: its scenario is inlined, and the worker starts from a data: URL.
    await showView(p.page, 'Timeline');
    await p.page.waitForSelector('#view svg.chart rect.work');
    const foreign = p.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'no request but file: and data:');
    await showView(p.page, 'Report');
    await p.page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    assert.deepEqual(p.problems, []);
    await p.close();
  });

  it('a result dropped on the page opens', async () => {
    const p = await recordingPage(browser);
    await p.page.goto(pathToFileURL(VIEWER).href);
    const text = readFileSync(sweepFile, 'utf8');
    const dataTransfer = await p.page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped-sweep.json', { type: 'application/json' }));
      return dt;
    }, text);
    await p.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    assert.ok(await p.page.locator('.visible').count() > 0, 'the drop zone shows while a file is dragged over');
    await p.page.dispatchEvent('body', 'drop', { dataTransfer });
    await p.page.waitForSelector('#view g.cell');
    assert.match(p.page.url(), /view=sweep/);
    assert.match(await p.page.locator('header').innerText(), /dropped-sweep\.json/);
    assert.deepEqual(p.problems, []);
    await p.close();
  });

  it('the plain built viewer opens from disk and runs a scenario picked with the file picker', async () => {
    const p = await recordingPage(browser);
    await p.page.goto(pathToFileURL(VIEWER).href);
    assert.match(await p.page.locator('#view').innerText(), /Open a result/);
    await p.page.screenshot({ path: join(ARTIFACTS, 'empty.png') });
    await p.page.setInputFiles('input[type=file]', join(process.cwd(), 'scenarios/mm3-review-queue.yaml'));
    assert.equal(await runSettled(p.page), 'done');
    const d = await drawn(p.page);
    assert.ok(d.charts.length >= 4 && d.charts.every((c) => c.marks > 0), JSON.stringify(d.charts));
    assert.deepEqual(p.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    // A scenario opened here has its assumptions read in the worker: the report's appendix shows them.
    await showView(p.page, 'Report');
    const caption = await p.page.locator('#assumptions-appendix caption').innerText();
    assert.match(caption, /M\/M\/3/);
    assert.ok((await p.page.locator('#assumptions-appendix tbody tr').count()) >= 36);
    assert.deepEqual(p.problems, []);
    await p.close();
  });
});
