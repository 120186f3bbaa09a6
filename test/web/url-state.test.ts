import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, VIEWS, type ViewState } from '../../web/src/transforms/url-state.js';

describe('the URL holds the view', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      view: 'what-if',
      model: 'hybrid',
      logTime: true,
      from: 336,
      to: 504,
      metric: 'cycleTimeHours',
      statistic: 'p90',
      target: 24,
      sweepModel: 'async',
      replications: 100,
      whatIf: { reviewers: { reviewers: 3, leads: 1 }, sla: '4bh', escalation: '6bh', cadence: 'weekly', meetingLength: '30m', clarity: 0.75, preflight: true, dashboard: false, channels: 12 },
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('defaults to Compare and ignores what it does not understand', () => {
    expect(decodeState('')).toEqual({ view: 'compare', whatIf: {} });
    const s = decodeState('#view=<script>&sla=4 hours&clarity=7&channels=-1&reviewers.<img>=3&metric=a.b&reps=0&preflight=maybe');
    expect(s).toEqual({ view: 'compare', whatIf: {} });
  });

  it('encode ∘ decode is stable for any hash (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...VIEWS), (junk, view) => {
        const once = encodeState(decodeState(`view=${view}&${junk}`));
        expect(encodeState(decodeState(once))).toBe(once);
      }),
    );
  });
});
