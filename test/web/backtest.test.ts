import { describe, expect, it } from 'vitest';
import { backtestCurves, backtestSummary, calibrationRows, CALIBRATION_HEADER } from '../../web/src/transforms/backtest.js';
import { classifyJson } from '../../web/src/transforms/documents.js';
import { syntheticBacktest } from '../support/backtest-document.js';

describe('the Backtest view, as data', () => {
  const doc = syntheticBacktest(20);

  it('two ECDFs, real and simulated, rising from the quantiles with the p50 and p90 marked', () => {
    const [real, simulated] = backtestCurves(doc);
    expect([real.model, simulated.model]).toEqual(['real', 'simulated']);
    for (const c of [real, simulated]) {
      expect(c.points.length).toBeGreaterThan(50);
      c.points.forEach((p, i) => i > 0 && expect(p.hours).toBeGreaterThan(c.points[i - 1].hours));
      expect(c.points[c.points.length - 1].share).toBe(1);
    }
    expect(real.p50).toBe(doc.metrics[2].real);
    expect(simulated.p90).toBe(doc.metrics[3].simulated);
  });

  it('the calibration table: a row per metric in its unit, errors signed (shares in points)', () => {
    const rows = calibrationRows(doc);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.length === CALIBRATION_HEADER.length)).toBe(true);
    expect(rows[2][0]).toBe('Cycle time p50');
    expect(rows[2][4]).toMatch(/^−\d/);
    expect(rows[4][4]).toMatch(/^[+−]?\d+\.\dpp$/);
    expect(rows[2][6]).toBe('fail');
    expect(backtestSummary(doc)[2]).toMatch(/^Verdict: fail — outside the simulated band: .*Cycle time p50/);
  });

  it('a backtest document opened in the viewer is recognised as one; a broken one says what is missing', () => {
    expect(classifyJson(JSON.parse(JSON.stringify(doc))).kind).toBe('backtest');
    const { ecdf: _, ...noEcdf } = doc;
    expect(classifyJson(noEcdf)).toEqual({ kind: 'error', message: 'not a Handoff backtest document: ecdf is missing' });
  });
});
