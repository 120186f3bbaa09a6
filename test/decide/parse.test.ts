import { describe, expect, it } from 'vitest';
import { selectAssets } from '../../src/sim/decide/asset-set.js';
import { formatAtOffset, parseDeadline } from '../../src/sim/decide/deadline.js';
import { METRIC_KEYS } from '../../src/sim/decide/metric-keys.js';
import { parseCost } from '../../src/sim/decide/size-values.js';
import { parseTarget } from '../../src/sim/decide/target.js';
import { parseVary } from '../../src/sim/decide/vary.js';
import { loadScenario, runReplication, type Scenario } from '../../src/sim/index.js';

function load(text: string): Scenario {
  const r = loadScenario(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

const scenario = load(`
name: two launches
start: 2026-03-02T00:00:00Z
horizon: 6w
team:
  designers: { role: designer, count: 2 }
  reviewers: { role: reviewer, count: 2 }
work:
  campaigns:
    - { name: Launch, repeat: 2w, assetTypes: [hero, banner], channels: [instagram, email] }
  oneOffs:
    - { name: Key art, publish: 1w }
`);

describe('targets', () => {
  it('reads metric, statistic, comparison and bound', () => {
    expect(parseTarget('cycleTimeHours.p90<=24')).toEqual({ text: 'cycleTimeHours.p90<=24', metric: 'cycleTimeHours', statistic: 'p90', op: '<=', value: 24 });
    expect(parseTarget(' slaAttainment >= 0.9 ')).toMatchObject({ metric: 'slaAttainment', statistic: 'mean', op: '>=', value: 0.9 });
  });

  it('refuses, clearly, a malformed target, an unknown metric and a statistic the metric lacks', () => {
    expect(parseTarget('cycleTimeHours < 24')).toMatch(/write metric<=value/);
    expect(parseTarget('cycleTime<=24')).toMatch(/unknown metric "cycleTime"; known metrics: cycleTimeHours, /);
    expect(parseTarget('reworkRate.p90<=0.2')).toMatch(/reworkRate has no statistic "p90"; choose mean/);
    expect(parseTarget('cycleTimeHours<=soon')).toMatch(/"soon" is not a number/);
  });

  it('knows every metric a replication reports (the list stays in step with the model)', () => {
    const s = load(`
name: all roles
team:
  designers: { role: designer }
  reviewers: { role: reviewer }
  director: { role: director }
  lead: { role: lead }
work:
  campaigns: [{ name: A }]
model: hybrid
`);
    const values = runReplication(s, 'hybrid', 0).values;
    // Every value is a known metric; the known ones it lacks are those of switches this file leaves off.
    const SWITCHED = ['overflows', 'overflowPersonHours', 'fastTrackedItems', 'fastTrackPersonHours', 'meetingsSkipped', 'skipSavedPersonHours', 'meetingRenegotiations', 'renegotiationPersonHours', 'teamJoins', 'teamLeaves', 'handovers', 'handoverPersonHours', 'meetingOutOfHoursPersonHours'];
    expect(Object.keys(values).filter((k) => !METRIC_KEYS.includes(k))).toEqual([]);
    expect(METRIC_KEYS.filter((k) => !(k in values)).sort()).toEqual([...SWITCHED].sort());
  });
});

describe('levers', () => {
  it('expands whole-number ranges and keeps other values as sweep --set reads them', () => {
    expect(parseVary('team.reviewers.count=1..4')).toEqual({ path: 'team.reviewers.count', values: [1, 2, 3, 4] });
    expect(parseVary('team.reviewers.count=1..2,5')).toEqual({ path: 'team.reviewers.count', values: [1, 2, 5] });
    expect(parseVary('async.sla.firstResponse=2bh,4bh')).toEqual({ path: 'async.sla.firstResponse', values: ['2bh', '4bh'] });
  });

  it('refuses a malformed or empty lever and a range that runs backwards', () => {
    expect(parseVary('team.reviewers.count')).toMatch(/^--vary .*is not a setting/);
    expect(parseVary('team.reviewers.count=')).toMatch(/empty path or value/);
    expect(parseVary('team.reviewers.count=5..2')).toMatch(/runs backwards/);
  });

  it('a cost is a metric or a numeric lever', () => {
    const levers = [{ path: 'team.reviewers.count', values: [1, 2] }, { path: 'async.sla.firstResponse', values: ['2bh'] }];
    expect(parseCost('personHoursTotal', levers)).toEqual({ kind: 'metric', metric: 'personHoursTotal' });
    expect(parseCost('team.reviewers.count', levers)).toEqual({ kind: 'setting', path: 'team.reviewers.count' });
    expect(parseCost('async.sla.firstResponse', levers)).toMatch(/must take numbers/);
    expect(parseCost('money', levers)).toMatch(/neither a metric nor a --vary path/);
  });
});

describe('deadlines', () => {
  it('reads an instant with its offset as minutes since the start', () => {
    // 2026-03-20T17:00+01:00 = 16:00Z, 18 days and 16 hours after 2026-03-02T00:00Z.
    expect(parseDeadline('2026-03-20T17:00+01:00', scenario)).toEqual({ minutes: (18 * 24 + 16) * 60, offsetMin: 60 });
    expect(parseDeadline('2026-03-20T16:00Z', scenario)).toEqual({ minutes: (18 * 24 + 16) * 60, offsetMin: 0 });
    expect(formatAtOffset('2026-03-20T16:00:00Z', '+01:00')).toBe('2026-03-20 17:00 +01:00');
  });

  it('refuses a deadline without offset, a date that does not exist, one before the start or past the horizon', () => {
    expect(parseDeadline('2026-03-20 17:00', scenario)).toMatch(/with its UTC offset/);
    expect(parseDeadline('2026-02-30T17:00Z', scenario)).toMatch(/no such date/);
    expect(parseDeadline('2026-03-01T17:00Z', scenario)).toMatch(/not after the scenario's start \(2026-03-02T00:00:00.000Z\)/);
    expect(parseDeadline('2026-05-01T17:00Z', scenario)).toMatch(/after the end of the simulated time/);
  });
});

describe('the set of assets', () => {
  const deadline = (days: number) => days * 1440;

  it('by default, every campaign and one-off published by the deadline', () => {
    // Launch #1 at day 0 (2 templates + 4 variants), Key art at day 7 (one asset), Launch #2 at day 14;
    // campaigns are numbered in publishing order.
    const set = selectAssets(scenario, { deadlineMin: deadline(10) });
    expect(set).toEqual({
      keys: ['c0/hero', 'c0/hero/instagram', 'c0/hero/email', 'c0/banner', 'c0/banner/instagram', 'c0/banner/email', 'c1/Key art'],
      campaigns: [{ name: 'Launch #1', publishMin: 0, assets: 6 }, { name: 'Key art', publishMin: deadline(7), assets: 1 }],
    });
  });

  it('a campaign by name (every instance by the deadline, or one by "#k"), narrowed by channel and type', () => {
    const all = selectAssets(scenario, { deadlineMin: deadline(20), campaign: 'Launch', channels: ['instagram'] });
    expect(all).toMatchObject({ keys: ['c0/hero/instagram', 'c0/banner/instagram', 'c2/hero/instagram', 'c2/banner/instagram'] });
    const second = selectAssets(scenario, { deadlineMin: deadline(20), campaign: 'Launch #2', types: ['hero'] });
    expect(second).toMatchObject({ keys: ['c2/hero', 'c2/hero/instagram', 'c2/hero/email'] });
  });

  it('the keys are the ones the model gives its assets', () => {
    const keys = new Set<string>();
    runReplication(scenario, 'async', 0, { inspect: (w) => w.assets.forEach((a) => keys.add(a.key)) });
    const set = selectAssets(scenario, { deadlineMin: deadline(20) });
    expect(typeof set === 'string' ? set : set.keys.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('refuses an unknown campaign, channel or type, and a deadline before any brief', () => {
    expect(selectAssets(scenario, { deadlineMin: deadline(20), campaign: 'Lunch' })).toMatch(/no campaign of that name; the scenario's campaigns are "Launch", "Key art"/);
    expect(selectAssets(scenario, { deadlineMin: deadline(20), channels: ['tiktok'] })).toMatch(/--channel tiktok: none of the chosen campaigns has it/);
    expect(selectAssets(scenario, { deadlineMin: deadline(20), types: ['poster'] })).toMatch(/--type poster/);
    expect(selectAssets(scenario, { deadlineMin: deadline(3), campaign: 'Key art' })).toMatch(/no campaign "Key art" is published by the deadline/);
  });
});
