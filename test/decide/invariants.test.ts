import { describe, expect, it } from 'vitest';
import { checkDocumentInvariants } from '../../src/sim/index.js';
import { handoffInProcess } from '../support/cli.js';

async function document(args: string[]): Promise<Record<string, any>> {
  const r = await handoffInProcess([...args, '--json', '-w', '1']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const odds = () => document(['odds', 'scenarios/one-off-high-stakes.yaml', '--deadline', '2026-01-09T17:00Z', '--batch', '20', '--max-replications', '40']);
const size = () => document(['size', 'scenarios/async-with-sla.yaml', '--target', 'cycleTimeHours.p90<=30', '--vary', 'team.reviewers.count=1..3', '--min-replications', '5', '--max-replications', '20']);

describe('invariants of decision documents', () => {
  it('hold for the documents the commands write', async () => {
    expect(checkDocumentInvariants(await odds())).toEqual([]);
    expect(checkDocumentInvariants(await size())).toEqual([]);
  });

  it('catch a broken odds document: a probability outside [0, 1], a reversed interval, dates out of order, counts that do not add up', async () => {
    const mutations: Array<[(d: Record<string, any>) => void, RegExp]> = [
      [(d) => (d.odds[0].probability = 1.2), /probability: 1\.2 not in \[0, 1\]/],
      [(d) => (d.odds[0].ci95 = [d.odds[0].ci95[1], d.odds[0].ci95[0] - 0.01]), /ci95: lower bound .* above upper bound/],
      [(d) => (d.odds[0].completeByDeadline = d.odds[0].replications + 1), /completeByDeadline: not a count within the replications/],
      [(d) => (d.odds[0].completion[0].hoursFromStart = 1e6), /earlier than the date of a lower probability|disagree/],
      [(d) => (d.odds[0].replications = 10_000), /above the cap/],
      [(d) => (d.kind = 'oddz'), /unknown decision document kind/],
      [(d) => d.odds[0].completionHours.reverse(), /completionHours: not ascending/],
      [(d) => d.odds[0].completionHours.pop(), /completionHours: \d+ entries for \d+ replications/],
      [(d) => (d.odds[0].completionHours = d.odds[0].completionHours.map((h: number | null) => (h === null ? null : h + 1e4))), /complete by the deadline, completeByDeadline says/],
    ];
    for (const [mutate, message] of mutations) {
      const d = await odds();
      mutate(d);
      expect(checkDocumentInvariants(d).join('\n')).toMatch(message);
    }
  });

  it('catch a broken size document: a verdict its interval does not support, a wrong answer, a replication count off the looks', async () => {
    const mutations: Array<[(d: Record<string, any>) => void, RegExp]> = [
      [(d) => (d.candidates[0].targets[0].interval = [1e6, 1e7]) && (d.candidates[0].targets[0].verdict = 'meets'), /"meets" but the interval is not on the target's side|estimate .* outside/],
      [(d) => (d.candidates[0].verdict = d.candidates[0].verdict === 'meets' ? 'fails' : 'meets'), /but its targets say/],
      [(d) => (d.candidates[0].replications = 7), /not one of the looks/],
      [(d) => (d.replicationsTotal += 1), /replicationsTotal/],
      [(d) => (d.answer = { ...d.answer, status: 'meets', candidate: d.candidates.findIndex((c: any) => c.verdict !== 'meets') }), /not a candidate that meets every target/],
    ];
    for (const [mutate, message] of mutations) {
      const d = await size();
      mutate(d);
      expect(checkDocumentInvariants(d).join('\n')).toMatch(message);
    }
  });
});
