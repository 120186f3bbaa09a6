import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handoff, tempDir } from '../support/cli.js';
import { loadScenario } from '../../src/sim/index.js';

// The truth (test/fixtures/fit/truth.yaml): a routine stream at 12/d with a weekly profile
// averaging 6/7 (mean 10.29/d), routine effort lognormal mean 2h, review 25m, feedback 15m,
// submission note 5m, defects 0.15, misread 0.25 and questions 0.3 per unit of ambiguity
// (clarity 0.6: ambiguity 0.4), perfectionism 0.2. Its simulated replication, written as an
// audit, is fitted back onto the same base; each estimate's reported 95% interval must hold the truth.
const TRUTH = 'test/fixtures/fit/truth.yaml';
const tmp = tempDir('fit-recovery');
const audit = join(tmp, 'audit.csv');
const fitted = join(tmp, 'fitted.yaml');

interface FitDoc {
  counts: { rows: number; used: number; repaired: Record<string, number>; dropped: Record<string, number> };
  values: Array<{ path: string; value: unknown; estimate: number; ci95: [number, number]; rows: number }>;
  observations: Array<{ name: string; estimate: number; ci95: [number, number] }>;
  notIdentified: Array<{ path: string; why: string }>;
}

let doc: FitDoc;
const value = (path: string) => {
  const v = doc.values.find((x) => x.path === path);
  if (!v) throw new Error(`${path} was not fitted`);
  return v;
};
const holds = (ci: [number, number], truth: number) => expect(ci[0] <= truth && truth <= ci[1], `${truth} in [${ci[0]}, ${ci[1]}]`).toBe(true);

