import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocumentInvariants, requestOf, runDecisionRequest, type DecisionDocument } from '../../src/sim/index.js';
import { handoffInProcess } from '../support/cli.js';

async function document(args: string[]): Promise<DecisionDocument> {
  const r = await handoffInProcess([...args, '--json', '-w', '1']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as DecisionDocument;
}

const cases: Array<[string, string, string[]]> = [
  ['size', 'scenarios/async-with-sla.yaml', ['size', 'scenarios/async-with-sla.yaml', '--target', 'cycleTimeHours.p90<=30', '--vary', 'team.reviewers.count=1..3', '--min-replications', '5', '--max-replications', '20']],
  ['odds', 'scenarios/flagship-launch.yaml', ['odds', 'scenarios/flagship-launch.yaml', '--deadline', '2026-03-13T17:00+01:00', '--campaign', 'Launch wave', '--channel', 'instagram-feed,email', '--models', 'async', '--batch', '20', '--max-replications', '40', '--precision', '0.2']],
  ['pilot', 'scenarios/pilot-async-channel.yaml', ['pilot', 'scenarios/pilot-async-channel.yaml', '--baseline', 'sync', '--pilot', 'async', '--route', 'channel=instagram-story', '--weeks', '2,3', '-r', '8']],
  ['sensitivity', 'scenarios/async-with-sla.yaml', ['sensitivity', 'scenarios/async-with-sla.yaml', '--metric', 'cycleTimeHours.p90', '-r', '3', '--morris', '2']],
];

describe('a decision document re-run from its own options', () => {
  for (const [kind, file, args] of cases) {
    it(`${kind}: the viewer's re-run (one thread, requestOf the document) gives the command's document byte for byte`, async () => {
      const doc = await document(args);
      expect(checkDocumentInvariants(doc)).toEqual([]);
      let replications = 0;
      const again = await runDecisionRequest(readFileSync(file, 'utf8'), requestOf(doc), () => replications++);
      expect(again.ok).toBe(true);
      if (!again.ok) return;
      expect(JSON.stringify(again.document)).toBe(JSON.stringify(doc));
      expect(replications).toBeGreaterThan(0);
    });
  }

  it('a changed option moves the answer, and a bad one is a problem, not an exception', async () => {
    const doc = await document(cases[0][2]);
    const text = readFileSync('scenarios/async-with-sla.yaml', 'utf8');
    const request = requestOf(doc);
    if (request.kind !== 'size') throw new Error('size expected');
    const looser = await runDecisionRequest(text, { ...request, targets: ['cycleTimeHours.p90<=1000'] });
    if (!looser.ok || looser.document.kind !== 'size') throw new Error('a size document expected');
    const meeting = looser.document.candidates.filter((c) => c.verdict === 'meets');
    // Every setting meets a bound of 1000 h; the answer is then the cheapest of them.
    expect(meeting.length).toBeGreaterThan(doc.kind === 'size' ? doc.candidates.filter((c) => c.verdict === 'meets').length : 0);
    expect(looser.document.answer.candidate).toBe(looser.document.candidates.indexOf(meeting.reduce((a, b) => ((b.cost.mean ?? Infinity) < (a.cost.mean ?? Infinity) ? b : a))));
    expect(looser.ok && checkDocumentInvariants(looser.document)).toEqual([]);
    const bad = await runDecisionRequest(text, { ...request, targets: ['cycleTimeHours.p90<<1'] });
    expect(bad).toMatchObject({ ok: false, problems: [expect.stringMatching(/write metric<=value/)] });
  });
});
