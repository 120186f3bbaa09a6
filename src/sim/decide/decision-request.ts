import type { SweepParameter } from '../experiment/sweep.js';
import type { ModelName } from '../scenario/types.js';
import type { OddsDocument } from './odds-document.js';
import type { PilotDocument } from './pilot-document.js';
import type { SensitivityDocument } from './sensitivity-document.js';
import type { SizeDocument } from './size-document.js';

/** Any of the four decision documents. */
export type DecisionDocument = SizeDocument | OddsDocument | PilotDocument | SensitivityDocument;

/** What re-runs a size document: its command's options. */
export interface SizeRequest {
  kind: 'size';
  targets: string[];
  levers: SweepParameter[];
  cost: string;
  confidence: number;
  model: ModelName;
  minReplications: number;
  maxReplications: number;
  seed: number | string;
}

/** What re-runs an odds document. */
export interface OddsRequest {
  kind: 'odds';
  /** An instant with its offset, as `--deadline` takes it. */
  deadline: string;
  campaign: string | null;
  channels: string[] | null;
  types: string[] | null;
  models: ModelName[];
  precision: number;
  batch: number;
  maxReplications: number;
  seed: number | string;
}

/** What re-runs a pilot document. */
export interface PilotRequest {
  kind: 'pilot';
  baseline: 'sync' | 'async';
  pilot: 'sync' | 'async';
  route: string;
  weeks: number[];
  /** The weeks the study spans (`--max-weeks`, at least the longest of `weeks`). */
  spanWeeks: number;
  alpha: number;
  power: number;
  replications: number;
  seed: number | string;
}

/** What re-runs a sensitivity document. */
export interface SensitivityRequest {
  kind: 'sensitivity';
  metric: string;
  model: ModelName;
  replications: number;
  morris: number | null;
  seed: number | string;
}

/** The options of any decision command. */
export type DecisionRequest = SizeRequest | OddsRequest | PilotRequest | SensitivityRequest;

/** An ISO instant ("…Z") written at a UTC offset ("+01:00"): "2026-03-13T17:00:00+01:00". */
export function instantAtOffset(iso: string, offset: string): string {
  const sign = offset[0] === '-' ? -1 : 1;
  const offsetMin = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(Date.parse(iso) + offsetMin * 60_000).toISOString().slice(0, 19)}${offset}`;
}

/** The options that made a decision document: re-run with them (and its scenario) it is made again, byte for byte. */
export function requestOf(doc: DecisionDocument): DecisionRequest {
  switch (doc.kind) {
    case 'size':
      return {
        kind: 'size',
        targets: doc.targets.map((t) => t.text),
        levers: doc.levers,
        cost: doc.cost.name,
        confidence: doc.confidence,
        model: doc.model,
        minReplications: doc.procedure.minReplications,
        maxReplications: doc.procedure.maxReplications,
        seed: doc.seed,
      };
    case 'odds':
      return {
        kind: 'odds',
        deadline: instantAtOffset(doc.deadline, doc.deadlineOffset),
        campaign: doc.assets.campaign,
        channels: doc.assets.channels,
        types: doc.assets.types,
        models: doc.odds.map((o) => o.model),
        precision: doc.procedure.precision,
        batch: doc.procedure.batch,
        maxReplications: doc.procedure.maxReplications,
        seed: doc.seed,
      };
    case 'pilot':
      return {
        kind: 'pilot',
        baseline: doc.baseline,
        pilot: doc.pilot,
        route: doc.route.text,
        weeks: doc.lengths.filter((l) => l.requested).map((l) => l.weeks),
        spanWeeks: doc.lengths.length,
        alpha: doc.alpha,
        power: doc.powerTarget,
        replications: doc.replications,
        seed: doc.seed,
      };
    case 'sensitivity':
      return { kind: 'sensitivity', metric: doc.metric, model: doc.model, replications: doc.replications, morris: doc.morris?.trajectories ?? null, seed: doc.seed };
  }
}
