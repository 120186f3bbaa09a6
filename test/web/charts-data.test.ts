import { describe, expect, it } from 'vitest';
import { cycleTimeCurves, curvesMaxHours } from '../../web/src/transforms/cycle-time.js';
import { allMissing, estimateBars } from '../../web/src/transforms/estimates.js';
import { personHoursByKind, waitingByCause } from '../../web/src/transforms/breakdowns.js';
import { costTable } from '../../web/src/transforms/cost-table.js';
import { headlineTable } from '../../web/src/transforms/headline-table.js';
import { seriesLines } from '../../web/src/transforms/time-series.js';
import { findings } from '../../web/src/transforms/findings.js';
import type { DistributionEstimate, Estimate, ResultDocument } from '../../web/src/transforms/sim-types.js';
import { comparison } from './fixtures.js';
import { METRICS } from '../../src/sim/index.js';

const doc = comparison('flagship-launch', 4);

describe('cycle-time ECDF', () => {
  const curves = cycleTimeCurves(doc);

  it('has one curve per model, rising in time and share, ending at 99%', () => {
    expect(curves.map((c) => c.model)).toEqual(doc.results.map((r) => r.model));
    for (const c of curves) {
      expect(c.points.length).toBeGreaterThan(5);
      for (let i = 1; i < c.points.length; i++) {
        expect(c.points[i].hours).toBeGreaterThan(c.points[i - 1].hours);
        expect(c.points[i].share).toBeGreaterThan(c.points[i - 1].share);
      }
      expect(c.points.at(-1)!.share).toBeCloseTo(0.99);
    }
  });

  it('marks the document’s own p50 and p90, which sit on the curve', () => {
    for (const [i, c] of curves.entries()) {
      const est = doc.results[i].metrics.cycleTimeHours as DistributionEstimate;
      expect(c.p50).toBe(est.p50);
      expect(c.p90).toBe(est.p90);
      // The curve reaches 50% no later than p50 (quantiles come from the same pooled histogram).
      const at = (share: number) => c.points.find((p) => p.share >= share - 1e-9)!.hours;
      expect(at(0.5)).toBeCloseTo(est.p50, 6);
      expect(at(0.9)).toBeCloseTo(est.p90, 6);
    }
    expect(curvesMaxHours(curves)).toBeGreaterThanOrEqual(Math.max(...curves.map((c) => c.p90 ?? 0)));
  });

  it('merges equal quantiles into one step', () => {
    const flat: ResultDocument = JSON.parse(JSON.stringify(doc));
    flat.results = [flat.results[0]];
    flat.results[0].cycleTimeQuantiles = { q: [0.01, 0.02, 0.03, 0.04], hours: [2, 2, 2, 5] };
    expect(cycleTimeCurves(flat)[0].points).toEqual([
      { hours: 2, share: 0.03 },
      { hours: 5, share: 0.04 },
    ]);
  });

  it('is empty for a model with no approvals', () => {
    const none: ResultDocument = JSON.parse(JSON.stringify(doc));
    none.results[0].metrics.cycleTimeHours = null;
    expect(cycleTimeCurves(none)[0].points).toEqual([]);
  });
});

describe('estimates with confidence intervals', () => {
  it('carries mean and CI of each model, the mean inside its CI', () => {
    for (const b of estimateBars(doc, 'reworkRate')) {
      expect(b.mean).not.toBeNull();
      expect(b.lo!).toBeLessThanOrEqual(b.mean!);
      expect(b.hi!).toBeGreaterThanOrEqual(b.mean!);
    }
  });

  it('leaves a metric that does not apply as missing (sync has no SLA clock)', () => {
    const bars = estimateBars(doc, 'slaAttainment');
    expect(bars.find((b) => b.model === 'sync')!.mean).toBeNull();
    expect(bars.find((b) => b.model === 'async')!.mean).not.toBeNull();
    expect(allMissing(estimateBars(doc, 'noSuchMetric'))).toBe(true);
  });
});

describe('breakdowns read their categories from the document', () => {
  it('who waits: every waiting cause, in a fixed order, totals the sum of the parts', () => {
    const w = waitingByCause(doc);
    expect(w.keys.map((k) => k.metric)).toEqual([
      'waitingMeetingHoursPerAsset',
      'waitingQueueHoursPerAsset',
      'waitingRevisionHoursPerAsset',
      'waitingClarificationHoursPerAsset',
      'waitingOutsideHoursHoursPerAsset',
    ]);
    for (const row of w.rows) {
      const r = doc.results.find((x) => x.model === row.model)!;
      const sum = w.keys.reduce((a, k) => a + ((r.metrics[k.metric] as Estimate | null)?.mean ?? 0), 0);
      expect(row.total).toBeCloseTo(sum, 9);
    }
    // Sync waits for meetings; async does not.
    expect(w.rows.find((r) => r.model === 'sync')!.values.waitingMeetingHoursPerAsset).toBeGreaterThan(0);
    expect(w.rows.find((r) => r.model === 'async')!.values.waitingMeetingHoursPerAsset).toBe(0);
  });

  it('who pays: person-hours by kind without the total or per-asset figures', () => {
    const p = personHoursByKind(doc);
    expect(p.keys.map((k) => k.label)).toEqual([
      'meetings',
      'design',
      'review',
      'scheduling',
      'documentation: submission notes',
      'documentation: written feedback',
      'documentation: questions and answers',
      'documentation: decision-log upkeep',
      'documentation: one-off async set-up',
      'interruptions',
    ]);
    for (const row of p.rows) {
      const total = (doc.results.find((x) => x.model === row.model)!.metrics.personHoursTotal as Estimate).mean;
      expect(row.total).toBeCloseTo(total, 3);
    }
  });

  it('takes its categories from the metric catalogue, not from name patterns', () => {
    expect(waitingByCause(doc).keys.map((k) => k.metric)).toEqual(METRICS.filter((m) => m.breakdown === 'waiting').map((m) => m.key));
    // A name the catalogue does not know is not stacked with the rest (a new cause is one catalogue entry).
    const more: ResultDocument = JSON.parse(JSON.stringify(doc));
    for (const r of more.results) r.metrics.waitingApprovalChainHoursPerAsset = { mean: 1, sd: 0, ci95: [1, 1] };
    expect(waitingByCause(more).keys).toEqual(waitingByCause(doc).keys);
  });

  it('shows documentation whole for a document from before it was split (schema 1)', () => {
    const old: ResultDocument = JSON.parse(JSON.stringify(doc));
    for (const r of old.results) for (const k of Object.keys(r.metrics)) if (k.startsWith('personHoursDocumentation') && k !== 'personHoursDocumentation') delete r.metrics[k];
    const p = personHoursByKind(old);
    expect(p.keys.map((k) => k.label)).toEqual(['meetings', 'design', 'review', 'scheduling', 'interruptions', 'documentation']);
    for (const row of p.rows) expect(row.total).toBeCloseTo((old.results.find((x) => x.model === row.model)!.metrics.personHoursTotal as Estimate).mean, 3);
  });
});