describe('handoff fit recovers a known scenario from its own simulated audit', () => {
  beforeAll(() => {
    const run = handoff(['run', TRUTH, '-r', '1', '--events', audit, '--events-format', 'audit', '--json']);
    expect(run.code).toBe(0);
    const fit = handoff(['fit', audit, '--base', TRUTH, '-o', fitted, '--json']);
    expect(fit.stderr).toBe('');
    expect(fit.code).toBe(0);
    doc = JSON.parse(fit.stdout) as FitDoc;
  });

  it('uses every row of a clean audit', () => {
    expect(doc.counts.used).toBe(doc.counts.rows);
    expect(doc.counts.dropped).toEqual({});
    expect(doc.counts.repaired).toEqual({});
  });

  it('recovers the arrival rate (the profile\'s mean, 12/d × 6/7) and its weekly profile', () => {
    holds(value('work.stream.rate').ci95, (12 * 6) / 7);
    const days = value('work.stream.days').value as Record<string, number>;
    expect(days.mon).toBeGreaterThan(days.fri);
    expect(days.fri).toBeGreaterThan(days.sun);
    expect(doc.notIdentified.map((n) => n.path)).not.toContain('work.stream.rate');
  });

  it('recovers the design, review and feedback efforts in working minutes', () => {
    holds(value('effort.routine').ci95, 120);
    holds(value('effort.review').ci95, 25);
    holds(value('effort.feedback').ci95, 15);
  });

  it('recovers the send-back causes, the question rate and the send-back chance of a first review', () => {
    holds(value('quality.defectRate').ci95, 0.15);
    holds(value('quality.misread').ci95, 0.25);
    holds(value('quality.perfectionism').ci95, 0.2);
    holds(value('quality.questionRate').ci95, 0.3);
    // A first review sends back unless none of the causes strikes: 1 − 0.85 × (1 − 0.25 × 0.4) × (1 − 0.2) = 0.388.
    const first = doc.observations.find((o) => o.name === 'send-back chance, async, round 1')!;
    holds(first.ci95, 1 - 0.85 * (1 - 0.25 * 0.4) * (1 - 0.2));
  });

  it('is deterministic: the same audit and base give the same bytes', () => {
    const again = join(tmp, 'fitted-again.yaml');
    const fit = handoff(['fit', audit, '--base', TRUTH, '-o', again, '--json']);
    expect({ ...JSON.parse(fit.stdout), out: fitted }).toEqual(doc);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(fitted, 'utf8'));
  });

  it('writes a scenario that loads, keeps the base\'s other settings and comments, and says where each value came from', () => {
    const text = readFileSync(fitted, 'utf8');
    expect(loadScenario(text).ok).toBe(true);
    expect(text).toContain('# The truth the fit tests recover');
    expect(text).toContain('designers: { role: designer, count: 4, tz: Europe/Berlin, hours: "09:00-17:00" }');
    expect(text).toMatch(/# fitted: [\d.]+\/d \(95% CI [\d.]+–[\d.]+\), \d+ rows — assets created/);
    expect(text).toMatch(/# not identified: effort.revision.decay — .*; kept at the base's value/);
    expect(text).toMatch(/\n {2}routine: \{ lognormal: \{ mean: [\d.]+m, sd: [\d.]+m \} \}\n/);
  });
});

// A weekly sync gate (test/fixtures/fit/truth-sync.yaml: Thursdays 15:00 New York, discussions
// lognormal mean 8m, clarity 0.8, the register's defect rate 0.05 and meeting misread 0.1), fitted
// onto a base that says daily at 10:00 on Mondays: the cadence comes from the audit, not the base.
describe('handoff fit reads a sync gate\'s cadence and discussions from the audit', () => {
  let sync: FitDoc;
  let text: string;
  beforeAll(() => {
    const file = join(tmp, 'sync.csv');
    expect(handoff(['run', 'test/fixtures/fit/truth-sync.yaml', '-r', '1', '--events', file, '--events-format', 'audit']).code).toBe(0);
    const base = join(tmp, 'wrong-cadence.yaml');
    writeFileSync(base, readFileSync('test/fixtures/fit/truth-sync.yaml', 'utf8').replace('cadence: weekly', 'cadence: daily').replace('day: thu', 'day: mon').replace('time: "15:00"', 'time: "10:00"'));
    const out = join(tmp, 'fitted-sync.yaml');
    const fit = handoff(['fit', file, '--base', base, '-o', out, '--json']);
    expect(fit.code).toBe(0);
    sync = JSON.parse(fit.stdout) as FitDoc;
    text = readFileSync(out, 'utf8');
  });

  it('recovers the weekly Thursday 15:00 meeting', () => {
    const at = (path: string) => sync.values.find((v) => v.path === path)?.value;
    expect([at('sync.cadence'), at('sync.day'), at('sync.time')]).toEqual(['weekly', 'thu', '15:00']);
    expect(text).toMatch(/\n {2}cadence: weekly\n/);
    expect(text).toMatch(/\n {2}day: thu\n/);
  });

  it('recovers the rate, the discussion time (less in-room clarifications), the defect rate and the meeting misread rate', () => {
    const ci = (path: string) => sync.values.find((v) => v.path === path)!.ci95;
    holds(ci('work.stream.rate'), (1.5 * 5) / 7);
    holds(ci('effort.routine'), 90);
    holds(ci('effort.discussion'), 8);
    holds(ci('quality.defectRate'), 0.05);
    holds(ci('quality.meetingMisread'), 0.1);
  });
});

// scenarios/holiday-peak-streams.yaml: social requests 40 a week (×3 for four weeks: a period of the
// base) and email requests 12 a week, each in its own zone's weekday business hours. The fitted
// rates are the base's level — the audit's arrivals over its span weighted by the base's periods.
describe('handoff fit reads stream rates under the base\'s periods', () => {
  it('recovers each stream\'s level by its channels, the burst weighted out', () => {
    const file = join(tmp, 'holiday.csv');
    const base = 'scenarios/holiday-peak-streams.yaml';
    expect(handoff(['run', base, '-r', '1', '--events', file, '--events-format', 'audit']).code).toBe(0);
    const fit = handoff(['fit', file, '--base', base, '-o', join(tmp, 'holiday.yaml'), '--json']);
    expect(fit.code).toBe(0);
    const values = (JSON.parse(fit.stdout) as FitDoc).values;
    const ci = (path: string) => values.find((v) => v.path === path)!.ci95;
    holds(ci('work.streams.0.rate'), 40 / 7);
    holds(ci('work.streams.1.rate'), 12 / 7);
    const days = values.find((v) => v.path === 'work.streams.0.days')!.value as Record<string, number>;
    expect([days.sat, days.sun]).toEqual([0, 0]);
  });
});

// scenarios/mm3-review-queue.yaml: exponential gaps of 25m, exponential reviews of 60m, no designers.
describe('handoff fit on the M/M/3 validation scenario', () => {
  it('recovers the 25m mean gap and the 60m review, and fits no design effort for a team without designers', () => {
    const file = join(tmp, 'mm3.csv');
    const base = 'scenarios/mm3-review-queue.yaml';
    expect(handoff(['run', base, '-r', '1', '--events', file, '--events-format', 'audit']).code).toBe(0);
    const fit = handoff(['fit', file, '--base', base, '-o', join(tmp, 'mm3.yaml'), '--json']);
    expect(fit.code).toBe(0);
    const doc = JSON.parse(fit.stdout) as FitDoc;
    const ci = (path: string) => doc.values.find((v) => v.path === path)!.ci95;
    holds(ci('work.stream.interarrival'), 25);
    holds(ci('effort.review'), 60);
    expect(doc.values.map((v) => v.path)).not.toContain('effort.routine');
    expect(doc.notIdentified.map((n) => n.path)).toContain('effort.design, effort.variant, effort.routine, effort.revision');
  });
});
