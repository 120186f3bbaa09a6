import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SizeDocument } from '../../src/sim/index.js';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('size');
const SLA = 'scenarios/async-with-sla.yaml';
const LEVERS = ['--vary', 'team.reviewers.count=1..3', '--vary', 'async.sla.firstResponse=2bh,8bh'];
const QUICK = ['--min-replications', '5', '--max-replications', '20'];

describe('handoff size', () => {
  it('prints every candidate with its estimate, interval and verdict, then the answer and the Pareto front', async () => {
    const r = await handoffInProcess(['size', SLA, '--target', 'cycleTimeHours.p90<=30', ...LEVERS, ...QUICK, '-w', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Size: cycleTimeHours.p90<=30 at 95% confidence, minimising personHoursTotal (model async)');
    expect(lines[2].split(/\s{2,}/)).toEqual(['#', 'team.reviewers.count', 'async.sla.firstResponse', 'personHoursTotal', 'cycleTimeHours.p90<=30', 'Verdict', 'Replications']);
    expect(lines.slice(4, 10).map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([['0', '1', '2bh'], ['1', '1', '8bh'], ['2', '2', '2bh'], ['3', '2', '8bh'], ['4', '3', '2bh'], ['5', '3', '8bh']]);
    expect(lines[4]).toMatch(/ [\d.]+ \[[\d.]+, [\d.]+\] (meets|fails|undecided) +(meets|fails|undecided)/);
    expect(r.stdout).toMatch(/is the cheapest setting that meets cycleTimeHours\.p90<=30 \(personHoursTotal [\d.]+\); 95% confident that every verdict is right/);
    expect(r.stdout).toMatch(/Pareto front \(cheapest first\):\n  cost vs cycleTimeHours\.p90<=30: #\d/);
    expect(r.stdout).toMatch(/cycleTimeHours\.p90<=30 is on the mean across replications of each replication's p90/);
  });

  it('--json and --out write the same document; --workers 1 and 3 give identical bytes', () => {
    const out = join(tmp, 'size.json');
    const args = ['size', SLA, '--target', 'cycleTimeHours.p90<=24', '--target', 'slaAttainment>=0.5', ...LEVERS, ...QUICK, '--json'];
    const one = handoff([...args, '-w', '1']);
    const three = handoff([...args, '-w', '3', '--out', out]);
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    const doc = JSON.parse(one.stdout) as SizeDocument;
    expect(doc.kind).toBe('size');
    expect(doc.schemaVersion).toBe(1);
    expect(doc.levers).toEqual([{ path: 'team.reviewers.count', values: [1, 2, 3] }, { path: 'async.sla.firstResponse', values: ['2bh', '8bh'] }]);
    expect(doc.procedure.looks).toEqual([5, 10, 20]);
    expect(doc.candidates).toHaveLength(6);
    for (const c of doc.candidates) {
      expect(doc.procedure.looks).toContain(c.replications);
      expect(c.targets.map((t) => t.target)).toEqual(['cycleTimeHours.p90<=24', 'slaAttainment>=0.5']);
    }
    expect(doc.replicationsTotal).toBe(doc.candidates.reduce((a, c) => a + c.replications, 0));
    expect(doc.replicationsFixedGrid).toBe(6 * 20);
  });

  it('common random numbers: a candidate run alone gets the same estimates as in the grid', async () => {
    const grid = JSON.parse((await handoffInProcess(['size', SLA, '--target', 'cycleTimeHours<=1000', ...LEVERS, ...QUICK, '-w', '1', '--json'])).stdout) as SizeDocument;
    const alone = JSON.parse((await handoffInProcess(['size', SLA, '--target', 'cycleTimeHours<=1000', '--vary', 'team.reviewers.count=2', '--vary', 'async.sla.firstResponse=8bh', ...QUICK, '-w', '1', '--json'])).stdout) as SizeDocument;
    // Every candidate meets the easy target at the first look: same replications 0..4 everywhere.
    expect(grid.candidates[3].replications).toBe(5);
    expect(alone.candidates[0].targets[0].mean).toBe(grid.candidates[3].targets[0].mean);
    expect(alone.candidates[0].cost).toEqual(grid.candidates[3].cost);
  });

  it('"no setting meets the target" is a clear answer, with the nearest miss', async () => {
    const r = await handoffInProcess(['size', SLA, '--target', 'cycleTimeHours.p90<=1', ...LEVERS, ...QUICK, '-w', '1', '--json']);
    const doc = JSON.parse(r.stdout) as SizeDocument;
    expect(doc.answer.status).toBe('none');
    expect(doc.answer.candidate).toBeNull();
    const nearest = doc.candidates[doc.answer.nearestMiss!];
    const best = Math.min(...doc.candidates.map((c) => c.targets[0].mean!));
    expect(nearest.targets[0].mean).toBe(best);
    expect(doc.answer.sentence).toMatch(/^No setting meets cycleTimeHours\.p90<=1 \(95% confident that every verdict is right\)\. The nearest miss is team\.reviewers\.count=\d, async\.sla\.firstResponse=\dbh: cycleTimeHours\.p90 [\d.]+\.$/);
  });

  it('a lever can be the cost: the fewest reviewers that meet the target', async () => {
    const r = await handoffInProcess(['size', SLA, '--target', 'cycleTimeHours.p90<=60', '--vary', 'team.reviewers.count=1..4', '--cost', 'team.reviewers.count', ...QUICK, '-w', '1', '--json']);
    const doc = JSON.parse(r.stdout) as SizeDocument;
    expect(doc.cost).toEqual({ kind: 'setting', name: 'team.reviewers.count' });
    const meets = doc.candidates.filter((c) => c.verdict === 'meets').map((c) => c.settings['team.reviewers.count'] as number);
    expect(doc.answer.status).toBe('meets');
    expect(doc.candidates[doc.answer.candidate!].settings['team.reviewers.count']).toBe(Math.min(...meets));
    // Costlier candidates are not decided once a cheaper one meets the target.
    for (const c of doc.candidates) if (c.stoppedBy === 'dominated') expect(doc.candidates[c.dominatedBy!].verdict).toBe('meets');
  });

  it('bad input is one clear line and exit 1: malformed or unknown targets, malformed or empty levers, a bad path', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--target', 'cycleTimeHours<24', ...LEVERS], /^--target "cycleTimeHours<24": write metric<=value or metric>=value/],
      [['--target', 'cycleTime.p90<=24', ...LEVERS], /unknown metric "cycleTime"; known metrics: cycleTimeHours, cycleTimeHoursUrgent, /],
      [['--target', 'reworkRate.p90<=0.1', ...LEVERS], /reworkRate has no statistic "p90"; choose mean/],
      [['--vary', 'team.reviewers.count'], /--target/],
      [['--target', 'cycleTimeHours<=24', '--vary', 'team.reviewers.count'], /^--vary "team\.reviewers\.count" is not a setting/],
      [['--target', 'cycleTimeHours<=24', '--vary', 'team.reviewers.count='], /empty path or value/],
      [['--target', 'cycleTimeHours<=24', '--vary', 'team.reviewers.count=4..1'], /runs backwards/],
      [['--target', 'cycleTimeHours<=24'], /at least one --vary/],
      [['--target', 'cycleTimeHours<=24', '--vary', 'team.reviewers.count=-1'], /async-with-sla\.yaml:\d+:\d+: .*count/],
      [['--target', 'cycleTimeHours<=24', ...LEVERS, '--cost', 'money'], /--cost "money": neither a metric nor a --vary path/],
    ];
    for (const [args, message] of cases) {
      const r = await handoffInProcess(['size', SLA, ...args, '-w', '1']);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
