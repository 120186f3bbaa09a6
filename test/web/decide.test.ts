import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocumentInvariants, runDecisionRequest, type DecisionDocument, type DecisionRequest } from '../../src/sim/index.js';
import { oddsChart } from '../../web/src/transforms/decide-odds-curve.js';
import { paretoChart } from '../../web/src/transforms/decide-pareto.js';
import { powerChart } from '../../web/src/transforms/decide-power.js';
import { tornado } from '../../web/src/transforms/decide-tornado.js';
import { withLevers } from '../../web/src/transforms/decide-levers.js';
import { classifyJson } from '../../web/src/transforms/documents.js';
import { decodeState, encodeState, type ViewState } from '../../web/src/transforms/url-state.js';

const text = (name: string) => readFileSync(`scenarios/${name}.yaml`, 'utf8');

async function decided(name: string, request: DecisionRequest): Promise<DecisionDocument> {
  const outcome = await runDecisionRequest(text(name), request);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  expect(checkDocumentInvariants(outcome.document)).toEqual([]);
  return outcome.document;
}

const docs: Record<string, DecisionDocument> = {};
beforeAll(async () => {
  docs.size = await decided('async-with-sla', { kind: 'size', targets: ['cycleTimeHours.p90<=60', 'slaAttainment>=0.5'], levers: [{ path: 'team.reviewers.count', values: [1, 2, 3] }], cost: 'personHoursTotal', confidence: 0.9, model: 'async', minReplications: 4, maxReplications: 8, seed: 3 });
  docs.odds = await decided('flagship-launch', { kind: 'odds', deadline: '2026-03-06T17:00+01:00', campaign: null, channels: null, types: null, models: ['async', 'sync'], precision: 0.3, batch: 10, maxReplications: 10, seed: 3 });
  docs.pilot = await decided('pilot-async-channel', { kind: 'pilot', baseline: 'sync', pilot: 'async', route: 'channel=instagram-story', weeks: [2], spanWeeks: 3, alpha: 0.05, power: 0.8, replications: 5, seed: 3 });
  docs.sensitivity = await decided('async-with-sla', { kind: 'sensitivity', metric: 'cycleTimeHours.p90', model: 'async', replications: 2, morris: 2, seed: 3 });
}, 120_000);

describe('chart transforms of the decision documents', () => {
  it('size: every measured candidate is a point; the front is cheapest first and nobody on it is beaten on both cost and value; the answer is marked', () => {
    const d = docs.size;
    if (d.kind !== 'size') throw new Error('size');
    for (const [i, t] of d.targets.entries()) {
      const chart = paretoChart(d, i);
      expect(chart.points.length + chart.unmeasured).toBe(d.candidates.length);
      expect(chart.bound).toBe(t.value);
      expect(chart.lowerIsBetter).toBe(t.op === '<=');
      const better = (a: number, b: number) => (chart.lowerIsBetter ? a < b : a > b);
      for (const [k, p] of chart.front.entries()) {
        if (k > 0) expect(p.cost).toBeGreaterThanOrEqual(chart.front[k - 1].cost);
        expect(chart.points.some((q) => q.cost <= p.cost && better(q.value, p.value) && (q.cost < p.cost || q.value !== p.value))).toBe(false);
      }
      expect(chart.points.filter((p) => p.chosen).map((p) => p.index)).toEqual(d.answer.candidate === null ? [] : [d.answer.candidate]);
      for (const p of chart.points) expect(p.verdict).toBe(d.candidates[p.index].targets[i].verdict);
    }
  });

  it('odds: the curve climbs from 0 in steps of 1/n to the share ever complete, and reads the document’s probability at the deadline', () => {
    const d = docs.odds;
    if (d.kind !== 'odds') throw new Error('odds');
    const chart = oddsChart(d);
    expect(chart.curves.map((c) => c.model)).toEqual(['async', 'sync']);
    for (const [m, c] of chart.curves.entries()) {
      const o = d.odds[m];
      expect(c.points[0]).toEqual({ hours: 0, probability: 0 });
      for (let i = 1; i < c.points.length; i++) {
        expect(c.points[i].hours).toBeGreaterThan(c.points[i - 1].hours);
        expect(c.points[i].probability).toBeGreaterThan(c.points[i - 1].probability);
      }
      expect(c.points[c.points.length - 1].probability).toBeCloseTo((o.replications - o.incompleteAtHorizon) / o.replications, 12);
      const byDeadline = [...c.points].reverse().find((p) => p.hours <= d.deadlineHours)!.probability;
      expect(byDeadline).toBeCloseTo(o.probability, 12);
      expect(c.marks.map((k) => k.hours)).toEqual(o.completion.map((k) => k.hoursFromStart));
    }
    expect(chart.maxHours).toBeGreaterThan(d.deadlineHours);
  });

  it('pilot: both tests at every testable length, with the weeks 80% power needs', () => {
    const d = docs.pilot;
    if (d.kind !== 'pilot') throw new Error('pilot');
    const chart = powerChart(d);
    expect(chart.maxWeeks).toBe(d.lengths.length);
    for (const s of chart.series) {
      expect(s.weeksNeeded).toBe(d.weeksForPower[s.test]);
      expect(s.points.map((p) => p.weeks)).toEqual(d.lengths.filter((l) => l.power[s.test].rate !== null).map((l) => l.weeks));
      for (const p of s.points) {
        expect(p.ci95[0]).toBeLessThanOrEqual(p.power);
        expect(p.ci95[1]).toBeGreaterThanOrEqual(p.power);
      }
    }
  });

  it('sensitivity: bars by swing, largest first, the rest counted; Morris points when the document has them', () => {
    const d = docs.sensitivity;
    if (d.kind !== 'sensitivity') throw new Error('sensitivity');
    const t = tornado(d, 10);
    expect(t.bars).toHaveLength(Math.min(10, d.levers.length));
    expect(t.hidden).toBe(Math.max(0, d.levers.length - 10));
    for (let i = 1; i < t.bars.length; i++) expect(t.bars[i].swing).toBeLessThanOrEqual(t.bars[i - 1].swing);
    for (const b of t.bars) expect(b.swing).toBeCloseTo(Math.max(Math.abs(b.low.difference), Math.abs(b.high.difference)), 9);
    expect(t.morris?.length).toBeGreaterThan(0);
    expect(tornado({ ...d, morris: undefined }).morris).toBeNull();
  });
});

