import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const TRUTH = 'test/fixtures/fit/truth.yaml';
const tmp = tempDir('fit');
const clean = join(tmp, 'clean.csv');
const leftovers = () => readdirSync(tmp).filter((f) => f.startsWith('.') || f.endsWith('.tmp'));

describe('handoff fit on messy audits', () => {
  beforeAll(() => {
    expect(handoff(['run', TRUTH, '-r', '1', '--events', clean, '--events-format', 'audit']).code).toBe(0);
  });

  it('a header without a required column is exit 1 with its file:line:col, no stack trace, and no fitted file', async () => {
    const file = join(tmp, 'no-time.csv');
    writeFileSync(file, readFileSync(clean, 'utf8').replace(/^([^\n]*),time,/, '$1,when,'));
    const out = join(tmp, 'never.yaml');
    const r = await handoffInProcess(['fit', file, '--base', TRUTH, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file}:1:1: time: the header has no "time" column (required: asset, route, time, event; optional: campaign, asset_type, channel, designer, reviewer, decision, reason)\n`);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('a partly bad file fits, and reports each bad row at its row and column with counts used, repaired and dropped by reason', async () => {
    const lines = readFileSync(clean, 'utf8').trimEnd().split('\n');
    const header = lines[0];
    const rows = lines.slice(1);
    // Row 3 (file line 4) gets a date that does not exist; line 6 is repeated; two rows swap places;
    // an approval of an asset nobody submitted is added.
    rows[2] = rows[2].replace(/,2026-(\d\d)-\d\d/, ',2026-02-30');
    rows.splice(5, 0, rows[4]);
    [rows[40], rows[41]] = [rows[41], rows[40]];
    rows.push('ghost,,routine,social,async,designers-1,reviewers-1,2026-03-02T12:00:00Z,approved,approved,');
    const file = join(tmp, 'messy.csv');
    writeFileSync(file, [header, ...rows].join('\n') + '\n');
    const out = join(tmp, 'fitted.yaml');
    const r = await handoffInProcess(['fit', file, '--base', TRUTH, '-o', out, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.counts.rows).toBe(rows.length);
    expect(doc.counts.dropped).toMatchObject({ 'unreadable time': 1, 'duplicate row': 1, 'approval before any submission': 1 });
    expect(doc.counts.used + Object.values(doc.counts.dropped as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(doc.counts.rows);
    expect(doc.counts.problems).toContainEqual(expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: time: "2026-02-30T[^"]+" is not a date that exists: row dropped$`)));
    expect(doc.counts.problems).toContainEqual(expect.stringMatching(/:7:\d+: event: the same .* as row 6: duplicate dropped$/));
    expect(doc.counts.problems).toContainEqual(expect.stringMatching(/: event: asset "ghost": an approval with no submission waiting for it: row dropped$/));
    expect(existsSync(out)).toBe(true);
    // The text report says the same in words.
    const text = await handoffInProcess(['fit', file, '--base', TRUTH, '-o', out]);
    expect(text.stdout).toMatch(/Rows: \d+ read, \d+ used \(\d+ repaired\), 3 dropped/);
    expect(text.stdout).toMatch(/ {4}1 {2}duplicate row/);
    expect(text.stdout).toContain('Not identified (kept at the base\'s value):');
  });

  it('times without an offset need --tz; with it they are read in that zone', async () => {
    const file = join(tmp, 'local.csv');
    // Every time rewritten as Berlin wall-clock time without an offset ("2026-01-05 10:08:35").
    const berlin = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' });
    const text = readFileSync(clean, 'utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+[+-]\d\d:\d\d/g, berlin);
    writeFileSync(file, text);
    const out = join(tmp, 'local.yaml');
    const without = await handoffInProcess(['fit', file, '--base', TRUTH, '-o', out]);
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/no usable row in \d+: nothing to fit, nothing written\n$/);
    expect(without.stderr).toMatch(/has no UTC offset: write one .* or give the zone such times are in with --tz/);
    expect(existsSync(out)).toBe(false);
    const withTz = await handoffInProcess(['fit', file, '--base', TRUTH, '-o', out, '--tz', 'Europe/Berlin', '--json']);
    expect(withTz.code).toBe(0);
    const local = JSON.parse(withTz.stdout);
    expect(local.counts.dropped).toEqual({});
    const utc = JSON.parse((await handoffInProcess(['fit', clean, '--base', TRUTH, '-o', out, '--json'])).stdout);
    const rate = (d: { values: Array<{ path: string; value: unknown }> }) => d.values.find((v) => v.path === 'work.stream.rate')!.value;
    expect(rate(local)).toBe(rate(utc));
    const bad = await handoffInProcess(['fit', file, '--base', TRUTH, '-o', out, '--tz', 'Mars/Olympus']);
    expect([bad.code, bad.stderr]).toEqual([2, '--tz "Mars/Olympus" is not an IANA time zone (e.g. Europe/Berlin)\n']);
  });

  it('an audit of the required columns and decisions only fits what they show: no designer, so no design effort', async () => {
    const file = join(tmp, 'bare.csv');
    // asset, route, time, event, decision: the columns at 1, 5, 8, 9 and 10.
    const bare = readFileSync(clean, 'utf8').trimEnd().split('\n').map((l) => {
      const f = l.split(',');
      return [f[0], f[4], f[7], f[8], f[9]].join(',');
    });
    writeFileSync(file, bare.join('\n') + '\n');
    const r = await handoffInProcess(['fit', file, '--base', TRUTH, '-o', join(tmp, 'bare.yaml'), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const paths = doc.values.map((v: { path: string }) => v.path);
    expect(paths).toEqual(expect.arrayContaining(['work.stream.rate', 'effort.review', 'effort.feedback', 'quality.questionRate']));
    expect(paths).not.toContain('effort.routine');
    expect(doc.notIdentified.map((n: { path: string }) => n.path)).toEqual(expect.arrayContaining(['effort.routine', 'quality.defectRate']));
    expect(doc.notes).toContainEqual(expect.stringMatching(/^\d+ submissions name no designer: left out of the design and revision efforts/));
  });

  it('a missing audit or an invalid base is exit 1 with a plain message', async () => {
    const out = join(tmp, 'x.yaml');
    const missing = await handoffInProcess(['fit', join(tmp, 'nope.csv'), '--base', TRUTH, '-o', out]);
    expect([missing.code, missing.stderr]).toEqual([1, `${join(tmp, 'nope.csv')}: cannot read the audit: no such file\n`]);
    const base = join(tmp, 'bad-base.yaml');
    writeFileSync(base, 'name: x\nteam: {}\n');
    const invalid = await handoffInProcess(['fit', clean, '--base', base, '-o', out]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^.*bad-base\.yaml:2:\d+: team: /);
    expect(existsSync(out)).toBe(false);
  });
});
