import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../src/sim/index.js';
import { eventLog, scenarioOf } from '../support/run-text.js';

const HOUR = 60;
const DAY = 24 * HOUR;
/** Minutes since the scenario start, Monday 2026-01-05 00:00 UTC. */
const utc = (day: number, hour: number, minute = 0) => day * DAY + hour * HOUR + minute;
const MON = 0, TUE = 1, WED = 2;

const first = (rows: EventRow[], activity: string, person?: string) =>
  rows.find((r) => r.activity === activity && (person === undefined || r.person === person));
const all = (rows: EventRow[], activity: string, asset?: string) =>
  rows.filter((r) => r.activity === activity && (asset === undefined || r.asset === asset));

// One designer in Los Angeles (09:00–17:00 PST = 17:00–01:00 UTC) and one reviewer in Tokyo
// (09:00–18:00 JST = 00:00–09:00 UTC): no overlap. One routine asset arrives on Monday at 22:00
// UTC (14:00 in Los Angeles) and takes an hour to design. Its brief is wholly unclear and every
// written review asks first (questionRate 1 at clarity 0); nothing is ever sent back.
const TOKYO_SF = (reviewerAttention: string) => `
name: written exchange across zones
start: 2026-01-05T00:00:00Z
horizon: 2w
replications: 1
model: async
team:
  designer: { role: designer, tz: America/Los_Angeles, hours: "09:00-17:00" }
  reviewer: { role: reviewer, tz: Asia/Tokyo, hours: "09:00-18:00", attention: ${reviewerAttention} }
work:
  stream: { interarrival: 22h, until: 23h, clarity: 0 }
effort: { routine: 1h, submissionNote: 0m, review: 30m, clarification: 30m, feedback: 0m }
quality: { questionRate: 1, misread: 0, perfectionism: 0, defectRate: 0 }
`;

describe('a written question crosses the zones twice, each hop waiting for its reader', () => {
  // The design is submitted Monday 23:00 UTC. The reviewer looks at 16:00 Tokyo (07:00 UTC):
  // Tuesday 07:00 UTC they review for 30 minutes and write their question for 30 more, posting
  // it at 17:00 Tokyo (Tuesday 08:00 UTC = 00:00 in Los Angeles). The designer reads it at their
  // next attention, the start of their day: Tuesday 09:00 Los Angeles = 17:00 UTC, and posts the
  // answer 30 minutes later (17:30 UTC = Wednesday 02:30 Tokyo). The reviewer reads it at their
  // next look, Wednesday 16:00 Tokyo (07:00 UTC): the ticket waits 13.5 hours for it.
  const rows = eventLog(scenarioOf(TOKYO_SF('{ habit: fixed-times, times: ["16:00"] }')), 'async');

  it('the question, asked at 17:00 Tokyo, is answered at 09:00 the same day in San Francisco', () => {
    expect(first(rows, 'submitted to async')!.timeMin).toBe(utc(MON, 23));
    expect(first(rows, 'start review')!.timeMin).toBe(utc(TUE, 7));
    expect(first(rows, 'finish review')!.timeMin).toBe(utc(TUE, 8));
    expect(first(rows, 'start answer')!.timeMin).toBe(utc(TUE, 17));
    expect(first(rows, 'finish answer')!.timeMin).toBe(utc(TUE, 17, 30));
  });

  it('the answer waits on the ticket for the reviewer\'s next look, 16:00 Tokyo the next day', () => {
    const reviews = all(rows, 'start review');
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    expect(reviews[1].timeMin).toBe(utc(WED, 7));
    expect(reviews[1].person).toBe('reviewer');
  });

  it('a reviewer who watches the queue still waits for their hours: 09:00 Tokyo (00:00 UTC)', () => {
    const watching = eventLog(scenarioOf(TOKYO_SF('{ habit: continuous }')), 'async');
    // Submitted Monday 23:00 UTC = Tuesday 08:00 Tokyo: read at 09:00 Tokyo (00:00 UTC), question
    // posted 01:00 UTC (10:00 Tokyo = Monday 17:00 Los Angeles, the designer's day just over).
    expect(first(watching, 'start review')!.timeMin).toBe(utc(TUE, 0));
    expect(first(watching, 'start answer')!.timeMin).toBe(utc(TUE, 17));
    // The answer (17:30 UTC = 02:30 Tokyo) is read when the reviewer's day starts, 09:00 Tokyo.
    expect(all(watching, 'start review')[1].timeMin).toBe(utc(WED, 0));
  });
});

describe('written feedback and written briefs wait for the designer\'s attention', () => {
  // Everything in UTC, 09:00–17:00. One routine asset arrives Monday 10:00 with a wholly unclear
  // brief that a written review always finds misread (misread 1 at clarity 0, no questions): the
  // first version (1 h) is submitted at 11:00 and reviewed at once (30 m), sent back at 11:30.
  const feedback = (designerAttention: string) => `
name: feedback hop
start: 2026-01-05T00:00:00Z
horizon: 1w
replications: 1
model: async
team:
  designer: { role: designer, attention: ${designerAttention} }
  reviewer: { role: reviewer }
work:
  stream: { interarrival: 10h, until: 11h, clarity: 0 }
effort: { routine: 1h, submissionNote: 0m, review: 30m, feedback: 0m }
quality: { questionRate: 0, misread: 1, perfectionism: 0, defectRate: 0 }
`;

  it('a designer who checks the ticket tool at 14:00 starts the revision at 14:00, not when the feedback lands at 11:30', () => {
    const rows = eventLog(scenarioOf(feedback('{ habit: fixed-times, times: ["09:00", "14:00"] }')), 'async');
    expect(first(rows, 'changes requested (misread)')!.timeMin).toBe(utc(MON, 11, 30));
    expect(first(rows, 'start revision')!.timeMin).toBe(utc(MON, 14));
  });

  it('a designer who watches it starts at once', () => {
    const rows = eventLog(scenarioOf(feedback('{ habit: continuous }')), 'async');
    expect(first(rows, 'start revision')!.timeMin).toBe(utc(MON, 11, 30));
  });
});

