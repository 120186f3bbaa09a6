import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { loadScenario, type Scenario } from '../../src/sim/index.js';
import { extendNames, isBaseline, leverOptions, movedLever, nextMoves, overrideText, setLever, whatIfBaseline, whatIfOverrides, type WhatIfState } from '../../web/src/transforms/what-if.js';
import { pairedHalfWidth, replicationValues, whatIfDeltas, type ReplicationValues } from '../../web/src/transforms/what-if-deltas.js';
import type { ReplicationResult } from '../../src/sim/index.js';
import { scenarioText, comparison } from './fixtures.js';

function baselineOf(name: string) {
  const text = scenarioText(name);
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error('scenario does not load');
  return { text, baseline: whatIfBaseline(parse(text), loaded.scenario) };
}

function applied(text: string, overrides: ReturnType<typeof whatIfOverrides>): Scenario {
  const loaded = loadScenario(text, { overrides });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  return loaded.scenario;
}

describe('what-if levers', () => {
  const { text, baseline } = baselineOf('flagship-launch');

  it('the next moves run ahead are one reviewer more, then one fewer, as the lever would set them', () => {
    expect(nextMoves(baseline, {})).toEqual([{ reviewers: { reviewers: 3 } }, { reviewers: { reviewers: 1 } }]);
    // From three, one fewer is the file's own setting: no reviewers lever set at all.
    expect(nextMoves(baseline, { reviewers: { reviewers: 3 }, sla: '4bh' })).toEqual([{ reviewers: { reviewers: 4 }, sla: '4bh' }, { sla: '4bh' }]);
    expect(nextMoves(baseline, { reviewers: { reviewers: 1 } })).toEqual([{}]);
    expect(nextMoves(baseline, { reviewers: { reviewers: 200 } })).toEqual([{ reviewers: { reviewers: 199 } }]);
    // Each is exactly what moving the lever there asks for (the run's cache key depends on it).
    for (const state of nextMoves(baseline, {})) expect(whatIfOverrides(baseline, state)).toEqual(whatIfOverrides(baseline, setLever(baseline, {}, 'reviewers', state.reviewers ?? { reviewers: 2 })));
  });

  it('run a step either way on the lever moved last first, each as moving the lever there sets it, then the reviewers', () => {
    const reviewers = [{ reviewers: { reviewers: 3 } }, { reviewers: { reviewers: 1 } }];
    const with_ = (state: WhatIfState) => nextMoves(baseline, state, movedLever({}, state));
    // The file's SLA is 8bh: from 4bh, the choices either side are 8bh (the file's: the lever unset) and 2bh.
    expect(with_({ sla: '4bh' })).toEqual([{}, { sla: '2bh' }, ...reviewers.map((r) => ({ ...r, sla: '4bh' }))]);
    expect(nextMoves(baseline, {}, 'sla')).toEqual([{ sla: '16bh' }, { sla: '4bh' }, ...reviewers]);
    expect(nextMoves(baseline, {}, 'escalation').slice(0, 2)).toEqual([{ escalation: '24bh' }, { escalation: '8bh' }]);
    expect(nextMoves(baseline, {}, 'meetingLength').slice(0, 2)).toEqual([{ meetingLength: '1h' }, { meetingLength: '30m' }]);
    // Daily is the first cadence: only the next one.
    expect(nextMoves(baseline, {}, 'cadence').slice(0, 2)).toEqual([{ cadence: 'weekly' }, ...reviewers.slice(0, 1)]);
    // Clarity on the range's 0.05 grid, never past 1; channels by one; a toggle flipped.
    expect(nextMoves(baseline, {}, 'clarity').slice(0, 2)).toEqual([{ clarity: 0.45 }, { clarity: 0.35 }]);
    expect(nextMoves(baseline, { clarity: 1 }, 'clarity').slice(0, 2)).toEqual([{ clarity: 0.95 }, ...reviewers.map((r) => ({ ...r, clarity: 1 })).slice(0, 1)]);
    expect(nextMoves(baseline, {}, 'channels').slice(0, 2)).toEqual([{ channels: 9 }, { channels: 7 }]);
    expect(nextMoves(baseline, {}, 'preflight').slice(0, 2)).toEqual([{ preflight: true }, ...reviewers.slice(0, 1)]);
    expect(nextMoves(baseline, { dashboard: false }, 'dashboard')[0]).toEqual({});
    // The reviewers lever moved last: its own steps, once.
    expect(nextMoves(baseline, {}, 'reviewers')).toEqual(reviewers);
    // A file without an SLA lists "none" first: from none, the next choice is the shortest SLA.
    const none = baselineOf('async-without-sla').baseline;
    expect(leverOptions(['2bh', '4bh'], none.sla)).toEqual(['', '2bh', '4bh']);
    expect(nextMoves(none, {}, 'sla')[0]).toEqual({ sla: '2bh' });
    expect(nextMoves(none, { sla: '2bh' }, 'sla')[1]).toEqual({});
  });

  it('name the lever a move changed, and none when a move changed none or several (a reset)', () => {
    expect(movedLever({}, { sla: '4bh' })).toBe('sla');
    expect(movedLever({ sla: '4bh' }, {})).toBe('sla');
    expect(movedLever({ reviewers: { reviewers: 3 } }, { reviewers: { reviewers: 4 } })).toBe('reviewers');
    expect(movedLever({ sla: '4bh', clarity: 0.5 }, { sla: '4bh', clarity: 0.55 })).toBe('clarity');
    expect(movedLever({ sla: '4bh' }, { sla: '4bh' })).toBeNull();
    expect(movedLever({ sla: '4bh', channels: 3 }, {})).toBeNull();
  });

  it('read the scenario’s own settings', () => {
    expect(baseline).toMatchObject({
      reviewerGroups: [{ group: 'reviewers', count: 2, names: null }],
      sla: '8bh',
      escalation: '12bh',
      cadence: 'daily',
      meetingLength: '45m',
      clarity: 0.4,
      campaigns: 1,
      preflight: false,
      dashboard: true,
      channels: 8,
    });
    expect(baseline.channelNames[0]).toHaveLength(8);
  });

  it('become overrides on the scenario’s real field paths, which the library accepts', () => {
    const state: WhatIfState = { reviewers: { reviewers: 3 }, sla: '4bh', escalation: '6bh', cadence: 'weekly', meetingLength: '1h', clarity: 0.8, preflight: true, dashboard: false, channels: 10 };
    const overrides = whatIfOverrides(baseline, state);
    expect(overrideText(overrides)).toEqual([
      'team.reviewers.count=3',
      'async.sla.firstResponse=4bh',
      'async.escalation.after=6bh',
      'sync.cadence=weekly',
      'sync.duration=1h',
      'work.campaigns.0.clarity=0.8',
      'preflight.enabled=true',
      'async.dashboard=false',
      expect.stringMatching(/^work\.campaigns\.0\.channels=\["instagram-feed",.*"channel-1","channel-2"\]$/),
    ]);
    const s = applied(text, overrides);
    expect(s.groups.get('reviewers')).toHaveLength(3);
    expect(s.async.sla!.firstResponse).toEqual({ minutes: 240, business: true });
    expect(s.async.escalation!.after).toEqual({ minutes: 360, business: true });
    expect(s.sync.daily).toBe(false);
    expect(s.sync.durationMin).toBe(60);
    expect(s.campaigns.every((c) => c.clarity === 0.8)).toBe(true);
    expect(s.campaigns[0].channels).toHaveLength(10);
    expect(s.preflight.enabled).toBe(true);
    expect(s.async.dashboard).toBe(false);
    // And the compiled scenario reads back as the new baseline.
    const again = whatIfBaseline(parse(text), s);
    expect(again).toMatchObject({ sla: '4bh', escalation: '6bh', cadence: 'weekly', meetingLength: '1h', preflight: true, dashboard: false, channels: 10 });
  });

  it('fewer channels keep the first names', () => {
    const s = applied(text, whatIfOverrides(baseline, { channels: 3 }));
    expect(s.campaigns[0].channels).toEqual(['instagram-feed', 'instagram-story', 'facebook']);
  });

  it('grow a group given by names with new unique names, count and names agreeing', () => {
    const named = baselineOf('berlin-designers-ny-reviewers');
    const group = named.baseline.reviewerGroups[0];
    const overrides = whatIfOverrides(named.baseline, { reviewers: { [group.group]: group.count + 2 } });
    const s = applied(named.text, overrides);
    expect(s.groups.get(group.group)).toHaveLength(group.count + 2);
    expect(new Set(s.people.map((p) => p.name)).size).toBe(s.people.length);
  });

  it('add an SLA to a scenario that has none', () => {
    const none = baselineOf('async-without-sla');
    expect(none.baseline.sla).toBeNull();
    const s = applied(none.text, whatIfOverrides(none.baseline, { sla: '8bh' }));
    expect(s.async.sla!.firstResponse.minutes).toBe(480);
  });

  it('hold changes only: a lever set back to the file’s value disappears', () => {
    let state = setLever(baseline, {}, 'sla', '4bh');
    state = setLever(baseline, state, 'reviewers', { reviewers: 4 });
    expect(isBaseline(state)).toBe(false);
    state = setLever(baseline, state, 'sla', '8bh');
    state = setLever(baseline, state, 'reviewers', { reviewers: 2 });
    expect(state).toEqual({});
    expect(whatIfOverrides(baseline, {})).toEqual([]);
  });

  it('extend names without clashing (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('a', 'b', 'x-1', 'x-2', 'x-4'), { maxLength: 5 }), fc.integer({ min: 1, max: 12 }), (names, n) => {
        const out = extendNames(names, n, 'x');
        expect(out).toHaveLength(n);
        expect(new Set(out).size).toBe(n);
        expect(out.slice(0, Math.min(n, names.length))).toEqual(names.slice(0, n));
      }),
    );
  });
});