describe('the cost table, measured', () => {
  const table = costTable(doc);

  it('has the field guide’s five cost types, one cell per model', () => {
    expect(table.rows.map((r) => r.cost)).toEqual([
      'Scheduling overhead',
      'Documentation burden',
      'Review cycle time',
      'Risk of rework due to misalignment',
      'Scalability at this load',
    ]);
    for (const row of table.rows) expect(row.cells).toHaveLength(doc.results.length);
  });

  it('marks the least and the most of each row from the measured values', () => {
    for (const row of table.rows) {
      const values = row.cells.map((c) => c.value).filter((v): v is number => v !== null);
      for (const c of row.cells) {
        if (c.best) expect(c.value).toBe(Math.min(...values));
        if (c.worst) expect(c.value).toBe(Math.max(...values));
      }
    }
    // Meetings cost scheduling; the pure queue has none.
    const scheduling = table.rows[0];
    expect(scheduling.cells[table.models.indexOf('sync')].worst).toBe(true);
    expect(scheduling.cells[table.models.indexOf('async')].value).toBe(0);
    // Written feedback is the async queue's documentation burden.
    const documentation = table.rows[1];
    expect(documentation.cells[table.models.indexOf('async')].value).toBeGreaterThan(documentation.cells[table.models.indexOf('sync')].value!);
  });
});

describe('headline table', () => {
  it('shows the paired difference against the first model, shares in percentage points', () => {
    const t = headlineTable(doc);
    expect(t.rows[0].metric).toBe('cycleTimeHours');
    const rework = t.rows.find((r) => r.metric === 'reworkRate')!;
    expect(rework.cells[0].versusFirst).toBeNull();
    expect(rework.cells[1].versusFirst!.text).toMatch(/^[+−±]\d+\.\d pp$/);
    const cycle = t.rows[0].cells[1].versusFirst!;
    expect(cycle.better).toBe((doc.results[1].versusFirst!.cycleTimeHours.mean as number) < 0);
  });

  it('drops metrics no model has', () => {
    const t = headlineTable(doc, ['cycleTimeHours', 'noSuchMetric']);
    expect(t.rows.map((r) => r.metric)).not.toContain('noSuchMetric');
  });
});

describe('time series', () => {
  it('pairs each sample time with each model’s value', () => {
    const s = seriesLines(doc, 'queueLength');
    expect(s.lines).toHaveLength(doc.results.length);
    for (const [i, line] of s.lines.entries()) {
      expect(line.points.map((p) => p.hours)).toEqual(doc.results[i].series.timeHours);
      expect(line.points.map((p) => p.value)).toEqual(doc.results[i].series.queueLength);
    }
    expect(s.maxValue).toBe(Math.max(...doc.results.flatMap((r) => r.series.queueLength)));
    expect(s.horizonHours).toBe(doc.scenario.horizonHours);
  });
});

describe('findings in words', () => {
  it('names the fastest and slowest model by p90, and the least and most rework', () => {
    const lines = findings(doc);
    const p90 = doc.results.map((r) => [r.model, (r.metrics.cycleTimeHours as DistributionEstimate).p90] as const).sort((a, b) => a[1] - b[1]);
    expect(lines[0]).toContain(`Fastest to approval: ${p90[0][0]}`);
    expect(lines[0]).toContain(`slowest: ${p90.at(-1)![0]}`);
    expect(lines.some((l) => l.startsWith('Lowest rework rate:') && l.includes('of approved assets needed more than one revision'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Fewest sent back at least once:'))).toBe(true);
  });

  it('puts a model\'s warnings first, as the table under compare does', () => {
    const warned: ResultDocument = JSON.parse(JSON.stringify(doc));
    warned.results[0].warnings = ['nothing can be approved: the review meeting is never held within the horizon'];
    expect(findings(warned)[0]).toBe(`Warning (${warned.results[0].model}): nothing can be approved: the review meeting is never held within the horizon.`);
    expect(findings(warned).slice(1)).toEqual(findings(doc));
  });

  it('does not call a tie a contrast', () => {
    const tied: ResultDocument = JSON.parse(JSON.stringify(doc));
    for (const r of tied.results) r.metrics.reworkRate = { mean: 0, sd: 0, ci95: [0, 0] };
    expect(findings(tied)).toContain('The rework rate is the same under every model: 0% of approved assets needed more than one revision.');
  });
});
