import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('run');
const SMALL = 'scenarios/small-team-3-channels.yaml';
const leftovers = () => readdirSync(tmp).filter((f) => f.endsWith('.tmp'));

describe('handoff run', () => {
  it('--json prints the result document and nothing else; --workers 1 and 2 give identical bytes', () => {
    const one = handoff(['run', SMALL, '-r', '4', '--json', '--workers', '1']);
    const two = handoff(['run', SMALL, '-r', '4', '--json', '--workers', '2']);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const doc = JSON.parse(one.stdout);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.replications).toBe(4);
    expect(doc.results).toHaveLength(1);
    expect(doc.results[0].metrics.cycleTimeHours.ci95).toHaveLength(2);
  });

  it('--model and --seed choose what runs; an unknown model is a usage error (exit 2)', async () => {
    const r = await handoffInProcess(['run', SMALL, '-r', '2', '-w', '1', '-m', 'sync', '-s', '99', '--json']);
    const doc = JSON.parse(r.stdout);
    expect([doc.results[0].model, doc.seed]).toEqual(['sync', 99]);
    const bad = await handoffInProcess(['run', SMALL, '-m', 'carrier-pigeon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown model "carrier-pigeon"; choose one of sync, async, hybrid, event-driven/);
  });

  it('prints a table for people by default: the metrics with mean and 95% CI', async () => {
    const r = await handoffInProcess(['run', SMALL, '-r', '3', '-w', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^.+ — sync, 3 replications, seed \d+\n/);
    expect(r.stdout).toMatch(/Cycle time \(h\) +[\d.]+ +\[[\d.]+, [\d.]+\]/);
    expect(r.stderr).toBe('');
  });

  it('--csv prints one row per metric with the contract columns', async () => {
    const r = await handoffInProcess(['run', SMALL, '-r', '3', '-w', '1', '-m', 'async', '--csv']);
    // Fields split at commas outside quotes (a label such as "Person-hours, total" is quoted).
    const fields = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1);
    const [header, ...rows] = r.stdout.trim().split('\n').map(fields);
    expect(header).toEqual(['model', 'metric', 'mean', 'sd', 'ci95Lo', 'ci95Hi', 'p50', 'p90', 'p95', 'label', 'unit']);
    const cycle = rows.find((row) => row[1] === 'cycleTimeHours')!;
    expect(cycle[0]).toBe('async');
    expect(cycle.slice(2, 9).every((v) => Number.isFinite(Number(v)) && v !== '')).toBe(true);
    expect(cycle.slice(9)).toEqual(['Cycle time', 'hours']);
    expect(Number(cycle[4])).toBeLessThanOrEqual(Number(cycle[2]));
    expect(rows.every((row) => row.length === 11)).toBe(true);
    expect(rows.find((row) => row[1] === 'personHoursTotal')!.slice(9)).toEqual(['Person-hours, total', 'person-hours']);
  });

  it('--json with --csv is a usage error', async () => {
    expect((await handoffInProcess(['run', SMALL, '--json', '--csv'])).code).toBe(2);
  });

  it('--events writes replication 0 as CSV: ISO time, asset, person, activity, state, in time order', () => {
    const events = join(tmp, 'events.csv');
    const r = handoff(['run', SMALL, '-r', '1', '-m', 'async', '--events', events, '--json']);
    expect(r.code).toBe(0);
    const [header, ...rows] = readFileSync(events, 'utf8').trim().split('\n');
    expect(header).toBe('time,asset,person,activity,state');
    expect(rows.length).toBeGreaterThan(50);
    const times = rows.map((l) => l.split(',')[0]);
    expect(times.every((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(t))).toBe(true);
    expect([...times].sort()).toEqual(times);
    expect(rows.some((l) => /,approved,approved$/.test(l))).toBe(true);
    const people = new Set(JSON.parse(r.stdout).scenario.people.map((p: { name: string }) => p.name));
    expect(rows.every((l) => l.split(',')[2] === '' || people.has(l.split(',')[2]))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('--out writes the same document as --json, atomically', () => {
    const out = join(tmp, 'result.json');
    const r = handoff(['run', SMALL, '-r', '2', '--out', out, '--json']);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    expect(leftovers()).toEqual([]);
  });

  it('a failing run leaves no file behind: an invalid scenario, or a run that blows its event budget', () => {
    const invalid = join(tmp, 'invalid.json');
    expect(handoff(['run', 'test/cli/fixtures/negative-mean.yaml', '--out', invalid]).code).toBe(1);
    expect(existsSync(invalid)).toBe(false);
    const runaway = join(tmp, 'runaway.yaml');
    writeFileSync(runaway, `${readFileSync('scenarios/mm3-review-queue.yaml', 'utf8')}\nlimits: { maxEvents: 1000 }\n`);
    const out = join(tmp, 'runaway.json');
    const events = join(tmp, 'runaway.csv');
    const r = handoff(['run', runaway, '-r', '2', '--out', out, '--events', events]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^handoff: the simulation processed 1,000 events/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect([existsSync(out), existsSync(events)]).toEqual([false, false]);
    expect(leftovers()).toEqual([]);
  });

  it('an --out it cannot write is exit 1 with the reason, no stack trace', async () => {
    const r = await handoffInProcess(['run', SMALL, '-r', '1', '-w', '1', '--out', join(tmp, 'no-such-dir', 'x.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.json: cannot write: ENOENT/);
    expect(r.stdout).toBe('');
  });
});
