import type { Scenario } from '../scenario/types.js';

/**
 * The brief ambiguity every asset of the base is exposed to, when it is one for all (a single
 * stream and no campaigns: 1 − its clarity); null when assets differ (campaigns, several streams).
 */
export function commonExposure(base: Scenario): number | null {
  if (base.campaigns.length > 0 || base.streams.length !== 1) return null;
  return 1 - base.streams[0].clarity;
}

/**
 * Expected clarification questions one review round raises at chance p for the first (a second
 * comes at half the chance after a first: src/sim/model/outcome.ts): p + p·p/2.
 */
export function expectedQuestions(p: number): number {
  return p + (p * p) / 2;
}