describe('the Decide view’s levers', () => {
  it('apply to their own kind only, on top of the document’s options', () => {
    const size: DecisionRequest = { kind: 'size', targets: ['cycleTimeHours.p90<=24'], levers: [], cost: 'personHoursTotal', confidence: 0.95, model: 'async', minReplications: 10, maxReplications: 200, seed: 1 };
    expect(withLevers(size, { targets: ['cycleTimeHours.p90<=30'], deadline: '2026-03-20T17:00Z' })).toEqual({ ...size, targets: ['cycleTimeHours.p90<=30'] });
    const pilot: DecisionRequest = { kind: 'pilot', baseline: 'sync', pilot: 'async', route: 'channel=x', weeks: [2], spanWeeks: 4, alpha: 0.05, power: 0.8, replications: 100, seed: 1 };
    expect(withLevers(pilot, { weeks: [2, 6], alpha: 0.1 })).toEqual({ ...pilot, weeks: [2, 6], spanWeeks: 6, alpha: 0.1 });
    expect(withLevers(pilot, undefined)).toBe(pilot);
  });

  it('live in the URL: they round-trip, and malformed ones are dropped', () => {
    const state: ViewState = { view: 'decide', whatIf: {}, decide: { targets: ['cycleTimeHours.p90<=24', 'slaAttainment>=0.9'], confidence: 0.9, deadline: '2026-03-20T17:00+01:00', weeks: [2, 4], alpha: 0.1, metric: 'reworkRate' } };
    expect(decodeState(encodeState(state))).toEqual(state);
    expect(decodeState('#view=decide&d.target=rm -rf&d.confidence=2&d.deadline=friday&d.weeks=0,2&d.alpha=x&d.metric=<b>')).toEqual({ view: 'decide', whatIf: {} });
  });
});

describe('opening a decision document', () => {
  it('is recognised by kind; an unknown kind, a newer schema or an odds document without completion times is one message', () => {
    expect(classifyJson(docs.odds)).toMatchObject({ kind: 'decision', document: docs.odds });
    expect(classifyJson({ ...docs.pilot, kind: 'forecast' })).toMatchObject({ kind: 'error', message: expect.stringMatching(/kind "forecast"/) });
    expect(classifyJson({ ...docs.size, schemaVersion: 9 })).toMatchObject({ kind: 'error', message: expect.stringMatching(/newer than this viewer reads/) });
    const old = { ...docs.odds, odds: (docs.odds as { odds: object[] }).odds.map((o) => ({ ...o, completionHours: undefined })) };
    expect(classifyJson(old)).toMatchObject({ kind: 'error', message: expect.stringMatching(/without completion times/) });
  });
});
