import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../src/sim/index.js';
import { runText } from '../support/run-text.js';

// Busy time counts inside the measurement window only, and never overlaps itself: each task and
// interruption is laid end to end in the person's working time, clipped to [warm-up, horizon].
const mean = (doc: ReturnType<typeof runText>, name: string) => (doc.results[0].metrics[name] as Estimate).mean;

describe('utilisation', () => {
  it('a user sets a 13-day warm-up in a 2-week horizon: an overloaded reviewer is busy the whole last day, and no more (was 1.19)', () => {
    // Arrivals every 2 h, reviews of 3 h, one reviewer around the clock: busy all day 14, so
    // utilisation is exactly 1; work started before the warm-up ended counts only from then on.
    const doc = runText(
      `name: long warm-up\nhorizon: 2w\nwarmup: 13d\nreplications: 5\nmodel: async\n` +
        `team:\n  reviewers: { role: reviewer, count: 1, hours: 24/7 }\n` +
        `work:\n  stream:\n    interarrival: { exponential: { mean: 2h } }\n` +
        `effort:\n  review: { exponential: { mean: 3h } }\nquality: { rework: none }\n`,
      ['async'],
    );
    expect(mean(doc, 'utilizationReviewer')).toBe(1);
    // One day of one person: 24 h of review at most.
    expect(mean(doc, 'personHoursTotal')).toBeLessThanOrEqual(24);
  });

  it('a user pings every minute with no dashboard: interruptions never take more hours than people have', () => {
    const doc = runText(
      `name: ping storm\nhorizon: 2w\nreplications: 2\nmodel: async\n` +
        `team:\n  designers: { role: designer, count: 2 }\n  reviewers: { role: reviewer, count: 1 }\n` +
        `work:\n  campaigns:\n    - { name: c, publish: 0d, assetTypes: 2, channels: 3 }\n` +
        `async:\n  dashboard: false\n  pings: { after: 1m, interrupt: 10m }\n`,
      ['async'],
    );
    expect(mean(doc, 'utilizationReviewer')).toBeLessThanOrEqual(1);
    expect(mean(doc, 'utilizationDesigner')).toBeLessThanOrEqual(1);
    // Three people, ten working days of 8 h at most.
    expect(mean(doc, 'personHoursInterruptions')).toBeLessThanOrEqual(3 * 10 * 8);
  });
});
