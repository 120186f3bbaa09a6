import { buildDocument } from '../experiment/summarize.js';
import type { ResultDocument } from '../experiment/result-document.js';
import type { Scenario } from '../scenario/types.js';

export { DECISION_KINDS, DECISION_SCHEMA_VERSION } from './decision-kinds.js';

/** The scenario header every decision document shares with the result document: the scenario and the seed. */
export function decisionHeader(scenario: Scenario): Pick<ResultDocument, 'scenario' | 'seed'> {
  const { scenario: header, seed } = buildDocument(scenario, [], 1);
  return { scenario: header, seed };
}

/** A number for JSON: 9 significant digits (stable text), null for NaN and infinities. */
export function jsonNumber(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(9)) : null;
}

/** An instant (minutes since the scenario's start) as an ISO string in UTC, to the second; null when not finite. */
export function isoAt(scenario: Scenario, minutes: number): string | null {
  if (!Number.isFinite(minutes)) return null;
  return new Date(scenario.originMs + Math.round(minutes * 60) * 1000).toISOString().replace('.000Z', 'Z');
}
