import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADLINE_METRICS } from '../../src/sim/index.js';
import { columnLabel } from '../../src/cli/format/metric-text.js';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('compare');

const FLAGSHIP = 'scenarios/flagship-launch.yaml';
const SMALL = 'scenarios/small-team-3-channels.yaml';

describe('handoff compare', () => {
  it('--workers 1 and --workers 2 give identical bytes', () => {
    const args = ['compare', FLAGSHIP, '--replications', '5', '--json'];
    const one = handoff([...args, '--workers', '1']);
    const two = handoff([...args, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });

  it('the document has a result per model, in order, each after the first with paired differences', async () => {
    const r = await handoffInProcess(['compare', FLAGSHIP, '-r', '3', '-w', '1', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.results.map((x: { model: string }) => x.model)).toEqual(['sync', 'async', 'hybrid', 'event-driven']);
    expect(doc.results[0].versusFirst).toBeUndefined();
    expect(doc.results[1].versusFirst.cycleTimeHours.significant).toBeTypeOf('boolean');
  });

  it('the table shows every headline metric per model with its CI and the Δ against the first, aligned in 160 columns', async () => {
    const r = await handoffInProcess(['compare', FLAGSHIP, '-r', '4', '-w', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.find((l) => l.startsWith('Metric'))!;
    expect(header.split(/\s{2,}/)).toEqual(['Metric', 'sync', 'async', 'Δ', 'hybrid', 'Δ', 'event-driven', 'Δ']);
    for (const metric of HEADLINE_METRICS) {
      const row = lines.find((l) => l.startsWith(columnLabel(metric)));
      expect(row, metric).toBeDefined();
    }
    // sync is far slower than async on the launch: a significant negative Δ with a star.
    expect(lines.find((l) => l.startsWith('Cycle time (h)'))).toMatch(/^Cycle time \(h\) +[\d.]+ ±[\d.]+ +[\d.]+ ±[\d.]+ +-[\d.]+ \*/);
    expect(r.stdout).toMatch(/Δ: paired difference against sync/);
    // Aligned: every column starts where its rule starts, and nothing is wider than 160 columns.
    const rule = lines[lines.indexOf(header) + 1];
    const gaps = [...rule.matchAll(/ {2}/g)].map((m) => m.index!);
    const body = lines.slice(lines.indexOf(header) + 2, lines.findIndex((l) => l.startsWith('Each model')));
    for (const line of [header, ...body.filter((l) => l !== '')]) {
      expect(line.length).toBeLessThanOrEqual(rule.length);
      for (const g of gaps) expect(line.slice(g, g + 2), line).toMatch(/^ {0,2}$/);
    }
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(160);
  });

  it('--csv prints one row per model and metric', async () => {
    const r = await handoffInProcess(['compare', SMALL, '-r', '3', '-w', '1', '--models', 'sync,hybrid', '--csv']);
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    const models = [...new Set(rows.map((row) => row[0]))];
    expect(models).toEqual(['sync', 'hybrid']);
    expect(rows.filter((row) => row[0] === 'sync').length).toBe(rows.filter((row) => row[0] === 'hybrid').length);
    expect(rows.find((row) => row[0] === 'hybrid' && row[1] === 'reworkRate')).toBeDefined();
  });

  it('--metric chooses the rows, labelled from the catalogue, in the order given', async () => {
    const r = await handoffInProcess(['compare', SMALL, '-r', '3', '-w', '1', '--metric', 'sentBackShare,reworkRate', '--metric', 'cycleTimeHours:p95']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const first = lines.indexOf(lines.find((l) => l.startsWith('Metric'))!) + 2;
    expect(lines.slice(first, first + 4).map((l) => l.split(/\s{2,}/)[0])).toEqual([
      'Sent back at least once',
      'Rework rate (more than one revision)',
      'Cycle time, p95 (h)',
      'Each model: mean ±half-width of its 95% CI across replications.',
    ]);
    const csv = await handoffInProcess(['compare', SMALL, '-r', '2', '-w', '1', '--csv', '--metric', 'agendaItemsDiscussedShare']);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header).toBe('model,metric,mean,sd,ci95Lo,ci95Hi,p50,p90,p95,label,unit');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/,agendaItemsDiscussedShare,.*,"Agenda discussed, of all items",%$/);
  });

  it('an unknown --metric is a usage error before anything runs, listing the known metrics', async () => {
    const r = await handoffInProcess(['compare', SMALL, '--metric', 'cycleTime', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown metric "cycleTime"; the known metrics are/);
    expect(r.stderr).toMatch(/cycleTimeHours, makespanHours, reworkRate, sentBackShare/);
    expect(r.stderr).toMatch(/personHoursDocumentationDecisionLog/);
    const near = await handoffInProcess(['run', SMALL, '--metric', 'ReworkRate']);
    expect(near.stderr).toMatch(/did you mean reworkRate\?/);
    const noPercentile = await handoffInProcess(['run', SMALL, '--metric', 'reworkRate:p90']);
    expect(noPercentile.code).toBe(2);
    expect(noPercentile.stderr).toMatch(/write reworkRate alone \(it has no percentiles\)/);
  });

  it('--models keeps the order given and drops repeats; an unknown model is exit 2', async () => {
    const r = await handoffInProcess(['compare', SMALL, '-r', '2', '-w', '1', '--models', 'async, sync,async', '--json']);
    expect(JSON.parse(r.stdout).results.map((x: { model: string }) => x.model)).toEqual(['async', 'sync']);
    const bad = await handoffInProcess(['compare', SMALL, '--models', 'sync,telepathy']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown model "telepathy"/);
  });

  it('--report writes one self-contained HTML report (document and scenario inlined, in a new directory) and says where', () => {
    const report = join(tmp, 'reports', 'launch.html');
    const r = handoff(['compare', SMALL, '-r', '3', '--json', '--report', report]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.length).toBeGreaterThan(1);
    expect(r.stderr).toBe(`Report: ${report} (one self-contained HTML file; open it in a browser, or email it)\n`);
    const html = readFileSync(report, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    const data = JSON.parse(/<script type="application\/json" id="handoff-data">(.*?)<\/script>/s.exec(html)![1]);
    expect(data.document).toEqual(JSON.parse(r.stdout));
    expect(data.scenarioText).toBe(readFileSync(SMALL, 'utf8'));
    expect(data.view).toBe('report');

    const table = handoff(['compare', SMALL, '-r', '2', '--report', join(tmp, 'table.html')]);
    expect(table.stdout).toMatch(/\nReport: .*table\.html \(one self-contained HTML file/);
    expect(table.stderr).toBe('');
  });

  it('--report to a place that cannot be written fails with exit 1 and leaves no --out file', () => {
    const out = join(tmp, 'not-written.json');
    const aFile = join(tmp, 'a-file');
    writeFileSync(aFile, '');
    const r = handoff(['compare', SMALL, '-r', '2', '--out', out, '--report', join(aFile, 'report.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/report\.html: cannot write/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
