import { describe, expect, it } from 'vitest';
import type { Estimate, ResultDocument } from '../../src/sim/index.js';
import { scenarioOf } from '../support/run-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

// Documents keep 9 significant digits, so hand figures are compared to 7 decimals.
const mean = (doc: ResultDocument, name: string) => (doc.results[0].metrics[name] as Estimate).mean;

describe('what the documentation, rework and work-in-progress metrics count, by hand', () => {
  // Ten routine assets arrive 2 h apart (at 2 h, 4 h, … 20 h) to one designer and one reviewer,
  // both always at work. Every first look asks for nice-to-haves (perfectionism 1) and none after
  // (roundDecay 0), so each asset is sent back exactly once. Per asset, in minutes from arrival:
  //   0–35      design 30 + submission note 5
  //   35–60     review 10 + written feedback 15: sent back
  //   60–72.5   revision 30 × 0.25 = 7.5 + submission note 5
  //   72.5–82.5 review 10: approved; then 10 of decision-log upkeep
  const doc = runModelsChecked(
    scenarioOf(`
name: documentation by hand
start: 2026-01-05T00:00:00Z
horizon: 2d
replications: 1
model: async
team:
  designer: { role: designer, hours: 24/7 }
  reviewer: { role: reviewer, hours: 24/7 }
work:
  stream: { interarrival: 2h, until: 20h }
effort:
  routine: 30m
  review: 10m
  feedback: 15m
  submissionNote: 5m
quality: { defectRate: 0, misread: 0, questionRate: 0, perfectionism: 1, roundDecay: 0 }
decisionLog: { enabled: true, upkeep: 10m }
`),
    ['async'],
  );

  it('splits documentation into notes (10 × 2 × 5 min), feedback (10 × 15 min), questions (none) and the log (10 × 10 min)', () => {
    expect(mean(doc, 'assetsApproved')).toBe(10);
    expect(mean(doc, 'personHoursDocumentationNotes')).toBeCloseTo(100 / 60, 7);
    expect(mean(doc, 'personHoursDocumentationFeedback')).toBeCloseTo(150 / 60, 7);
    expect(mean(doc, 'personHoursDocumentationQuestions')).toBe(0);
    expect(mean(doc, 'personHoursDocumentationDecisionLog')).toBeCloseTo(100 / 60, 7);
    expect(mean(doc, 'personHoursDocumentation')).toBeCloseTo(350 / 60, 7);
  });

  it('every asset was sent back once and none twice: sent back 100%, rework rate 0%', () => {
    expect(mean(doc, 'sentBackShare')).toBe(1);
    expect(mean(doc, 'reworkRate')).toBe(0);
    expect(mean(doc, 'reviewRoundsPerAsset')).toBe(2);
  });

  it('work in progress spans submission to approval (47.5 min an asset), open assets brief to approval (82.5 min)', () => {
    // Time averages over the 2-day window (2,880 min): 10 × 47.5 / 2,880 and 10 × 82.5 / 2,880.
    expect(mean(doc, 'workInProgressMean')).toBeCloseTo((10 * 47.5) / 2880, 7);
    expect(mean(doc, 'assetsOpenMean')).toBeCloseTo((10 * 82.5) / 2880, 7);
    expect(mean(doc, 'cycleTimeHours')).toBeCloseTo(47.5 / 60, 7);
    // Little's law holds exactly here: approvals per hour × cycle time = work in progress.
    expect((10 / 48) * mean(doc, 'cycleTimeHours')).toBeCloseTo(mean(doc, 'workInProgressMean'), 7);
  });

  it('the series sample the same two quantities: at 2 h 48 min the first asset is in review, at 2 h 24 min it is only open', () => {
    const r = doc.results[0];
    // Samples every 2,880 / 120 = 24 min: sample 6 is at 168 min (asset 1 arrived at 120, submitted at 155).
    expect(r.series.timeHours[6]).toBeCloseTo(168 / 60, 7);
    expect(r.series.workInProgress[6]).toBe(1);
    expect(r.series.assetsOpen[6]).toBe(1);
    // Sample 5 is at 144 min: designed since 120, not yet submitted.
    expect(r.series.workInProgress[5]).toBe(0);
    expect(r.series.assetsOpen[5]).toBe(1);
  });
});

describe('questions are their own part of documentation', () => {
  // Clarity 0 and questionRate 1: every written review first asks the designer a question (a
  // follow-up half the time). Each question costs the reviewer 15 min to write and the designer
  // 15 min to answer, all within the window: 2 × 15 min per question.
  const doc = runModelsChecked(
    scenarioOf(`
name: questions by hand
start: 2026-01-05T00:00:00Z
horizon: 3d
replications: 2
model: async
team:
  designer: { role: designer, hours: 24/7 }
  reviewer: { role: reviewer, hours: 24/7 }
work:
  stream: { interarrival: 3h, until: 30h, clarity: 0 }
effort:
  routine: 30m
  review: 10m
  clarification: 15m
quality: { defectRate: 0, misread: 0, questionRate: 1, perfectionism: 0 }
`),
    ['async'],
  );

  it('charges 2 × 15 min per question asked to questions and nothing to feedback', () => {
    const questions = mean(doc, 'clarificationQuestions');
    expect(questions).toBeGreaterThanOrEqual(10);
    expect(mean(doc, 'personHoursDocumentationQuestions')).toBeCloseTo((questions * 2 * 15) / 60, 7);
    expect(mean(doc, 'personHoursDocumentationFeedback')).toBe(0);
  });
});
