import type { AssetHistory, AuditStep } from './audit-digest.js';

/** One submission of an asset and what followed it until its decision (or the audit's end). */
export interface ReviewRound {
  asset: AssetHistory;
  /** 1 for the first submission, 2 for the first resubmission … */
  round: number;
  submitted: AuditStep;
  firstResponse: AuditStep | null;
  /** Questions asked on this submission, in order. */
  questions: AuditStep[];
  /** The decision that closed it (approved or changes requested), or null while open. */
  closing: AuditStep | null;
  /** What made the submission necessary: the asset's creation (round 1, when recorded) or the send-back before it. */
  cause: AuditStep | null;
}

/** An asset's history cut into its review rounds (steps are in order and possible: see AuditDigest). */
export function reviewRounds(asset: AssetHistory): ReviewRound[] {
  const rounds: ReviewRound[] = [];
  let current: ReviewRound | null = null;
  let before: AuditStep | null = null;
  for (const s of asset.steps) {
    if (s.event === 'created') before = s;
    else if (s.event === 'submitted') {
      current = { asset, round: rounds.length + 1, submitted: s, firstResponse: null, questions: [], closing: null, cause: before };
      rounds.push(current);
    } else if (current !== null) {
      if (s.event === 'first response') current.firstResponse = s;
      else if (s.decision === 'question') current.questions.push(s);
      else {
        current.closing = s;
        before = s;
        current = null;
      }
    }
  }
  return rounds;
}

/** Kind of asset as the model knows it: routine (no campaign), template (channel "template"), else variant. */
export function kindOf(asset: AssetHistory): 'routine' | 'template' | 'variant' {
  if (asset.campaign === '') return 'routine';
  return asset.channel === 'template' ? 'template' : 'variant';
}
