import { meanOf } from '../random/distribution.js';
import type { Scenario } from '../scenario/types.js';
import { censoredMeanEstimate, differenceEstimate, meanEstimate, type Estimate } from './estimate.js';
import { distributionText, durationText, emptyPart, type FitPart } from './fitted-value.js';
import type { ReviewRound } from './review-rounds.js';
import type { TeamCalendars } from './team-calendars.js';
import { commonExposure, expectedQuestions } from './ambiguity.js';

/** Fewest observations an effort is fitted from. */
export const MIN_SAMPLES = 10;

/** Inputs of the review-time estimators. */
export interface ReviewTimeInput {
  rounds: readonly ReviewRound[];
  base: Scenario;
  calendars: TeamCalendars;
  /** The audit's last instant: open items are watched until then (right-censored). */
  endMs: number;
}

/**
 * First-response and review times. An async first response is measured in the responding
 * reviewer's working hours from the submission; a sync one (a discussion) in wall hours. The review
 * itself runs from the first response to the first decision: for an async approval that is the
 * review effort (no feedback is written), for a send-back review plus written feedback, for a
 * question review plus writing it; in a meeting it is the item's discussion. Submissions still
 * waiting for a response, and reviews still waiting for a decision, at the audit's end are censored.
 */
export function fitReviewTimes(input: ReviewTimeInput): FitPart {
  const part = emptyPart();
  const { rounds, base, calendars, endMs } = input;
  const wait = { async: { t: [] as number[], seen: [] as boolean[] }, sync: { t: [] as number[], seen: [] as boolean[] } };
  const review = { t: [] as number[], seen: [] as boolean[] };
  const approve: number[] = [], sendBack: number[] = [], question: number[] = [], discussion: number[] = [];
  for (const r of rounds) {
    const route = r.submitted.route;
    const fr = r.firstResponse;
    const at = fr?.timeMs ?? endMs;
    const reviewer = fr?.reviewer ?? '';
    wait[route].t.push(route === 'async' ? calendars.workingMinutes(reviewer, 'reviewer', r.submitted.timeMs, at) / 60 : (at - r.submitted.timeMs) / 3_600_000);
    wait[route].seen.push(fr !== null);
    if (fr === null) continue;
    const first = r.questions[0] ?? r.closing;
    const decidedAt = first?.timeMs ?? endMs;
    const minutes = route === 'async' ? calendars.workingMinutes(first?.reviewer || fr.reviewer, 'reviewer', fr.timeMs, decidedAt) : (decidedAt - fr.timeMs) / 60_000;
    if (route === 'async') {
      review.t.push(minutes);
      review.seen.push(first !== null);
    }
    if (first === null) continue;
    if (route === 'sync') discussion.push(minutes);
    else if (first.decision === 'question') question.push(minutes);
    else if (first.decision === 'approved') approve.push(minutes);
    else sendBack.push(minutes);
  }
  observe(part, 'first response, async (business hours of the reviewer)', censoredMeanEstimate(wait.async.t, wait.async.seen), 'h');
  observe(part, 'first response, sync (wall hours to the discussion)', censoredMeanEstimate(wait.sync.t, wait.sync.seen), 'h');
  observe(part, 'async review, first response to first decision (working minutes)', censoredMeanEstimate(review.t, review.seen), 'min');
  part.notIdentified.push({ path: 'first-response time', why: 'no parameter sets it: it comes from the reviewers\' attention, own work and load (team.*.attention), which the audit does not show apart' });

  const reviewEffort = meanEstimate(approve);
  if (reviewEffort && approve.length >= MIN_SAMPLES) {
    part.values.push({ path: ['effort', 'review'], value: distributionText(base.effort.review, reviewEffort.value, reviewEffort.sd), estimate: reviewEffort, unit: 'min', measured: 'async approvals, first response to decision in the reviewer\'s working minutes (no feedback written)' });
  } else part.notIdentified.push({ path: 'effort.review', why: `${approve.length} async approvals with a first response (${MIN_SAMPLES} needed)` });
  fitExtra(part, { path: 'effort.feedback', samples: sendBack, approvals: approve, baseMean: meanOf(base.effort.feedback), baseKind: base.effort.feedback, what: 'async send-backs minus approvals: writing the feedback' });
  fitExtra(part, { path: 'effort.clarification', samples: question, approvals: approve, baseMean: meanOf(base.effort.clarification), baseKind: base.effort.clarification, what: 'async questions minus approvals: writing the question' });
  fitDiscussion(part, discussion, base);
  return part;
}

/**
 * The discussion of an item in a meeting: discussed to decided, less the in-room clarifications an
 * unclear brief adds (the base's question rate and clarification effort: the meeting does not say
 * which items had them). Assets of different clarity leave the clarifications' share unknown.
 */
function fitDiscussion(part: FitPart, discussion: number[], base: Scenario): void {
  const talk = meanEstimate(discussion);
  const exposure = commonExposure(base);
  if (!talk || discussion.length < MIN_SAMPLES || exposure === null) {
    const why = exposure === null ? 'assets of different brief clarity: the in-room clarifications in a discussion cannot be set apart' : `${discussion.length} sync decisions with a first response (${MIN_SAMPLES} needed)`;
    if (discussion.length > 0 || base.models.includes('sync') || base.models.includes('hybrid')) part.notIdentified.push({ path: 'effort.discussion', why });
    return;
  }
  const clarifications = expectedQuestions(exposure * base.quality.questionRate) * meanOf(base.effort.clarification);
  const estimate = { value: talk.value - clarifications, lo: talk.lo - clarifications, hi: talk.hi - clarifications, n: talk.n };
  if (!(estimate.value > 0)) {
    part.notIdentified.push({ path: 'effort.discussion', why: `discussions (${durationText(talk.value)}) are no longer than the base's in-room clarifications (${durationText(clarifications)})` });
    return;
  }
  const less = clarifications > 0 ? `, less ${durationText(clarifications)} of in-room clarifications (the base's question rate and clarification effort)` : '';
  part.values.push({ path: ['effort', 'discussion'], value: distributionText(base.effort.discussion, estimate.value, talk.sd), estimate, unit: 'min', measured: `sync items, discussed to decided (wall minutes in the meeting)${less}` });
}

function observe(part: FitPart, name: string, e: (Estimate & { censored: number }) | null, unit: string): void {
  if (e) part.observations.push({ name, estimate: e, unit, censored: e.censored });
}

/** An effort measured as the extra time a kind of decision takes over an approval. */
function fitExtra(part: FitPart, o: { path: string; samples: number[]; approvals: number[]; baseMean: number; baseKind: Parameters<typeof distributionText>[0]; what: string }): void {
  const d = differenceEstimate(o.samples, o.approvals);
  if (!d || o.samples.length < MIN_SAMPLES || o.approvals.length < MIN_SAMPLES) {
    part.notIdentified.push({ path: o.path, why: `${o.samples.length} such decisions and ${o.approvals.length} approvals (${MIN_SAMPLES} of each needed)` });
    return;
  }
  if (!(d.lo > 0)) {
    part.notIdentified.push({ path: o.path, why: `${o.what} is ${durationText(d.value)} (95% CI ${durationText(d.lo)}–${durationText(d.hi)}): not clearly above nothing` });
    return;
  }
  const sd = meanEstimate(o.samples)!.sd;
  part.values.push({ path: o.path.split('.'), value: o.baseKind.kind === 'constant' ? durationText(d.value) : distributionText(o.baseKind, d.value, Math.min(sd, d.value)), estimate: d, unit: 'min', measured: o.what });
}
