import { describe, expect, it } from 'vitest';
import { checkDocumentInvariants } from '../../src/sim/index.js';
import { syntheticBacktest } from '../support/backtest-document.js';

describe('the backtest document', () => {
  it('a real period drawn like the replications passes; one twice as slow fails on its cycle times, not on what did not change', () => {
    const same = syntheticBacktest(10);
    expect(checkDocumentInvariants(same)).toEqual([]);
    expect(same.verdict.overall).toBe('pass');
    const slow = syntheticBacktest(20);
    expect(checkDocumentInvariants(slow)).toEqual([]);
    expect(slow.verdict.overall).toBe('fail');
    expect(slow.verdict.failed).toEqual(expect.arrayContaining(['cycleTimeWassersteinHours', 'cycleTimeKs', 'cycleTimeP50Hours']));
    expect(slow.verdict.failed).not.toContain('reworkRate');
    const p50 = slow.metrics.find((m) => m.key === 'cycleTimeP50Hours')!;
    // The error is simulated − real: the model is about 10 h faster at the median.
    expect(p50.error).toBeLessThan(-5);
    expect(p50.realCi95[0]).toBeGreaterThan(p50.band95[1]!);
  });

  it('the invariants catch a verdict that disagrees with its band, a band inverted, a wrong error and an overall verdict that hides a failure', () => {
    const doc = syntheticBacktest(20);
    const broken = structuredClone(doc);
    const p50 = broken.metrics[2];
    p50.verdict = 'pass';
    p50.band95 = [p50.band95[1], p50.band95[0]];
    p50.error = 0;
    broken.verdict.overall = 'pass';
    broken.verdict.failed = [];
    const problems = checkDocumentInvariants(broken).join('\n');
    expect(problems).toMatch(/\$\.metrics\[2\]\.band95: lower bound .* above upper bound/);
    expect(problems).toMatch(/\$\.metrics\[2\]\.verdict: pass, but/);
    expect(problems).toMatch(/\$\.metrics\[2\]\.error: not simulated − real/);
    expect(problems).toMatch(/\$\.verdict\.failed: \[\], but outside their widened bands/);
    expect(problems).toMatch(/\$\.verdict\.overall: pass, the metrics say fail/);
    const outside = structuredClone(doc);
    outside.split.at = '2027-01-01T00:00:00Z';
    expect(checkDocumentInvariants(outside).join('\n')).toMatch(/\$\.split\.at: .* not strictly inside the audit/);
  });
});
