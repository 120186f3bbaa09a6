import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseOverride, runModels, type Estimate, type ResultDocument, type Scenario } from '../../src/sim/index.js';
import { looksEvery } from '../../src/sim/scenario/compile-team.js';
import { eventLog, scenarioOf } from '../support/run-text.js';

const DAY = 1440;
const TUESDAY = DAY;

// One reviewer in UTC, 09:00–17:00, reviewing a single routine asset that arrives on Tuesday at
// 10:00 (no designers: it is submitted on arrival). Reviews take 30 minutes and always approve.
const tiny = (reviewers: string, asyncSection: string) => `
name: attention
start: 2026-01-05T00:00:00Z
horizon: 1w
replications: 1
model: async
team:
${reviewers}
work:
  stream: { interarrival: 34h, until: 35h }
effort: { review: 30m, feedback: 0m }
quality: { rework: none }
async: ${asyncSection}
`;

// Own work: a 6-hour task every 8 working hours. The first arrives after 8 working hours, at
// Monday 17:00, and is started on Tuesday at 09:00; it would run until 15:00.
const BUSY = 'attention: { ownTask: 6h, ownTasksEvery: 8h }';

describe('reviewer attention', () => {
  // Looks at 10:00 and 15:00: a ticket submitted at 11:00 waits for the 15:00 look, though the reviewer is idle.
  it('a ticket waits for its reviewer\'s next look: submitted at 11:00, looked at 15:00', () => {
    const s = scenarioOf(tiny(`  reviewer: { role: reviewer, attention: { habit: fixed-times, times: ["10:00", "15:00"] } }`, '{}').replace('34h', '35h'));
    const rows = eventLog(s, 'async');
    expect(rows.find((r) => r.activity === 'submitted to async')!.timeMin).toBe(TUESDAY + 11 * 60);
    expect(rows.find((r) => r.activity === 'start review')!.timeMin).toBe(TUESDAY + 15 * 60);
  });

  it('without a deadline a ticket loses to own work: submitted at 10:00, reviewed when the own task ends at 15:00', () => {
    const rows = eventLog(scenarioOf(tiny(`  reviewer: { role: reviewer, ${BUSY} }`, '{}')), 'async');
    expect(rows.find((r) => r.activity === 'start review')!.timeMin).toBe(TUESDAY + 15 * 60);
    expect(rows.some((r) => r.activity === 'own work pre-empted')).toBe(false);
  });

  it('a deadline near pre-empts own work: a 2bh SLA switching 1bh before the deadline has the review start at 11:00', () => {
    const rows = eventLog(scenarioOf(tiny(`  reviewer: { role: reviewer, ${BUSY} }`, '{ sla: { firstResponse: 2bh, switchBefore: 1bh } }')), 'async');
    const preempted = rows.find((r) => r.activity === 'own work pre-empted')!;
    expect(preempted.timeMin).toBe(TUESDAY + 11 * 60);
    expect(rows.find((r) => r.activity === 'start review')!.timeMin).toBe(TUESDAY + 11 * 60);
    // The rest of the own task (4 h) resumes after the 30-minute review: 11:30 + 4 h = 15:30.
    const ownFinishes = rows.filter((r) => r.activity === 'finish own').map((r) => r.timeMin);
    expect(ownFinishes[0]).toBeCloseTo(TUESDAY + 15.5 * 60, 6);
  });

  it('an escalation fires when its threshold passes and the ticket changes hands, with the handover read first', () => {
    // Round-robin gives the ticket to busy r1 at 10:00; after 2 business hours (12:00) it is
    // reassigned to free r2, who reads into it for 15 minutes and reviews for 30: 12:00–12:45.
    const s = scenarioOf(
      tiny(`  r1: { role: reviewer, ${BUSY} }\n  r2: { role: reviewer }`, '{ assignment: round-robin, escalation: { after: 2bh, handover: 15m } }'),
    );
    const rows = eventLog(s, 'async');
    expect(rows.find((r) => r.activity === 'escalated')!.timeMin).toBe(TUESDAY + 12 * 60);
    const start = rows.find((r) => r.activity === 'start review')!;
    expect(start.person).toBe('r2');
    expect(start.timeMin).toBe(TUESDAY + 12 * 60);
    expect(rows.find((r) => r.activity === 'finish review')!.timeMin).toBeCloseTo(TUESDAY + 12.75 * 60, 6);
  });

  it('looking at task boundaries only: an idle reviewer sees a 10:00 ticket at the start of the next window (Wednesday 09:00)', () => {
    const rows = eventLog(scenarioOf(tiny('  reviewer: { role: reviewer, attention: { habit: task-boundaries } }', '{}')), 'async');
    expect(rows.find((r) => r.activity === 'start review')!.timeMin).toBe(2 * DAY + 9 * 60);
  });

  it('a 24/7 reviewer looking at task boundaries has no window to start, so looks once a day (Wednesday 00:00)', () => {
    const rows = eventLog(scenarioOf(tiny('  reviewer: { role: reviewer, hours: 24/7, attention: { habit: task-boundaries } }', '{}')), 'async');
    expect(rows.find((r) => r.activity === 'start review')!.timeMin).toBe(2 * DAY);
  });

  it('the deprecated checkEvery maps to fixed looks: from the start of the day, every checkEvery of working time', () => {
    expect(looksEvery([[540, 1020]], 240)).toEqual([540, 780]);
    expect(looksEvery([[480, 720], [780, 1020]], 120)).toEqual([480, 600, 780, 900]);
    expect(looksEvery([[540, 1020]], 1440)).toEqual([540]);
    const s = scenarioOf(tiny('  reviewer: { role: reviewer }', '{ checkEvery: 4bh }'));
    expect(s.people[0].attention.habit).toBe('fixed-times');
    expect(s.people[0].attention.lookSlots.map((slot) => slot.minuteOfDay)).toEqual([540, 780]);
  });
});

