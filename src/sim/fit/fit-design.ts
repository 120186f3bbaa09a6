import { meanOf, type Distribution } from '../random/distribution.js';
import type { Scenario } from '../scenario/types.js';
import { meanEstimate, ratioEstimate } from './estimate.js';
import { distributionText, emptyPart, rounded, type FitPart } from './fitted-value.js';
import { kindOf, type ReviewRound } from './review-rounds.js';
import { MIN_SAMPLES } from './fit-review.js';
import { SEND_BACK_CAUSES } from './send-back-cause.js';
import type { TeamCalendars } from './team-calendars.js';

/** Inputs of the design-effort estimators. */
export interface DesignInput {
  rounds: readonly ReviewRound[];
  base: Scenario;
  calendars: TeamCalendars;
}

/** One piece of a designer's work that ends in a submission. */
interface Job {
  round: ReviewRound;
  readyMs: number;
  doneMs: number;
  workMin: number;
}

/**
 * Design and revision effort. A designer works on one thing at a time, so a submission's work
 * began when it was ready (the asset created, or sent back) or when the same designer's previous
 * submission went out, whichever is later; the work is the designer's working minutes from then to
 * the submission, less the base's submission note on an async one. First versions give the design
 * effort of their kind; first revisions, over the same asset's first version, the revision
 * fraction of the cause the send-back's reason names.
 */
export function fitDesign(input: DesignInput): FitPart {
  const part = emptyPart();
  const { base, calendars } = input;
  if (!base.people.some((p) => p.role === 'designer')) {
    part.notIdentified.push({ path: 'effort.design, effort.variant, effort.routine, effort.revision', why: 'the base has no designers: its assets go to review when created' });
    return part;
  }
  const noteMin = meanOf(base.effort.submissionNote);
  const byDesigner = new Map<string, Job[]>();
  for (const r of input.rounds) {
    const jobs = byDesigner.get(r.submitted.designer) ?? [];
    jobs.push({ round: r, readyMs: r.cause?.timeMs ?? NaN, doneMs: r.submitted.timeMs, workMin: 0 });
    byDesigner.set(r.submitted.designer, jobs);
  }
  const first = new Map<ReviewRound['asset'], number>();
  const samples = { routine: [] as number[], template: [] as number[], variant: [] as number[] };
  const revisions = new Map<string, { rev: number[]; design: number[] }>();
  const unnamed = byDesigner.get('')?.length ?? 0;
  // A submission without its designer cannot be placed in anyone's day: creation to submission
  // would mix waiting for a busy designer with the work itself.
  byDesigner.delete('');
  if (unnamed > 0) part.notes.push(`${unnamed} submissions name no designer: left out of the design and revision efforts (their waiting for a designer cannot be told from the work)`);
  for (const [designer, jobs] of byDesigner) {
    jobs.sort((a, b) => a.doneMs - b.doneMs);
    let previous = -Infinity;
    for (const job of jobs) {
      const start = Math.max(job.readyMs, previous);
      previous = job.doneMs;
      // Without its creation recorded a first version's start is unknown: it only occupies the designer.
      if (Number.isNaN(start)) continue;
      const note = job.round.submitted.route === 'async' ? noteMin : 0;
      job.workMin = Math.max(0, calendars.workingMinutes(designer, 'designer', start, job.doneMs) - note);
      if (job.round.round === 1) {
        first.set(job.round.asset, job.workMin);
        samples[kindOf(job.round.asset)].push(job.workMin);
      }
    }
  }
  for (const jobs of byDesigner.values()) {
    for (const job of jobs) {
      const cause = job.round.cause?.cause;
      const design = first.get(job.round.asset);
      if (job.round.round !== 2 || !cause || design === undefined) continue;
      const t = revisions.get(cause) ?? { rev: [], design: [] };
      t.rev.push(job.workMin);
      t.design.push(design);
      revisions.set(cause, t);
    }
  }
  const has = { routine: base.streams.length > 0, template: base.campaigns.some((c) => !c.oneOff), variant: base.campaigns.some((c) => !c.oneOff) };
  const paths = { routine: 'effort.routine', template: 'effort.design', variant: 'effort.variant' } as const;
  const bases: Record<keyof typeof paths, Distribution> = { routine: base.effort.routine, template: base.effort.design, variant: base.effort.variant };
  for (const kind of ['routine', 'template', 'variant'] as const) {
    const e = meanEstimate(samples[kind]);
    if (!has[kind]) continue;
    if (!e || samples[kind].length < MIN_SAMPLES) {
      part.notIdentified.push({ path: paths[kind], why: `${samples[kind].length} first versions of ${kind} assets with their creation and designer recorded (${MIN_SAMPLES} needed)` });
      continue;
    }
    part.values.push({ path: paths[kind].split('.'), value: distributionText(bases[kind], e.value, e.sd), estimate: e, unit: 'min', measured: `created to first submitted, in the designer's working minutes after their previous submission${noteMin > 0 ? ', less the submission note' : ''}` });
  }
  for (const cause of SEND_BACK_CAUSES) {
    const t = revisions.get(cause);
    const ratio = t ? ratioEstimate(t.rev, t.design) : null;
    if (!t || !ratio || t.rev.length < MIN_SAMPLES) {
      part.notIdentified.push({ path: `effort.revision.${cause}`, why: `${t?.rev.length ?? 0} first revisions whose reason names a ${cause} and whose first version was measured (${MIN_SAMPLES} needed)` });
      continue;
    }
    part.values.push({ path: ['effort', 'revision', cause], value: rounded(Math.min(2, Math.max(0, ratio.value))), estimate: ratio, unit: 'fraction of the first version', measured: `first revisions after a ${cause} send-back over the same assets' first versions (working minutes)` });
  }
  part.notes.push('design and revision times are a designer\'s working time between their submissions: work of theirs the audit does not record (answering questions, own tasks) is counted in, so these efforts lean high');
  part.notIdentified.push({ path: 'effort.revision.decay', why: 'later revisions are few and mix causes' });
  if (base.people.some((p) => p.role === 'designer' && p.attention.ownWork > 0)) {
    part.notes.push('the base\'s designers have own work (attention.ownWork): design times measured from the audit include it, so the fitted design effort may be high');
  }
  return part;
}
