import type { AuditDecision, AuditEvent, AuditRecord, AuditRoute } from '../audit/audit-format.js';
import type { Problem } from '../scenario/problem.js';
import { countReason, emptyCounts, keepProblem, type RowCounts } from './row-counts.js';
import { causeOfReason, type SendBackCause } from './send-back-cause.js';

/** One review event of an asset, as the fit keeps it: numbers and short names, never the row's text. */
export interface AuditStep {
  timeMs: number;
  event: AuditEvent;
  decision: AuditDecision | null;
  route: AuditRoute;
  designer: string;
  reviewer: string;
  /** The model's send-back cause the reason names, or null. */
  cause: SendBackCause | null;
  line: number;
  col: number;
}

/** An asset's review history: what it is, and its events in time order. */
export interface AssetHistory {
  id: string;
  campaign: string;
  assetType: string;
  channel: string;
  steps: AuditStep[];
}

/** The audit digested: each asset's history, the span of time it covers, and how its rows were used. */
export interface AuditDigestResult {
  assets: AssetHistory[];
  firstMs: number;
  lastMs: number;
  counts: RowCounts;
}

const EVENT_ORDER: Record<AuditEvent, number> = { created: 0, submitted: 1, 'first response': 2, decision: 3, approved: 4 };

/**
 * Takes an audit's rows one at a time (a file is streamed, never held) and keeps one history per
 * asset: exact duplicates are dropped, rows out of time order are put in order, and at the end the
 * rows that cannot have happened (a decision before any submission, rows after the final approval)
 * are dropped. Every drop and repair is counted by reason with a located problem.
 */
export class AuditDigest {
  private readonly assets = new Map<string, AssetHistory>();
  private readonly counts = emptyCounts();
  private readonly names = new Map<string, string>();
  private firstMs = Infinity;
  private lastMs = -Infinity;

  /** A row that could not be read: its problems (located), counted as dropped by the column at fault. */
  reject(problems: readonly Problem[]): void {
    this.counts.rows++;
    const column = problems[0]?.path[0];
    countReason(this.counts.dropped, column === undefined ? 'unreadable row' : `unreadable ${column}`);
    for (const p of problems) keepProblem(this.counts, { ...p, message: `${p.message}: row dropped` });
  }

  /** A row read. */
  add(record: AuditRecord): void {
    this.counts.rows++;
    let asset = this.assets.get(record.asset);
    if (asset === undefined) {
      asset = { id: record.asset, campaign: this.name(record.campaign), assetType: this.name(record.assetType), channel: this.name(record.channel), steps: [] };
      this.assets.set(record.asset, asset);
    }
    const col = record.eventCol ?? 1;
    const steps = asset.steps;
    for (let i = steps.length - 1; i >= 0 && i >= steps.length - 16; i--) {
      const s = steps[i];
      if (s.timeMs === record.timeMs && s.event === record.event && s.decision === record.decision && s.reviewer === record.reviewer) {
        this.drop('duplicate row', { path: ['event'], line: record.line, col, message: `the same ${record.event} of asset "${record.asset}" as row ${s.line}: duplicate dropped` });
        return;
      }
    }
    const last = steps[steps.length - 1];
    if (last !== undefined && record.timeMs < last.timeMs) {
      countReason(this.counts.repaired, 'out of time order');
      keepProblem(this.counts, { path: ['time'], line: record.line, col: record.timeCol ?? 1, message: `asset "${record.asset}": this ${record.event} is earlier than its row ${last.line}: put in time order` });
    }
    steps.push({
      timeMs: record.timeMs,
      event: record.event,
      decision: record.decision,
      route: record.route,
      designer: this.name(record.designer),
      reviewer: this.name(record.reviewer),
      cause: causeOfReason(record.reason),
      line: record.line,
      col,
    });
  }

  /** The histories in time order, with the rows that cannot have happened dropped and counted. */
  finish(): AuditDigestResult {
    const assets: AssetHistory[] = [];
    for (const asset of this.assets.values()) {
      asset.steps.sort((a, b) => a.timeMs - b.timeMs || EVENT_ORDER[a.event] - EVENT_ORDER[b.event] || a.line - b.line);
      asset.steps = this.possibleSteps(asset);
      if (asset.steps.length === 0) continue;
      assets.push(asset);
      // The span is the kept rows': a dropped row's time may be anything.
      this.firstMs = Math.min(this.firstMs, asset.steps[0].timeMs);
      this.lastMs = Math.max(this.lastMs, asset.steps[asset.steps.length - 1].timeMs);
    }
    const dropped = Object.values(this.counts.dropped).reduce((a, b) => a + b, 0);
    this.counts.used = this.counts.rows - dropped;
    this.counts.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
    return { assets, firstMs: this.firstMs, lastMs: this.lastMs, counts: this.counts };
  }

  /** The steps that can have happened, in order: a review needs a submission before it; nothing follows the final approval. */
  private possibleSteps(asset: AssetHistory): AuditStep[] {
    const kept: AuditStep[] = [];
    let submitted = false, open = false, responded = false, approved = false, created = false;
    const drop = (s: AuditStep, reason: string, why: string) =>
      this.drop(reason, { path: ['event'], line: s.line, col: s.col, message: `asset "${asset.id}": ${why}: row dropped` });
    for (const s of asset.steps) {
      if (approved) {
        drop(s, 'after the final approval', `a ${s.event} after its final approval`);
        continue;
      }
      switch (s.event) {
        case 'created':
          if (created) drop(s, 'created twice', 'a second created row');
          else if (submitted) drop(s, 'created after a submission', 'created after it was submitted');
          else kept.push(s), (created = true);
          continue;
        case 'submitted':
          if (open) drop(s, 'submitted again before a decision', 'submitted again while a submission waits for its decision');
          else kept.push(s), (submitted = open = true), (responded = false);
          continue;
        case 'first response':
          if (!open) drop(s, `${s.event} before any submission`, `a first response with no submission waiting for one`);
          else if (responded) drop(s, 'second first response', 'a second first response to one submission');
          else kept.push(s), (responded = true);
          continue;
        default:
          if (!open) {
            drop(s, `${s.decision === 'approved' ? 'approval' : 'decision'} before any submission`, `${s.decision === 'approved' ? 'an approval' : 'a decision'} with no submission waiting for it`);
            continue;
          }
          kept.push(s);
          if (s.decision !== 'question') open = false;
          if (s.event === 'approved' || (s.decision === 'approved' && s.event === 'decision')) approved = true;
      }
    }
    return kept;
  }

  private drop(reason: string, problem: Problem): void {
    countReason(this.counts.dropped, reason);
    keepProblem(this.counts, problem);
  }

  /** One copy of each name (people, channels): a long audit repeats a few. */
  private name(text: string): string {
    let kept = this.names.get(text);
    if (kept === undefined) this.names.set(text, (kept = text));
    return kept;
  }
}
