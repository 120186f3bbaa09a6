import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoff, tempDir } from '../support/cli.js';
import { schemaOne } from '../support/schema-one.js';
import { ASSUMPTIONS } from '../../src/sim/index.js';

const tmp = tempDir('report');
const SMALL = 'scenarios/small-team-3-channels.yaml';

/** The data a report carries, read back from its inline script element. */
function dataOf(html: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/json" id="handoff-data">(.*?)<\/script>/s.exec(html)![1]);
}

describe('handoff report', () => {
  it('of a result document: one HTML file with the document and its scenario (found by name) inlined', () => {
    const result = join(tmp, 'small.json');
    writeFileSync(result, handoff(['compare', SMALL, '-r', '2', '--json']).stdout);
    const out = join(tmp, 'small.html');
    const r = handoff(['report', result, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/scenario: .*small-team-3-channels\.yaml/);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    const data = dataOf(html);
    expect(data.document).toEqual(JSON.parse(readFileSync(result, 'utf8')));
    expect(data.scenarioText).toBe(readFileSync(SMALL, 'utf8'));
    expect(data.view).toBe('report');
  });

  it('of a scenario: runs its comparison first (as compare would), then reports it', () => {
    const out = join(tmp, 'small-run.html');
    const r = handoff(['report', SMALL, '-o', out]);
    expect(r.code).toBe(0);
    const doc = dataOf(readFileSync(out, 'utf8')).document as { results: Array<{ model: string }> };
    const compared = JSON.parse(handoff(['compare', SMALL, '--json']).stdout) as { results: Array<{ model: string }> };
    expect(doc).toEqual(compared);
  });

  it('of a JSON file that is no result: exit 1, one line saying so, no file', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"results": 3}');
    const out = join(tmp, 'bad.html');
    const r = handoff(['report', bad, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${bad}: not a Handoff result document (schemaVersion, scenario and results are expected)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('carries the assumptions register as an appendix: every parameter with the value the scenario uses, set or default', () => {
    const result = join(tmp, 'invisible.json');
    writeFileSync(result, handoff(['run', 'scenarios/invisible-queue.yaml', '-r', '2', '--json']).stdout);
    const out = join(tmp, 'invisible.html');
    expect(handoff(['report', result, '-o', out]).code).toBe(0);
    const { assumptions } = dataOf(readFileSync(out, 'utf8')) as { assumptions: { scenario: string; rows: Array<Record<string, any>> } };
    expect(assumptions.scenario).toBe('The invisible queue');
    const row = (path: string) => assumptions.rows.find((r) => r.path === path)!;
    // Set by the scenario: the value in force beside its default.
    expect(row('async.pings.after')).toMatchObject({ value: '4bh', isDefault: false, default: '1d', unit: 'duration' });
    expect(row('team.reviewers.attention.habit')).toMatchObject({ value: 'fixed-times', isDefault: false });
    // Left at its default, with its source and the metrics it drives (catalogue names).
    expect(row('quality.misread')).toMatchObject({ value: 0.3, isDefault: true, drives: ['reworkRate', 'sentBackShare', 'reworkShareMisread'] });
    expect(row('quality.misread').source).toMatch(/^field guide, Cost Comparison Table/);
    expect(row('decisionLog.upkeep').drives).toContain('personHoursDocumentationDecisionLog');
    // Every register entry is there (one row per team group for team.*).
    expect(new Set(assumptions.rows.map((r) => r.parameter)).size).toBe(ASSUMPTIONS.length);
  });

  it('of a schema-1 document: opens it as schema 2 under the names of what it counted, and says so', () => {
    const current = JSON.parse(handoff(['compare', SMALL, '-r', '2', '--json']).stdout);
    const old = join(tmp, 'small-v1.json');
    writeFileSync(old, JSON.stringify(schemaOne(current)));
    const out = join(tmp, 'small-v1.html');
    const r = handoff(['report', old, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/small-v1\.json: a schema-1 document, read as schema 2: its reworkRate \(assets sent back at least once\) reads as sentBackShare/);
    const doc = dataOf(readFileSync(out, 'utf8')).document as { schemaVersion: number; migratedFrom: number; results: Array<{ metrics: Record<string, unknown> }> };
    expect(doc.schemaVersion).toBe(2);
    expect(doc.migratedFrom).toBe(1);
    expect(doc.results[0].metrics.sentBackShare).toEqual(current.results[0].metrics.sentBackShare);
    expect(doc.results[0].metrics.reworkRate).toBeUndefined();
  });

  it('of a document newer than this version: exit 1, one line saying to update, no file', () => {
    const current = JSON.parse(handoff(['run', SMALL, '-r', '1', '--json']).stdout);
    const newer = join(tmp, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...current, schemaVersion: 3 }));
    const out = join(tmp, 'newer.html');
    const r = handoff(['report', newer, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${newer}: schemaVersion 3 is newer than this version of Handoff understands (2); update Handoff to open it\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('without -o: a usage error', () => {
    const r = handoff(['report', SMALL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/-o, --output <file>/);
  });
});
