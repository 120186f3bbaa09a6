import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoff, tempDir } from '../support/cli.js';

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

  it('without -o: a usage error', () => {
    const r = handoff(['report', SMALL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/-o, --output <file>/);
  });
});
