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
  if (!s.quality.rework) return { approve: true, cause: null };
  const round = asset.rounds + 1;
  const fade = Math.pow(s.quality.roundDecay, round - 1);
  if (asset.hasDefect) return { approve: false, cause: 'defect' };
  const misreadRate = ctx.setting === 'meeting' ? s.quality.meetingMisread : s.quality.misread;
  if (draws.misread < ambiguityExposure(s, asset) * misreadRate * fade) return { approve: false, cause: 'misread' };
  if (round === 1 && ctx.typeDecidedBefore && !s.decisionLog.enabled && draws.relitigation < s.decisionLog.relitigation) {
    return { approve: false, cause: 'relitigation' };
  }
  let nicety = ctx.perfectionism * fade;
  if (ctx.setting === 'meeting') nicety *= s.quality.meetingPressure;
  if (s.acceptanceCriteria.enabled) nicety *= round === 1 ? 0 : s.acceptanceCriteria.residual;
  if (draws.perfectionism < nicety) return { approve: false, cause: 'perfectionism' };
  return { approve: true, cause: null };
}

/**
 * Chance that a written review must first ask a clarification question (`k` questions already
 * asked this round halve it each time); pre-filled brief metadata removes a share.
 */
export function questionChance(s: Scenario, asset: Asset, prefill: number, k: number): number {
  if (!s.quality.rework) return 0;
  return ambiguityExposure(s, asset) * s.quality.questionRate * (1 - prefill) * Math.pow(0.5, k);
}
