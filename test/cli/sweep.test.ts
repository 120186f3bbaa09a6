import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('sweep');
const SLA = 'scenarios/async-with-sla.yaml';
const GRID = ['--set', 'team.reviewers.count=2,3', '--set', 'async.sla.firstResponse=4bh,8bh'];

describe('handoff sweep', () => {
  it('runs the grid and writes one document with a points array; --workers 1 and 2 give identical bytes', () => {
    const out = join(tmp, 'sweep.json');
    const one = handoff(['sweep', SLA, ...GRID, '-r', '2', '--workers', '1', '--json']);
    const two = handoff(['sweep', SLA, ...GRID, '-r', '2', '--workers', '2', '--json', '--out', out]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    const doc = JSON.parse(one.stdout);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'scenario', 'seed', 'replications', 'sweep', 'points']);
    expect(doc.sweep.parameters).toEqual([
      { path: 'team.reviewers.count', values: [2, 3] },
      { path: 'async.sla.firstResponse', values: ['4bh', '8bh'] },
    ]);
    expect(doc.points.map((p: { settings: object }) => p.settings)).toEqual([
      { 'team.reviewers.count': 2, 'async.sla.firstResponse': '4bh' },
      { 'team.reviewers.count': 2, 'async.sla.firstResponse': '8bh' },
      { 'team.reviewers.count': 3, 'async.sla.firstResponse': '4bh' },
      { 'team.reviewers.count': 3, 'async.sla.firstResponse': '8bh' },
    ]);
    expect(doc.points[0].results[0].model).toBe('async');
    expect(doc.points[0].results[0].metrics.cycleTimeHours.mean).toBeGreaterThan(0);
    // More reviewers, more review capacity: the people list of each point is the scenario's, but the hours differ.
    expect(doc.points[2].results[0].metrics.personHoursTotal.mean).not.toBe(doc.points[0].results[0].metrics.personHoursTotal.mean);
  });

  it('prints a table: one row per point, its settings, then the headline figures', async () => {
    const r = await handoffInProcess(['sweep', SLA, ...GRID, '-r', '2', '-w', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/sweep of 4 points under async; 2 replications each/);
    // The headers are the catalogue's labels and units.
    expect(lines[2].split(/\s{2,}/)).toEqual([
      'team.reviewers.count',
      'async.sla.firstResponse',
      'Cycle time (h)',
      'Cycle time, p90 (h)',
      'Rework rate (more than one revision)',
      'Sent back at least once',
      'SLA attainment',
      'Person-hours, total (person-h)',
    ]);
    expect(lines.slice(4, 8).map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual([['2', '4bh'], ['2', '8bh'], ['3', '4bh'], ['3', '8bh']]);
    expect(lines[4]).toMatch(/ [\d.]+ ±[\d.]+ +[\d.]+ +[\d.]+% +[\d.]+% +[\d.]+% +[\d,]+ ±[\d.]+$/);
  });

  it('--metric chooses the columns (a percentile as name:p95); an unknown name is exit 2 with the known ones', async () => {
    const r = await handoffInProcess(['sweep', SLA, '--set', 'team.reviewers.count=2,3', '-r', '2', '-w', '1', '--metric', 'firstResponseHours,cycleTimeHours:p95,slaMisses']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[2].split(/\s{2,}/)).toEqual(['team.reviewers.count', 'First response (h)', 'Cycle time, p95 (h)', 'SLA missed (tickets)']);
    const bad = await handoffInProcess(['sweep', SLA, '--set', 'team.reviewers.count=2,3', '--metric', 'p90CycleTime']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^--metric: unknown metric "p90CycleTime"; the known metrics are/);
  });

  it('--csv: the settings, then model, metric and the figures', async () => {
    const r = await handoffInProcess(['sweep', SLA, '--set', 'team.reviewers.count=2,3', '-r', '2', '-w', '1', '--csv']);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe('team.reviewers.count,model,metric,mean,sd,ci95Lo,ci95Hi,p50,p90,p95,label,unit');
    expect(rows.filter((l) => l.includes(',cycleTimeHours,')).map((l) => l.split(',')[0])).toEqual(['2', '3']);
  });

  it('an invalid value names the file, line, column and setting; exit 1, nothing run', async () => {
    const r = await handoffInProcess(['sweep', SLA, '--set', 'team.reviewers.count=0,2', '--set', 'async.sla.firstResponse=1m,8bh', '-r', '1', '-w', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^scenarios\/async-with-sla\.yaml:\d+:\d+: team\.reviewers\.count: .*\(set to 0 by an override\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^scenarios\/async-with-sla\.yaml:\d+:\d+: async\.sla\.firstResponse: the SLA \(1 min\) is shorter than a typical review.*\(set to "1m" by an override\)$/));
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('a problem a setting causes elsewhere names the point', async () => {
    // Moving everyone in the meeting to Tokyo puts its 10:00 New York slot in their night.
    const r = await handoffInProcess(['sweep', 'scenarios/flagship-launch.yaml', '--set', 'team.director.tz=America/New_York,Asia/Tokyo', '--set', 'team.reviewers.tz=Asia/Tokyo', '--model', 'sync', '-r', '1', '-w', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^scenarios\/flagship-launch\.yaml:\d+:\d+: sync\.time: the meeting at 10:00 America\/New_York \(45 min\) is outside the working hours of every attendee \(Dana, .*\(at the point team\.director\.tz=Asia\/Tokyo, team\.reviewers\.tz=Asia\/Tokyo\)$/,
    );
  });

  it('usage errors are exit 2: no --set, a --set without values, a path set twice', async () => {
    for (const args of [[], ['--set', 'team.reviewers.count'], ['--set', 'a=1', '--set', 'a=2'], ['--set', '=1,2']]) {
      const r = await handoffInProcess(['sweep', SLA, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--set|sweep needs/);
    }
  });
});