// The library's SLA pair: the same team, own work, habits, work and seed, with and without the SLA.
const WITH_SLA = 'scenarios/async-with-sla.yaml';
const NO_SLA = 'scenarios/async-without-sla.yaml';

function libraryScenario(file: string, sets: string[]): Scenario {
  const loaded = loadScenario(readFileSync(file, 'utf8'), { overrides: sets.map((s) => parseOverride(s)) });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}
const library = (file: string, sets: string[]): ResultDocument => runModels(libraryScenario(file, sets), ['async'], { replications: 10 });
const mean = (doc: ResultDocument, name: string) => (doc.results[0].metrics[name] as Estimate).mean;
const preemptions = (file: string, sets: string[]) =>
  eventLog(libraryScenario(file, sets), 'async').filter((r) => r.activity === 'own work pre-empted').length;

describe('the size of the SLA effect follows from load and habits', () => {
  it('with a loaded team the SLA cuts first response, because tickets pre-empt own work', () => {
    const loaded = ['team.reviewers.attention.habit=continuous'];
    const withSla = library(WITH_SLA, loaded);
    const without = library(NO_SLA, loaded);
    expect(mean(withSla, 'firstResponseHours')).toBeLessThan(0.85 * mean(without, 'firstResponseHours'));
    expect(preemptions(WITH_SLA, loaded)).toBeGreaterThan(10);
    expect(preemptions(NO_SLA, loaded)).toBe(0);
  });

  it('with no own work (and the queue in view) the SLA changes little', () => {
    const idle = ['team.reviewers.attention.ownWork=0', 'team.reviewers.attention.habit=continuous'];
    const withSla = library(WITH_SLA, idle);
    const without = library(NO_SLA, idle);
    expect(Math.abs(mean(withSla, 'firstResponseHours') - mean(without, 'firstResponseHours'))).toBeLessThan(0.1);
    expect(Math.abs(mean(withSla, 'cycleTimeHours') - mean(without, 'cycleTimeHours'))).toBeLessThan(0.05 * mean(without, 'cycleTimeHours'));
  });

  it('more own work never shortens the wait for a first response (same seed, no SLA)', () => {
    const waits = [0, 0.3, 0.6].map((share) => mean(library(NO_SLA, [`team.reviewers.attention.ownWork=${share}`]), 'firstResponseHours'));
    expect(waits[1]).toBeGreaterThan(waits[0]);
    expect(waits[2]).toBeGreaterThan(waits[1]);
  });

  it('a tight SLA on a loaded team is missed and escalates, and both are counted', () => {
    const doc = library(WITH_SLA, ['async.sla.firstResponse=2bh', 'async.escalation.after=3bh', 'team.reviewers.count=1', 'team.reviewers.attention.ownWork=0.5']);
    expect(mean(doc, 'escalations')).toBeGreaterThan(0);
    expect(mean(doc, 'slaAttainment')).toBeLessThan(0.9);
    expect(mean(doc, 'slaMisses')).toBeGreaterThan(0);
  });
});
