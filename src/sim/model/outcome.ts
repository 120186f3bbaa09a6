import type { Scenario } from '../scenario/types.js';
import type { Asset, ReworkCause } from './asset.js';

/** Where a review happens: in a meeting (ambiguity settled in the room) or in writing. */
export type ReviewSetting = 'meeting' | 'written';

/** Uniform draws of one review round, taken from the asset's own stream in a fixed order. */
export interface RoundDraws {
  misread: number;
  relitigation: number;
  perfectionism: number;
  question: number;
  followUp: number;
}

/** What a review decides. */
export interface Decision {
  approve: boolean;
  cause: ReworkCause | null;
}

/** The decisions a review can make: shared and frozen, so deciding allocates nothing. */
const APPROVE: Decision = Object.freeze({ approve: true, cause: null });
const SEND_BACK: Readonly<Record<ReworkCause, Decision>> = {
  defect: Object.freeze({ approve: false, cause: 'defect' }),
  misread: Object.freeze({ approve: false, cause: 'misread' }),
  relitigation: Object.freeze({ approve: false, cause: 'relitigation' }),
  perfectionism: Object.freeze({ approve: false, cause: 'perfectionism' }),
};

/** Inputs of a review decision besides the asset and the draws. */
export interface DecisionContext {
  setting: ReviewSetting;
  /** The reviewer's perfectionism (chance of nice-to-have changes on a pass). */
  perfectionism: number;
  /** An earlier asset of this type was decided (re-litigation risk without a decision log). */
  typeDecidedBefore: boolean;
}

/** Share of an asset's brief ambiguity it is exposed to (variants inherit a settled template). */
export function ambiguityExposure(s: Scenario, asset: Asset): number {
  const ambiguity = 1 - asset.clarity;
  return asset.kind === 'variant' ? ambiguity * s.quality.variantInheritance : ambiguity;
}

/**
 * Decides a review round from its causes, checked in order: an escaped defect, a misread brief,
 * a re-opened settled choice, then the reviewer's nice-to-haves. `asset.rounds` is the number of
 * rounds decided before this one.
 */
export function decide(s: Scenario, asset: Asset, draws: RoundDraws, ctx: DecisionContext): Decision {
  if (!s.quality.rework) return APPROVE;
  const round = asset.rounds + 1;
  const fade = Math.pow(s.quality.roundDecay, round - 1);
  if (asset.hasDefect) return SEND_BACK.defect;
  const misreadRate = ctx.setting === 'meeting' ? s.quality.meetingMisread : s.quality.misread;
  if (draws.misread < ambiguityExposure(s, asset) * misreadRate * fade) return SEND_BACK.misread;
  if (round === 1 && ctx.typeDecidedBefore && !s.decisionLog.enabled && draws.relitigation < s.decisionLog.relitigation) {
    return SEND_BACK.relitigation;
  }
  let nicety = ctx.perfectionism * fade;
  if (ctx.setting === 'meeting') nicety *= s.quality.meetingPressure;
  if (s.acceptanceCriteria.enabled) nicety *= round === 1 ? 0 : s.acceptanceCriteria.residual;
  if (draws.perfectionism < nicety) return SEND_BACK.perfectionism;
  return APPROVE;
}

/** Most clarification questions one review round raises. */
export const MAX_QUESTIONS = 2;

/**
 * Chance that a review must first ask a clarification question (`k` questions already asked this
 * round halve it each time); pre-filled brief metadata removes a share.
 */
export function questionChance(s: Scenario, asset: Asset, prefill: number, k: number): number {
  if (!s.quality.rework) return 0;
  return ambiguityExposure(s, asset) * s.quality.questionRate * (1 - prefill) * Math.pow(0.5, k);
}

/**
 * Whether a review round raises its question number `k` (0-based, `k` asked already): the round's
 * own draws decide, so a round raises the same questions in writing as in a room.
 */
export function raisesQuestion(s: Scenario, asset: Asset, draws: RoundDraws, prefill: number, k: number): boolean {
  if (k >= MAX_QUESTIONS) return false;
  return (k === 0 ? draws.question : draws.followUp) < questionChance(s, asset, prefill, k);
}

/**
 * How many questions a review round raises: in writing each is a round trip to the designer and
 * back; in a meeting all are settled in the one sitting.
 */
export function questionsRaised(s: Scenario, asset: Asset, draws: RoundDraws, prefill: number): number {
  let k = 0;
  while (raisesQuestion(s, asset, draws, prefill, k)) k++;
  return k;
}
