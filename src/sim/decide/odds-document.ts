import type { ModelName, Scenario } from '../scenario/types.js';
import { warningsOf } from '../scenario/warnings.js';
import type { AssetSelector, AssetSet } from './asset-set.js';
import { DECISION_SCHEMA_VERSION, decisionHeader, isoAt, jsonNumber } from './decision-header.js';
import type { FixedWidthRule } from './fixed-width-rule.js';
import type { OddsTally } from './odds-search.js';
import { summarizeOdds } from './odds-summary.js';

/** A completion date of the odds document: when the set is done with a given probability. */
export interface CompletionDate {
  probability: number;
  /** False when the set is not complete within the horizon in that share of replications (date is then null). */
  withinHorizon: boolean;
  date: string | null;
  hoursFromStart: number | null;
  /** Order-statistic interval; a null bound is beyond the horizon or out of reach of the replications (see note). */
  ci95: [string | null, string | null];
  ci95Hours: [number | null, number | null];
  note?: string;
}

/** The odds of one model. */
export interface ModelOdds {
  model: ModelName;
  replications: number;
  stoppedBy: 'precision' | 'cap';
  completeByDeadline: number;
  probability: number;
  ci95: [number, number];
  incompleteAtHorizon: number;
  completion: CompletionDate[];
  /** Each replication's completion, hours from the start, ascending; null when never complete within the horizon (last). The probability-by-date curve. */
  completionHours: Array<number | null>;
  warnings?: string[];
}

/** The document of `handoff odds`. */
export interface OddsDocument {
  kind: 'odds';
  schemaVersion: number;
  scenario: ReturnType<typeof decisionHeader>['scenario'];
  seed: number | string;
  deadline: string;
  /** The UTC offset the deadline was written in ("+01:00"); tables show dates in it. */
  deadlineOffset: string;
  deadlineHours: number;
  assets: {
    rule: string;
    /** The campaign asked for (`--campaign`), null for every campaign. */
    campaign: string | null;
    count: number;
    campaigns: Array<{ name: string; published: string; assets: number }>;
    channels: string[] | null;
    types: string[] | null;
  };
  procedure: { rule: string; confidence: number; precision: number; batch: number; maxReplications: number };
  odds: ModelOdds[];
}

/** Says which assets a selection holds, in words. */
function ruleOf(selector: AssetSelector): string {
  const parts = [selector.campaign === undefined ? 'every campaign and one-off published by the deadline' : `campaign "${selector.campaign}" (each instance published by the deadline)`];
  if (selector.channels) parts.push(`channels ${selector.channels.join(', ')}`);
  if (selector.types) parts.push(`asset types ${selector.types.join(', ')}`);
  return `${parts.join('; ')}; all their assets must be approved (routine stream work is not counted)`;
}

/** An offset in minutes east of UTC as "+01:00". */
export function offsetText(offsetMin: number): string {
  const abs = Math.abs(offsetMin);
  return `${offsetMin < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Why a null bound is null. */
function noteOf(lo: number, hi: number): string | undefined {
  const notes: string[] = [];
  if (Number.isNaN(lo)) notes.push('too few replications for a lower bound');
  if (hi === Infinity) notes.push('the upper bound lies beyond the horizon');
  else if (Number.isNaN(hi)) notes.push('too few replications for an upper bound');
  return notes.length > 0 ? notes.join('; ') : undefined;
}

/** Builds the odds document from each model's completion times. */
export function buildOddsDocument(options: {
  scenario: Scenario;
  deadlineMin: number;
  deadlineOffsetMin: number;
  selector: AssetSelector;
  set: AssetSet;
  rule: FixedWidthRule;
  batch: number;
  tallies: readonly OddsTally[];
}): OddsDocument {
  const { scenario, rule } = options;
  const hours = (m: number) => jsonNumber(m / 60);
  const odds = options.tallies.map((t): ModelOdds => {
    const s = summarizeOdds(t.completions, options.deadlineMin, rule.confidence);
    const completion = s.completion.map((c): CompletionDate => {
      const [lo, hi] = c.interval;
      const note = noteOf(lo, hi);
      return {
        probability: c.probability,
        withinHorizon: Number.isFinite(c.minutes),
        date: isoAt(scenario, c.minutes),
        hoursFromStart: hours(c.minutes),
        ci95: [isoAt(scenario, lo), isoAt(scenario, hi)],
        ci95Hours: [hours(lo), hours(hi)],
        ...(note ? { note } : {}),
      };
    });
    const warnings = warningsOf(scenario, t.model);
    return {
      model: t.model,
      replications: s.replications,
      stoppedBy: t.stoppedBy,
      completeByDeadline: s.completeByDeadline,
      probability: jsonNumber(s.probability) ?? 0,
      ci95: [jsonNumber(s.interval[0]) ?? 0, jsonNumber(s.interval[1]) ?? 1],
      incompleteAtHorizon: s.incompleteAtHorizon,
      completion,
      completionHours: [...t.completions].sort((a, b) => a - b).map((m) => hours(m)),
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  });
  return {
    kind: 'odds',
    schemaVersion: DECISION_SCHEMA_VERSION,
    ...decisionHeader(scenario),
    deadline: isoAt(scenario, options.deadlineMin)!,
    deadlineOffset: offsetText(options.deadlineOffsetMin),
    deadlineHours: jsonNumber(options.deadlineMin / 60)!,
    assets: {
      rule: ruleOf(options.selector),
      campaign: options.selector.campaign ?? null,
      count: options.set.keys.length,
      campaigns: options.set.campaigns.map((c) => ({ name: c.name, published: isoAt(scenario, c.publishMin)!, assets: c.assets })),
      channels: options.selector.channels ? [...options.selector.channels] : null,
      types: options.selector.types ? [...options.selector.types] : null,
    },
    procedure: {
      rule: `batches of ${options.batch} replications per model until the ${rule.confidence * 100}% Wilson interval of the probability has a half-width of at most ${rule.precision}, or ${rule.maxReplications} replications`,
      confidence: rule.confidence,
      precision: rule.precision,
      batch: options.batch,
      maxReplications: rule.maxReplications,
    },
    odds,
  };
}
