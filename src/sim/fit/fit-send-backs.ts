import type { Scenario } from '../scenario/types.js';
import { proportionEstimate, type Estimate } from './estimate.js';
import { emptyPart, rounded, type FitPart } from './fitted-value.js';
import type { ReviewRound } from './review-rounds.js';
import { MIN_SAMPLES } from './fit-review.js';
import { commonExposure } from './ambiguity.js';

/** Inputs of the send-back estimators. */
export interface SendBackInput {
  rounds: readonly ReviewRound[];
  base: Scenario;
}

/**
 * The chance of a send-back by route and round (rounds 1, 2 and 3 or later), and — when the
 * reasons name the model's causes ("defect: …", "misread …", "perfectionism …") — the cause rates
 * the model draws. A review checks the causes in turn (src/sim/model/outcome.ts: defect, misread,
 * re-litigation, nice-to-haves), so each cause's chance is its count among the decisions no earlier
 * cause sent back. Submissions without a decision at the audit's end are not counted.
 */
export function fitSendBacks(input: SendBackInput): FitPart {
  const part = emptyPart();
  const { rounds, base } = input;
  const tally = new Map<string, { back: number; n: number }>();
  const closed = rounds.filter((r) => r.closing !== null);
  for (const r of closed) {
    const key = `${r.submitted.route}, round ${r.round >= 3 ? '3+' : r.round}`;
    const t = tally.get(key) ?? { back: 0, n: 0 };
    t.n++;
    if (r.closing!.decision === 'changes requested') t.back++;
    tally.set(key, t);
  }
  for (const key of [...tally.keys()].sort()) {
    const t = tally.get(key)!;
    part.observations.push({ name: `send-back chance, ${key}`, estimate: proportionEstimate(t.back, t.n)!, unit: 'share' });
  }
  fitCauses(part, closed, base);
  fitQuestions(part, rounds.filter((r) => r.submitted.route === 'async' && r.firstResponse !== null && (r.closing !== null || r.questions.length > 0)), base);
  return part;
}

function fitCauses(part: FitPart, closed: readonly ReviewRound[], base: Scenario): void {
  const backs = closed.filter((r) => r.closing!.decision === 'changes requested');
  const named = backs.filter((r) => r.closing!.cause !== null).length;
  if (backs.length === 0 || named < 0.95 * backs.length) {
    for (const p of ['quality.defectRate', 'quality.misread', 'quality.meetingMisread', 'quality.perfectionism']) {
      part.notIdentified.push({ path: p, why: `the send-backs' reasons name the model's causes (defect, misread, relitigation, perfectionism) on ${named} of ${backs.length}; the chance of a send-back is reported, not split into causes` });
    }
    return;
  }
  const count = (rs: readonly ReviewRound[], cause: string) => rs.filter((r) => r.closing!.cause === cause).length;
  // Defect: drawn afresh on every submission, checked first, in any setting.
  const escape = base.preflight.enabled ? 1 - base.preflight.catchRate : 1;
  const defect = proportionEstimate(count(closed, 'defect'), closed.length);
  if (!defect || closed.length < MIN_SAMPLES || escape <= 0) {
    part.notIdentified.push({ path: 'quality.defectRate', why: escape <= 0 ? 'pre-flight catches every defect in the base: none reach a review' : `${closed.length} decisions (${MIN_SAMPLES} needed)` });
  } else {
    part.values.push({ path: ['quality', 'defectRate'], value: rounded(Math.min(1, defect.value / escape)), estimate: scaled(defect, 1 / escape), unit: 'share', measured: `send-backs for a defect among all decisions${escape < 1 ? ', over the share pre-flight lets through' : ''}` });
  }
  const exposure = commonExposure(base);
  const firstWritten = closed.filter((r) => r.round === 1 && r.submitted.route === 'async');
  const afterDefect = firstWritten.filter((r) => r.closing!.cause !== 'defect');
  fitMisread(part, { path: 'misread', rounds: afterDefect, exposure, setting: 'async' });
  fitMisread(part, { path: 'meetingMisread', rounds: closed.filter((r) => r.round === 1 && r.submitted.route === 'sync' && r.closing!.cause !== 'defect'), exposure, setting: 'sync' });
  const groupsOwn = base.people.some((p) => p.role === 'reviewer' && p.perfectionism !== base.quality.perfectionism);
  const atRisk = afterDefect.filter((r) => r.closing!.cause !== 'misread' && r.closing!.cause !== 'relitigation');
  const nicety = proportionEstimate(count(atRisk, 'perfectionism'), atRisk.length);
  if (base.acceptanceCriteria.enabled || groupsOwn) {
    part.notIdentified.push({ path: 'quality.perfectionism', why: base.acceptanceCriteria.enabled ? 'acceptance criteria are on: first passes ask no nice-to-haves' : 'reviewer groups set their own perfectionism' });
  } else if (nicety && atRisk.length >= MIN_SAMPLES) {
    part.values.push({ path: ['quality', 'perfectionism'], value: rounded(nicety.value), estimate: nicety, unit: 'share', measured: 'first async reviews with no earlier cause, sent back for nice-to-haves' });
  } else part.notIdentified.push({ path: 'quality.perfectionism', why: `${atRisk.length} first async reviews with no earlier cause (${MIN_SAMPLES} needed; in a meeting nice-to-haves mix with the meeting's pressure)` });
  part.notIdentified.push({ path: 'quality.roundDecay', why: 'later rounds mix the decay with who is still in review' });
}

