import { describe, expect, it } from 'vitest';
import { fittedYaml } from '../../src/sim/fit/fitted-yaml.js';
import type { FitResult } from '../../src/sim/fit/fit-audit.js';
import { emptyCounts } from '../../src/sim/fit/row-counts.js';

const BASE = `# My team, as I think it works.
name: flow base
team:
  reviewers: { role: reviewer, count: 2 }   # two of us
work:
  stream: { rate: 10/d, tz: Europe/Berlin, channel: social }
effort: { review: 20m }
`;

const fit: FitResult = {
  values: [
    { path: ['work', 'stream', 'rate'], value: '9.9/d', estimate: { value: 9.9, lo: 9.5, hi: 10.4, n: 1806 }, unit: '/d', measured: 'arrivals' },
    { path: ['effort', 'review'], value: { lognormal: { mean: '25.3m', sd: '9.8m' } }, estimate: { value: 25.3, lo: 24.8, hi: 25.8, n: 1463 }, unit: 'min', measured: 'approvals' },
  ],
  notIdentified: [{ path: 'effort.revision.decay', why: 'few later revisions' }],
  observations: [],
  notes: [],
  counts: { ...emptyCounts(), rows: 9655, used: 9650, dropped: { 'duplicate row': 5 } },
  assets: 1806,
  fromMs: 0,
  toMs: 1,
};

describe('the fitted scenario file', () => {
  it('sets each value in place with its comment, keeps every other line and comment of the base, and heads the file with what was not identified', () => {
    expect(fittedYaml(BASE, fit, 'audit.csv')).toBe(`# Fitted by \`handoff fit\` from audit.csv: 9655 rows, 9650 used (0 of them repaired), 5 dropped; 1806 assets.
# Each fitted value carries its estimate, 95% interval and the rows it rests on; everything else is the base's.
# not identified: effort.revision.decay — few later revisions; kept at the base's value

# My team, as I think it works.
name: flow base
team:
  reviewers: { role: reviewer, count: 2 } # two of us
work:
  stream:
    # fitted: 9.9/d (95% CI 9.5–10.4), 1806 rows — arrivals
    rate: 9.9/d
    tz: Europe/Berlin
    channel: social
effort:
  # fitted: 25.3 min (95% CI 24.8–25.8), 1463 rows — approvals
  review: { lognormal: { mean: 25.3m, sd: 9.8m } }
`);
  });
});
