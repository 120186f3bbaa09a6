import { describe, expect, it } from 'vitest';
import { loadScenario, type Problem } from '../../src/sim/index.js';

const HEAD = `name: streams
horizon: 4w
team:
  reviewers: { role: reviewer, count: 2 }
work:
`;

function problemsOf(work: string): Array<[string, number | undefined, string]> {
  const r = loadScenario(`${HEAD}${work}`);
  return r.ok ? [] : r.problems.map((p: Problem) => [p.path.join('.'), p.line, p.message]);
}

describe('streams in a scenario file', () => {
  it('a single stream object stays valid as it always was, and several named streams beside it', () => {
    const r = loadScenario(`${HEAD}  stream: { interarrival: 2h }
  streams:
    - { name: social, rate: 3/h, tz: America/New_York, days: mon-fri, hours: "09:00-17:00", channel: [instagram, tiktok], clarity: 0.7 }
    - { name: email, rate: 20/w, hours: { "10:00-12:00": 3 }, periods: [{ from: 1w, until: 2w, factor: 2 }], priority: 4 }
`);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.scenario.streams.map((s) => [s.name, s.source, s.arrivals.kind, s.channels, s.clarity, s.priority])).toEqual([
      ['', 'work.stream', 'renewal', ['routine'], 1, 2],
      ['social', 'work.streams.0', 'poisson', ['instagram', 'tiktok'], 0.7, 2],
      ['email', 'work.streams.1', 'poisson', ['routine'], 1, 4],
    ]);
    const social = r.scenario.streams[1].arrivals;
    // 4 weeks × 5 days × 8 h × 3/h.
    expect(social.kind === 'poisson' && social.expectedArrivals).toBeCloseTo(480, 6);
  });

  it('a schedule with no time for arrivals is a located problem: zero everywhere, or zero until the stream ends', () => {
    expect(problemsOf('  stream: { rate: 2/h, days: { mon-sun: 0 } }\n')).toEqual([
      ['work.stream.rate', 6, expect.stringMatching(/^the rate is zero at every moment of the run up to the horizon/)],
    ]);
    expect(problemsOf('  stream: { rate: 0/h }\n')).toEqual([['work.stream.rate', 6, expect.stringMatching(/rate is zero at every moment/)]]);
    // The run starts on a Monday: a Sunday-only stream that ends on day 5 never has a chance.
    expect(problemsOf('  stream: { rate: 2/h, days: [sun], until: 5d }\n')).toEqual([['work.stream.rate', 6, expect.stringMatching(/up to until/)]]);
    expect(problemsOf('  stream: { rate: 2/h, periods: [{ from: 0d, until: 4w, factor: 0 }] }\n')).toEqual([['work.stream.rate', 6, expect.stringMatching(/rate is zero/)]]);
  });

  it('a rate that would flood the run at an instant is refused; so is one without a unit', () => {
    expect(problemsOf('  stream: { rate: 100000/h }\n')).toEqual([['work.stream.rate', 6, expect.stringMatching(/more than 60\/m \(one a second\)/)]]);
    expect(problemsOf('  stream: { rate: 40/m, hours: { "09:00-10:00": 2 } }\n')).toEqual([['work.stream.rate', 6, expect.stringMatching(/reaches 4800\/h with its factors/)]]);
    expect(problemsOf('  stream: { rate: 3 }\n')).toEqual([['work.stream.rate', 6, 'write the unit too, e.g. "3/h" (arrivals an hour) or "3/d"']]);
  });

  it('interarrival and rate: one of them, and a profile only with a rate', () => {
    expect(problemsOf('  stream: { interarrival: 1h, rate: 1/h }\n').map((p) => p[0])).toEqual(['work.stream.rate']);
    expect(problemsOf('  stream: { interarrival: 1h, hours: "09:00-17:00" }\n').map((p) => p[0])).toEqual(['work.stream.hours']);
    expect(problemsOf('  stream: { channel: x }\n')).toEqual([['work.stream.interarrival', 6, expect.stringMatching(/^missing: this field is required .* or give rate instead/)]]);
  });

  it('windows, days and periods that overlap or hold no time are located at their key', () => {
    const problems = problemsOf(`  streams:
    - name: a
      rate: 1/h
      hours: { "09:00-12:00": 2, "11:00-13:00": 1 }
      days: { mon-wed: 2, wed: 0 }
      periods: [{ from: 3w, until: 2w, factor: 2 }, { from: 1w, until: 3w, factor: 0 }, { from: 0w, until: 2w, factor: 1 }]
`);
    expect(problems.map((p) => [p[0], p[1]])).toEqual([
      ['work.streams.0.hours.11:00-13:00', 9],
      ['work.streams.0.days.wed', 10],
      ['work.streams.0.periods.0.until', 11],
      ['work.streams.0.periods.1.from', 11],
    ]);
    expect(problems[3][2]).toBe('overlaps the period from 0w to 2w; give each time of the run one factor');
  });

  it('several streams each need a name of their own', () => {
    expect(problemsOf('  streams:\n    - { rate: 1/h }\n    - { name: a, rate: 1/h }\n    - { name: a, rate: 2/h }\n').map((p) => [p[0], p[1]])).toEqual([
      ['work.streams.0.name', 7],
      ['work.streams.2.name', 9],
    ]);
  });
});
