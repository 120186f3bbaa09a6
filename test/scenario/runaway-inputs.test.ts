import { describe, expect, it } from 'vitest';
import { loadScenario, runReplication, RunawayError, type Problem } from '../../src/sim/index.js';

// What a user wrote that once passed validation and then ran for ever or overflowed the event
// calendar: each is now a located problem, or a run stopped with its cause named.
const TEAM = `
name: runaway
horizon: 2w
replications: 1
model: async
team:
  designers: { role: designer, count: 2 }
  reviewers: { role: reviewer, count: 1 }
work:
  campaigns:
    - { name: c, publish: 0d, assetTypes: 2, channels: 3 }
`;

function problemsOf(text: string): Problem[] {
  const r = loadScenario(text);
  return r.ok ? [] : r.problems;
}

describe('inputs that would run without end', () => {
  it('a user writes pings.after: 0s and adHocCall.duration: 0s with no dashboard: a located problem, not a calendar overflow', () => {
    const problems = problemsOf(`${TEAM}async:\n  dashboard: false\n  pings: { after: 0s }\n  adHocCall: { after: 1d, duration: 0s }\n`);
    expect(problems).toEqual([
      expect.objectContaining({ path: ['async', 'pings', 'after'], line: 14, message: expect.stringMatching(/^must be longer than zero/) }),
    ]);
  });

  it('a user with a dashboard leaves pings.after at 0s: harmless, since nobody pings', () => {
    expect(problemsOf(`${TEAM}async:\n  pings: { after: 0s }\n`)).toEqual([]);
  });

  it('a user writes checkEvery: 0s: a located problem (reviewers would look at the queue without end)', () => {
    const problems = problemsOf(`${TEAM}async:\n  checkEvery: 0bh\n`);
    expect(problems.map((p) => [p.path.join('.'), p.line])).toEqual([['async.checkEvery', 13]]);
  });

  it('a user writes a stream arriving every 0s: a located problem, not a run that fills memory', () => {
    const problems = problemsOf(`${TEAM}  stream: { interarrival: 0s }\n`);
    expect(problems.map((p) => p.path.join('.'))).toEqual(['work.stream.interarrival']);
    expect(problems[0].message).toMatch(/longer than zero on average/);
  });

  it('a user asks for a 100000w horizon or a duration of 401 digits: each is longer than the longest a scenario may use', () => {
    const horizon = problemsOf(TEAM.replace('horizon: 2w', 'horizon: 100000w'));
    expect(horizon.map((p) => [p.path.join('.'), p.message])).toEqual([['horizon', '"100000w" is longer than 520w (ten years), the longest duration a scenario may use']]);
    const digits = problemsOf(`${TEAM}effort:\n  review: 1${'0'.repeat(400)}m\n`);
    expect(digits.map((p) => p.path.join('.'))).toEqual(['effort.review']);
    expect(digits[0].message).toMatch(/^"10000000000000000000…" is longer than 520w/);
  });

  it('a user pings every 1s with no dashboard: the run stops naming the pings, an asset and the limit to raise', () => {
    const r = loadScenario(`${TEAM}async:\n  dashboard: false\n  pings: { after: 1s }\nlimits: { maxEvents: 20000 }\n`);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    let error: unknown;
    try {
      runReplication(r.scenario, 'async', 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunawayError);
    expect((error as Error).message).toMatch(
      /processed 20,000 events .*most of the work came from chat pings on unanswered tickets, every 1s \(async\.pings\.after\).*e\.g\. on asset c0\/type-\d.*raise limits\.maxEvents/,
    );
  });

  it('a user streams an asset every second to one reviewer for 12 weeks: the run stops at the open-assets limit, naming the stream (it used to run for hours)', () => {
    const r = loadScenario('name: flood\nhorizon: 12w\nreplications: 1\nteam:\n  r: { role: reviewer }\nwork:\n  stream:\n    interarrival: 1s\nquality: { rework: none }\nlimits: { maxOpenAssets: 2000 }\n');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(() => runReplication(r.scenario, 'async', 0)).toThrow(
      /had 2,001 assets open at once .*most of the work came from arrivals of routine work \(work\.stream\.interarrival\).*raise limits\.maxOpenAssets/,
    );
  });
});
