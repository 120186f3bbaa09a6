import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem, loadScenario, type Problem } from '../../src/sim/index.js';

const MM3 = readFileSync('scenarios/mm3-review-queue.yaml', 'utf8');

function problems(text: string): Problem[] {
  const r = loadScenario(text);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('loading scenarios', () => {
  it('the published M/M/3 example is valid and resolves units to minutes', () => {
    const r = loadScenario(MM3);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.horizonMin).toBe(40 * 10080);
    expect(r.scenario.warmupMin).toBe(2 * 10080);
    expect(r.scenario.streams.map((s) => s.arrivals)).toEqual([{ kind: 'renewal', interarrival: { kind: 'exponential', mean: 25 } }]);
    expect(r.scenario.effort.review).toEqual({ kind: 'exponential', mean: 60 });
    expect(r.scenario.people).toHaveLength(3);
    expect(r.scenario.quality.rework).toBe(false);
  });

  it('a malformed duration names its field, line and column', () => {
    const text = MM3.replace('mean: 25m', 'mean: 25 minutes');
    const [p] = problems(text);
    expect(p.path).toEqual(['work', 'stream', 'interarrival', 'exponential', 'mean']);
    expect(p.line).toBe(lineOf(text, 'mean: 25 minutes'));
    expect(p.message).toMatch(/not a duration/);
    expect(formatProblem('mm3.yaml', p)).toMatch(/^mm3\.yaml:\d+:\d+: work\.stream\.interarrival\.exponential\.mean: /);
  });

  it('a negative mean is reported as negative', () => {
    const text = MM3.replace('mean: 60m', 'mean: -60m');
    const [p] = problems(text);
    expect(p.path).toEqual(['effort', 'review', 'exponential', 'mean']);
    expect(p.message).toMatch(/negative/);
    expect(p.line).toBe(lineOf(text, '-60m'));
  });

  it('a zero mean is reported as not positive', () => {
    const [p] = problems(MM3.replace('mean: 60m', 'mean: 0m'));
    expect(p.path).toEqual(['effort', 'review', 'exponential', 'mean']);
    expect(p.message).toMatch(/positive/);
  });

  it('an unknown time zone is reported at the tz field', () => {
    const text = MM3.replace('hours: 24/7', 'hours: 24/7, tz: Mars/Olympus_Mons');
    const [p] = problems(text);
    expect(p.path).toEqual(['team', 'reviewers', 'tz']);
    expect(p.message).toMatch(/IANA time zone/);
    expect(p.line).toBe(lineOf(text, 'Mars/'));
  });

  it('reports every problem at once, in line order', () => {
    const text = MM3.replace('mean: 25m', 'mean: 25').replace('mean: 60m', 'mean: -1h').replace('order: fifo', 'order: lifo');
    const ps = problems(text);
    expect(ps.length).toBe(3);
    expect(ps.map((p) => p.line)).toEqual([...ps.map((p) => p.line)].sort((a, b) => a! - b!));
  });

  it('an unknown field is named', () => {
    const [p] = problems(MM3.replace('seed: 7', 'seed: 7\nreplicatoins: 5'));
    expect(p.path).toEqual(['replicatoins']);
    expect(p.message).toBe('unknown field "replicatoins"');
  });

  it('broken YAML gives a located syntax problem, not an exception', () => {
    const [p] = problems('name: x\nteam: {reviewers: [\n');
    expect(p.line).toBeGreaterThan(0);
    expect(p.message).toMatch(/not valid YAML/);
  });

  it('JSON scenarios are read too, with lines', () => {
    const json = JSON.stringify({ name: 'j', team: { r: { role: 'reviewer', tz: 'Nowhere/Land' } }, work: { stream: { interarrival: '10m' } } }, null, 2);
    const [p] = problems(json);
    expect(p.path).toEqual(['team', 'r', 'tz']);
    expect(p.line).toBe(lineOf(json, 'Nowhere'));
  });
});
