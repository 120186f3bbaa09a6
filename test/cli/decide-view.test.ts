import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readViewerData, startViewServer } from '../../src/cli/commands/view.js';
import { checkDocumentInvariants } from '../../src/sim/index.js';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('decide-view');
const SLA = 'scenarios/async-with-sla.yaml';

/** The four decision commands, each quick. */
const COMMANDS: Record<string, string[]> = {
  size: ['size', SLA, '--target', 'cycleTimeHours.p90<=30', '--vary', 'team.reviewers.count=1..2', '--min-replications', '4', '--max-replications', '8'],
  odds: ['odds', 'scenarios/flagship-launch.yaml', '--deadline', '2026-03-13T17:00+01:00', '--models', 'async', '--batch', '10', '--max-replications', '10', '--precision', '0.3'],
  pilot: ['pilot', 'scenarios/pilot-async-channel.yaml', '--baseline', 'sync', '--pilot', 'async', '--route', 'channel=instagram-story', '--weeks', '2', '-r', '4'],
  sensitivity: ['sensitivity', SLA, '--metric', 'cycleTimeHours.p90', '-r', '2'],
};

function dataOf(html: string): Record<string, any> {
  return JSON.parse(/<script type="application\/json" id="handoff-data">(.*?)<\/script>/s.exec(html)![1]);
}

const silent = { stdout: () => {}, stderr: () => {} };

describe('decision documents in view and report', () => {
  for (const [kind, args] of Object.entries(COMMANDS)) {
    it(`${kind}: report writes the Decide view with the document and its scenario (found by name); view serves them`, async () => {
      const file = join(tmp, `${kind}.json`);
      const made = await handoffInProcess([...args, '-w', '1', '--out', file]);
      expect(made.code, made.stderr).toBe(0);
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      expect(checkDocumentInvariants(doc)).toEqual([]);
      const out = join(tmp, `${kind}.html`);
      // The report inlines the built viewer: run the built CLI, which finds web/dist beside it.
      const r = handoff(['report', file, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const data = dataOf(readFileSync(out, 'utf8'));
      expect(data).toMatchObject({ view: 'decide', decision: doc, source: `${kind}.json` });
      expect(data.scenarioText).toBe(readFileSync(args[1], 'utf8'));
      expect(data.document).toBeUndefined();

      const served = await startViewServer({ data: await readViewerData(file, {}, silent), root: 'web/dist' });
      try {
        const json = await (await fetch(`${served.url}handoff-data.json`)).json();
        expect(json.decision).toEqual(doc);
        expect(await (await fetch(`${served.url}result.json`)).json()).toEqual(doc);
      } finally {
        await served.close();
      }
    });
  }

  it('a kind the viewer does not know, or a newer schema, is one clear line and exit 1', async () => {
    const unknown = join(tmp, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ kind: 'forecast', schemaVersion: 1, scenario: { name: 'x' } }));
    const r = await handoffInProcess(['report', unknown, '-o', join(tmp, 'u.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a document of kind "forecast", which the viewer does not know \(it shows size, odds, pilot, sensitivity decision documents\)/);
    const newer = join(tmp, 'newer.json');
    writeFileSync(newer, JSON.stringify({ kind: 'odds', schemaVersion: 99, scenario: { name: 'x' } }));
    const v = await handoffInProcess(['view', newer, '--no-open']);
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/schema version 99, newer than this Handoff reads/);
    expect(v.stderr).not.toMatch(/\n\s+at /);
  });
});
