import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/index.js';
import { eventLog, scenarioOf } from '../support/run-text.js';

// One campaign, one template, no variants; everyone works around the clock. The reviewers and the
// director are perfectionists who always ask for changes on a first pass (meeting pressure 1) and
// never on a later one (round decay 0), and nothing else sends work back: the template is sent
// back exactly once, in the Tuesday 14:00 meeting.
const text = (revisions: string) => `
name: sync for alignment, async for execution
start: 2026-01-05T00:00:00Z
horizon: 3w
replications: 1
models: [hybrid]
team:
  designer: { role: designer, hours: 24/7 }
  reviewer: { role: reviewer, hours: 24/7, perfectionism: 1 }
  director: { role: director, hours: 24/7, perfectionism: 1 }
work:
  campaigns:
    - { name: Launch, assetTypes: 1, channels: [one], clarity: 1 }
effort:
  design: 2h
quality:
  defectRate: 0
  meetingPressure: 1
  roundDecay: 0
sync: { cadence: weekly, day: tue, time: "14:00", tz: UTC, duration: 1h, cutoff: 1h }
hybrid:
  routes:
    - { when: { kind: template }, model: sync${revisions} }
    - { when: {}, model: async }
`;

describe('hybrid revisions routed apart (sync for alignment, async for execution)', () => {
  it('a template sent back in the meeting is resubmitted to the async queue and approved in writing there', () => {
    const rows = eventLog(scenarioOf(text(', revisions: async')), 'hybrid').filter((r) => r.asset.startsWith('c0/type-1') && !r.asset.includes('/one'));
    const activities = rows.map((r) => r.activity);
    const sentBack = activities.findIndex((a) => a.startsWith('changes requested'));
    expect(activities.slice(0, sentBack + 1)).toContain('submitted to sync');
    expect(activities.slice(sentBack + 1)).toContain('submitted to async');
    expect(activities.slice(sentBack + 1)).not.toContain('submitted to sync');
    const approved = rows.find((r) => r.activity === 'approved')!;
    // The meeting of Tuesday 6 January sends it back; the revision is approved in the queue before
    // the next meeting (Tuesday 13 January, day 8).
    expect(approved.timeMin).toBeGreaterThan(1440 + 14 * 60);
    expect(approved.timeMin).toBeLessThan(8 * 1440);
  });

  it('without the switch the revision waits for the next meeting, a week later', () => {
    const rows = eventLog(scenarioOf(text('')), 'hybrid').filter((r) => r.asset.startsWith('c0/type-1') && !r.asset.includes('/one'));
    expect(rows.filter((r) => r.activity === 'submitted to sync')).toHaveLength(2);
    expect(rows.some((r) => r.activity === 'submitted to async')).toBe(false);
    expect(rows.find((r) => r.activity === 'approved')!.timeMin).toBeGreaterThanOrEqual(8 * 1440 + 14 * 60);
  });

  it('the variants of a template decided in a meeting inherit the meeting-settled brief even when its revision was approved in writing', () => {
    const scenario = scenarioOf(text(', revisions: async').replace('clarity: 1', 'clarity: 0.5'));
    let variantClarity = NaN;
    let template: { settledInRoom: boolean; rounds: number } | undefined;
    runReplication(scenario, 'hybrid', 0, {
      inspect: (w) => {
        template = w.assets.find((a) => a.kind === 'template');
        variantClarity = w.assets.find((a) => a.kind === 'variant')?.clarity ?? NaN;
      },
    });
    expect(template?.settledInRoom).toBe(true);
    expect(template!.rounds).toBeGreaterThanOrEqual(2);
    // Ambiguity 0.5 scaled by meetingMisread / misread (0.1 / 0.3): clarity 1 − 0.5/3.
    expect(variantClarity).toBeCloseTo(1 - 0.5 / 3, 9);
  });
});