describe('what-if comparison', () => {
  it('reads each figure before and after, and says which way it moved', () => {
    const before = comparison('flagship-launch', 4);
    const after = JSON.parse(JSON.stringify(before)) as typeof before;
    const hybrid = after.results.find((r) => r.model === 'hybrid')!;
    (hybrid.metrics.reworkRate as { mean: number }).mean -= 0.05;
    (hybrid.metrics.throughputPerWeek as { mean: number }).mean -= 1;
    const t = whatIfDeltas(before, after);
    const cell = (label: string) => t.rows.find((r) => r.label === label)!.cells[t.models.indexOf('hybrid')];
    expect(cell('Rework rate (more than one revision)')).toMatchObject({ direction: 'better', change: '−5.0 pp' });
    expect(cell('Sent back at least once').direction).toBe('same');
    expect(cell('Throughput').direction).toBe('worse');
    expect(cell('Cycle time').direction).toBe('same');
    expect(t.rows.find((r) => r.label === 'SLA attainment')!.cells[t.models.indexOf('sync')].direction).toBeNull();
  });

  it('a mean that moved less than the 95% interval of the difference reads within noise; more reads as a change; p90 has no interval', () => {
    const before = comparison('flagship-launch', 4);
    const cycle = (doc: typeof before) => doc.results.find((r) => r.model === 'async')!.metrics.cycleTimeHours as { mean: number; ci95: [number, number] };
    const half = (cycle(before).ci95[1] - cycle(before).ci95[0]) / 2;
    // Both runs with the same interval: the difference's is √2 times as wide.
    const noise = Math.SQRT2 * half;
    expect(noise / cycle(before).mean).toBeGreaterThan(0.01);
    const moved = (by: number) => {
      const after = JSON.parse(JSON.stringify(before)) as typeof before;
      cycle(after).mean += by;
      const t = whatIfDeltas(before, after);
      const row = (label: string) => t.rows.find((r) => r.label === label)!.cells[t.models.indexOf('async')];
      return { mean: row('Cycle time'), p90: row('Cycle time (p90)') };
    };
    const small = moved(0.9 * noise).mean;
    expect(small).toMatchObject({ direction: 'worse', clear: false });
    expect(small.noise).toBeCloseTo(noise, 9);
    expect(small.change).toMatch(/, within noise \(±[\d.]+ h\)$/);
    const large = moved(1.1 * noise).mean;
    expect(large).toMatchObject({ direction: 'worse', clear: true });
    expect(large.change).not.toMatch(/noise/);
    expect(moved(-1.1 * noise).mean).toMatchObject({ direction: 'better', clear: true });
    expect(moved(0).mean).toMatchObject({ direction: 'same', clear: null });
    expect(moved(1.1 * noise).p90).toMatchObject({ clear: null, noise: null });
  });

  it('pairs the runs replication by replication when both runs\' values are given for the same replications', () => {
    // d = 1, 2, 3, 4: mean 2.5, sd √(5/3), t(3) = 3.182446: half-width 3.182446 · 1.290994 / 2.
    expect(pairedHalfWidth([0, 0, 0, 0], [1, 2, 3, 4])).toBeCloseTo((3.182446305284263 * Math.sqrt(5 / 3)) / 2, 9);
    // Pairs with a side missing are left out; fewer than two pairs give no interval.
    expect(pairedHalfWidth([0, NaN, 0, 0, 0], [1, 7, 2, 3, 4])).toBeCloseTo(pairedHalfWidth([0, 0, 0, 0], [1, 2, 3, 4])!, 12);
    expect(pairedHalfWidth([0, NaN], [1, 2])).toBeNull();

    const before = comparison('flagship-launch', 4);
    const n = before.replications;
    const cycle = (doc: typeof before) => doc.results.find((r) => r.model === 'async')!.metrics.cycleTimeHours as { mean: number; ci95: [number, number] };
    const unpaired = Math.SQRT2 * ((cycle(before).ci95[1] - cycle(before).ci95[0]) / 2);
    // Replications that share their random numbers: each moves by about the same amount.
    const base = Array.from({ length: n }, (_, i) => cycle(before).mean + (i - (n - 1) / 2) * 3);
    const shift = 0.5 * unpaired;
    const after = JSON.parse(JSON.stringify(before)) as typeof before;
    cycle(after).mean += shift;
    const values = (xs: number[]): ReplicationValues => ({ async: { cycleTimeHours: xs } });
    const shifted = base.map((x, i) => x + shift + (i % 2 === 0 ? 0.01 : -0.01));
    const cell = (v?: Parameters<typeof whatIfDeltas>[2], doc = after) => {
      const t = whatIfDeltas(before, doc, v);
      return t.rows.find((r) => r.label === 'Cycle time')!.cells[t.models.indexOf('async')];
    };
    expect(cell()).toMatchObject({ clear: false, paired: false });
    const paired = cell({ before: values(base), after: values(shifted) });
    expect(paired).toMatchObject({ clear: true, paired: true, direction: 'worse' });
    expect(paired.noise).toBeCloseTo(pairedHalfWidth(base, shifted)!, 12);
    // Without one side, or with other replications on one side, the runs' own intervals.
    expect(cell({ before: null, after: values(shifted) })).toMatchObject({ clear: false, paired: false });
    const fewer = JSON.parse(JSON.stringify(after)) as typeof after;
    fewer.replications = n - 1;
    expect(cell({ before: values(base), after: values(shifted.slice(0, n - 1)) }, fewer)).toMatchObject({ paired: false });
  });

  it('gathers the replication values of the compared means in index order, from results in any order, up to the replications asked', () => {
    const result = (model: string, index: number): ReplicationResult => ({ model, index, values: { cycleTimeHours: 10 + index, reworkRate: index / 10, extra: 1 } }) as unknown as ReplicationResult;
    const got = replicationValues([[result('sync', 2), result('sync', 0)], [result('sync', 1), result('sync', 3), result('async', 0)]], 3);
    expect(Object.keys(got).sort()).toEqual(['async', 'sync']);
    expect(got.sync.cycleTimeHours).toEqual([10, 11, 12]);
    expect(got.sync.reworkRate).toEqual([0, 0.1, 0.2]);
    expect(got.sync.slaAttainment).toEqual([NaN, NaN, NaN]);
    expect(got.async.cycleTimeHours).toEqual([10, NaN, NaN]);
    expect('extra' in got.sync).toBe(false);
  });
});
