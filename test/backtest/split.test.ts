import { describe, expect, it } from 'vitest';
import { parseHoldout, parseSplit } from '../../src/sim/backtest/split.js';

const extent = { firstMs: Date.parse('2026-01-05T00:00:00Z'), lastMs: Date.parse('2026-03-16T00:00:00Z') };

describe('where an audit is cut', () => {
  it('--split takes an instant with its offset, or a date at midnight UTC (or in --tz)', () => {
    expect(parseSplit('2026-02-01T09:00+01:00', extent)).toEqual({ atMs: Date.parse('2026-02-01T08:00:00Z'), rule: 'date', holdoutShare: null });
    expect(parseSplit('2026-02-01', extent)).toMatchObject({ atMs: Date.parse('2026-02-01T00:00:00Z') });
    expect(parseSplit('2026-02-01', extent, 'America/New_York')).toMatchObject({ atMs: Date.parse('2026-02-01T05:00:00Z') });
  });

  it('a split outside the audit, or not a date, is one clear message', () => {
    expect(parseSplit('2027-01-01', extent)).toBe("--split 2027-01-01: after the audit's last event (the audit runs from 2026-01-05T00:00:00Z to 2026-03-16T00:00:00Z); choose an instant inside it");
    expect(parseSplit('2026-01-05', extent)).toMatch(/^--split 2026-01-05: before the audit's first event/);
    expect(parseSplit('next week', extent)).toMatch(/^--split: "next week" is not a date and time/);
  });

  it('--holdout P% holds out the last P% of the span, 0 < P < 100', () => {
    // 70 days; the last 30% is 21 days: the split is 2026-02-23.
    expect(parseHoldout('30%', extent)).toEqual({ atMs: Date.parse('2026-02-23T00:00:00Z'), rule: 'holdout', holdoutShare: 0.3 });
    expect(parseHoldout('30', extent)).toMatchObject({ holdoutShare: 0.3 });
    for (const bad of ['0%', '100%', '150', '-5%', 'abc', '']) {
      expect(parseHoldout(bad, extent)).toBe(`--holdout ${bad}: the share of the audit held out for the test is a percentage strictly between 0 and 100, e.g. 30%`);
    }
  });
});