describe('a meeting settles in one sitting what takes several written round trips', () => {
  // The same ten assets (no designers: submitted on arrival, Monday from 00:00, an hour apart)
  // under both models; common random numbers give each the same questions in a room as in
  // writing. In writing, every question is a round trip through the designer-less answer; in the
  // Tuesday 14:00 meeting, an item takes its 10-minute discussion plus 20 minutes per question.
  const text = `
name: questions in a room
start: 2026-01-05T00:00:00Z
horizon: 1w
replications: 1
seed: 5
model: sync
models: [sync, async]
team:
  designer: { role: designer, hours: 24/7 }
  director: { role: director, hours: 24/7 }
work:
  stream: { interarrival: 1h, until: 10h, clarity: 0 }
effort: { routine: 10m, submissionNote: 0m, review: 30m, discussion: 10m, clarification: 20m, feedback: 0m }
quality: { questionRate: 1, misread: 0, meetingMisread: 0, perfectionism: 0, defectRate: 0 }
sync: { cadence: weekly, day: tue, time: "14:00", tz: UTC, duration: 8h, cutoff: 1h, attendees: [director] }
`;
  const scenario = scenarioOf(text);
  const written = eventLog(scenario, 'async');
  const room = eventLog(scenario, 'sync');
  const assets = [...new Set(all(room, 'approved').map((r) => r.asset))];

  it('each item\'s questions are asked in writing one round trip at a time, and in the room all at once', () => {
    expect(assets.length).toBe(10);
    const counts = assets.map((asset) => all(written, 'start answer', asset).length);
    // questionRate 1 at clarity 0: the first question always; a second half the time.
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(2);
    assets.forEach((asset, i) => {
      const discussed = all(room, 'discussed in review meeting', asset);
      expect(discussed.length).toBe(1);
      const approved = all(room, 'approved', asset)[0];
      expect(approved.timeMin - discussed[0].timeMin).toBeCloseTo(10 + 20 * counts[i], 6);
      // In writing, the asset was reviewed once per question plus once to decide.
      expect(all(written, 'start review', asset).length).toBe(counts[i] + 1);
    });
  });
});

describe('one-offs', () => {
  // A one-off published Monday 09:00 UTC; everyone in UTC 09:00–17:00.
  const oneOff = (extra: string) => `
name: one-off setup
start: 2026-01-05T00:00:00Z
horizon: 2w
replications: 1
model: async
models: [sync, async]
team:
  designer: { role: designer }
  reviewer: { role: reviewer }
  director: { role: director }
work:
  oneOffs: [{ name: Key art, publish: 9h, clarity: 1 }]
effort: { design: 2h, submissionNote: 0m }
sync: { cadence: daily, time: "16:00", tz: UTC, duration: 30m, attendees: [director, reviewer] }
${extra}
`;

  it('routed to the async queue, its pipeline is set up first: the reviewer writes tickets, rubric and brief for 3 hours, then design starts', () => {
    const s = scenarioOf(oneOff('async: { oneOffSetup: 3h }'));
    const rows = eventLog(s, 'async');
    expect(first(rows, 'start setup', 'reviewer')!.timeMin).toBe(utc(MON, 9));
    expect(first(rows, 'finish setup', 'reviewer')!.timeMin).toBe(utc(MON, 12));
    expect(first(rows, 'start design', 'designer')!.timeMin).toBe(utc(MON, 12));
    // In a meeting-based review there is no queue to set up: design starts at publication.
    const sync = eventLog(s, 'sync');
    expect(first(sync, 'start setup')).toBeUndefined();
    expect(first(sync, 'start design')!.timeMin).toBe(utc(MON, 9));
  });

  it('a repeating one-off is unique each time: no earlier decision about it to re-litigate, unlike a repeating campaign\'s templates', () => {
    const noLog = 'decisionLog: { enabled: false, relitigation: 1 }\nquality: { misread: 0, meetingMisread: 0, perfectionism: 0, defectRate: 0, questionRate: 0 }';
    const oneOffs = scenarioOf(oneOff(noLog).replace('publish: 9h, clarity: 1', 'publish: 9h, repeat: 2d, clarity: 1'));
    const campaigns = scenarioOf(oneOff(noLog).replace('oneOffs: [{ name: Key art, publish: 9h, clarity: 1 }]', 'campaigns: [{ name: Launch, publish: 9h, repeat: 2d, clarity: 1, channels: 1 }]'));
    const relitigated = (rows: EventRow[]) => all(rows, 'changes requested (relitigation)').length;
    const oneOffRows = eventLog(oneOffs, 'async');
    expect(all(oneOffRows, 'approved').length).toBeGreaterThan(2);
    expect(relitigated(oneOffRows)).toBe(0);
    expect(relitigated(eventLog(campaigns, 'async'))).toBeGreaterThan(0);
  });
});