/** A misread rate (written or in a meeting): first reviews without a defect sent back as a misread, per unit of ambiguity. */
function fitMisread(part: FitPart, o: { path: 'misread' | 'meetingMisread'; rounds: readonly ReviewRound[]; exposure: number | null; setting: 'async' | 'sync' }): void {
  const { exposure, rounds } = o;
  const share = proportionEstimate(rounds.filter((r) => r.closing!.cause === 'misread').length, rounds.length);
  if (exposure === null || exposure <= 0 || !share || rounds.length < MIN_SAMPLES) {
    const why = exposure === null ? 'assets of different brief clarity (campaigns or several streams): the chance per unit of ambiguity cannot be told apart' : exposure <= 0 ? 'the base\'s stream has clarity 1: no ambiguity to misread' : `${rounds.length} first ${o.setting} reviews without a defect (${MIN_SAMPLES} needed)`;
    part.notIdentified.push({ path: `quality.${o.path}`, why });
    return;
  }
  part.values.push({ path: ['quality', o.path], value: rounded(Math.min(1, share.value / exposure)), estimate: scaled(share, 1 / exposure), unit: 'share per unit of ambiguity', measured: `first ${o.setting} reviews without a defect sent back as a misread, over the ambiguity ${rounded(exposure)}` });
}

function fitQuestions(part: FitPart, reviewed: readonly ReviewRound[], base: Scenario): void {
  const exposure = commonExposure(base);
  const asked = proportionEstimate(reviewed.filter((r) => r.questions.length > 0).length, reviewed.length);
  if (asked) part.observations.push({ name: 'clarification question on an async review', estimate: asked, unit: 'share' });
  if (exposure === null || exposure <= 0 || !asked || reviewed.length < MIN_SAMPLES) {
    part.notIdentified.push({ path: 'quality.questionRate', why: exposure === null ? 'assets of different brief clarity: the chance per unit of ambiguity cannot be told apart' : exposure <= 0 ? 'the base\'s stream has clarity 1: no ambiguity to ask about' : `${reviewed.length} async reviews (${MIN_SAMPLES} needed)` });
    return;
  }
  const prefill = base.model === 'event-driven' ? base.eventDriven.prefill : 0;
  const scale = 1 / (exposure * (1 - prefill));
  part.values.push({ path: ['quality', 'questionRate'], value: rounded(Math.min(1, asked.value * scale)), estimate: scaled(asked, scale), unit: 'share per unit of ambiguity', measured: `async reviews that first asked a question, over the ambiguity ${rounded(exposure)}` });
}

function scaled(e: Estimate, by: number): Estimate {
  return { value: e.value * by, lo: e.lo * by, hi: e.hi * by, n: e.n };
}
