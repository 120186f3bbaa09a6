import { describe, expect, it } from 'vitest';
import { decisionSentences, type DecisionDocument } from '../../src/sim/index.js';
import { settingPhrase, targetPhrase } from '../../src/sim/decide/decision-sentence.js';

const doc = (d: Record<string, unknown>) => d as unknown as DecisionDocument;
const p90 = { text: 'cycleTimeHours.p90<=24', metric: 'cycleTimeHours', statistic: 'p90', op: '<=' as const, value: 24 };
const candidate = (reviewers: number, sla: string, verdict: string, mean: number) => ({
  settings: { 'team.reviewers.count': reviewers, 'async.sla.firstResponse': sla },
  replications: 20,
  cost: { mean: reviewers * 100, ci95: [reviewers * 90, reviewers * 110] },
  targets: [{ target: p90.text, mean, sd: 1, interval: [mean - 1, mean + 1], verdict }],
  verdict,
  stoppedBy: 'decided',
});
const size = (answer: Record<string, unknown>) =>
  doc({ kind: 'size', model: 'async', targets: [p90], cost: { kind: 'metric', name: 'personHoursTotal' }, confidence: 0.95, procedure: { maxReplications: 200 }, candidates: [candidate(3, '4bh', 'fails', 30), candidate(4, '4bh', 'meets', 20)], answer });

describe('one sentence per result for a client', () => {
  it('size: the cheapest setting that meets the target, in words, and the confidence', () => {
    expect(decisionSentences(size({ status: 'meets', candidate: 1, nearestMiss: null, cheaperUndecided: [] }))).toEqual([
      '4 reviewers and a 4-business-hour SLA under async review keep 90% of assets under 24 h at the lowest personHoursTotal; 95% confident.',
    ]);
  });

  it('size: no setting meets — said plainly, with the nearest miss', () => {
    const [s] = decisionSentences(size({ status: 'none', candidate: null, nearestMiss: 0, cheaperUndecided: [] }));
    expect(s).toBe('No setting tried can keep 90% of assets under 24 h; the nearest miss is 3 reviewers and a 4-business-hour SLA (cycleTimeHours.p90 30); 95% confident.');
  });

  it('odds: one sentence per model with the probability, its interval and the 85% date, in the deadline’s offset', () => {
    const completion = (probability: number, date: string | null) => ({ probability, date });
    const sentences = decisionSentences(
      doc({
        kind: 'odds',
        deadline: '2026-03-13T16:00:00Z',
        deadlineOffset: '+01:00',
        assets: { count: 27, campaign: 'Launch wave' },
        odds: [
          { model: 'async', probability: 0.62, ci95: [0.55, 0.69], replications: 200, completion: [completion(0.5, '2026-03-12T09:00:00Z'), completion(0.85, '2026-03-16T10:00:00Z')] },
          { model: 'sync', probability: 0.05, ci95: [0.02, 0.1], replications: 200, completion: [completion(0.85, null)] },
        ],
      }),
    );
    expect(sentences).toEqual([
      'Under async review, all 27 assets of “Launch wave” are approved by 2026-03-13 17:00 +01:00 with probability 62% (95% interval 55%–69%, 200 runs); 85% likely by 2026-03-16 11:00 +01:00.',
      'Under sync review, all 27 assets of “Launch wave” are approved by 2026-03-13 17:00 +01:00 with probability 5% (95% interval 2%–10%, 200 runs); not 85% likely within the simulated time.',
    ]);
  });

  it('pilot: the power of the shortest length asked for, per test, and the weeks 80% power needs', () => {
    const rate = (r: number) => ({ rate: r, ci95: [r - 0.1, r + 0.1], rejections: 0, untestable: 0 });
    const length = (weeks: number, requested: boolean, ct: number) => ({ weeks, requested, power: { cycleTime: rate(ct), rework: rate(0.1) } });
    const sentences = decisionSentences(
      doc({ kind: 'pilot', pilot: 'async', baseline: 'sync', route: { text: 'channel=instagram' }, alpha: 0.05, powerTarget: 0.8, lengths: [length(1, false, 0.3), length(2, true, 0.5), length(4, true, 0.85)], weeksForPower: { cycleTime: 4, rework: null, searchedUpToWeeks: 6 } }),
    );
    expect(sentences[0]).toBe('Cycle time: a 2-week pilot of async review on channel=instagram detects the difference with 50% power (95% interval 40%–60%) at α = 0.05; 4 weeks reach 80% power.');
    expect(sentences[1]).toMatch(/^Rework: .* with 10% power .*; no pilot up to 6 weeks reaches 80% power\.$/);
  });

  it('sensitivity: the assumption that moves the metric most, with its range, and how many move it beyond noise', () => {
    const side = (mean: number, excludesZero: boolean) => ({ mean, difference: { excludesZero } });
    const lever = (parameter: string, low: number, high: number, real: boolean) => ({ parameter, low: side(low, real), high: side(high, real) });
    const d = { kind: 'sensitivity', metric: 'cycleTimeHours.p90', model: 'async', replications: 30, baseline: { mean: 40 }, levers: [lever('effort.variant', 25, 67.5, true), lever('review.perItem', 38, 43, true), lever('quiet', 40, 40, false)] };
    expect(decisionSentences(doc(d))).toEqual([
      'cycleTimeHours.p90 under async review (40 h as the scenario stands) moves most with effort.variant (25 h to 67.5 h from its low to its high), then review.perItem; 2 assumptions of 3 move it beyond noise, 95% confident per paired interval.',
    ]);
    expect(decisionSentences(doc({ ...d, levers: [lever('quiet', 40, 40, false)] }))[0]).toMatch(/^No assumption moves cycleTimeHours\.p90 under async review beyond the noise of 30 paired runs/);
  });

  it('phrases: a lever path and a target read as words where they are known, else as written', () => {
    expect(settingPhrase('team.reviewers.count', 1)).toBe('1 reviewer');
    expect(settingPhrase('team.leads.count', 2)).toBe('2 leads');
    expect(settingPhrase('async.sla.firstResponse', '8h')).toBe('an 8-hour SLA');
    expect(settingPhrase('sync.cadence', 'weekly')).toBe('sync.cadence = weekly');
    expect(targetPhrase({ metric: 'slaAttainment', statistic: 'mean', op: '>=', value: 0.9 })).toBe('keep mean slaAttainment at least 0.9');
  });
});
