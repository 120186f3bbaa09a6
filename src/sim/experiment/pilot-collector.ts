import { Collector } from '../metrics/collector.js';
import type { Asset } from '../model/asset.js';
import { routeMatches, type RouteCondition } from '../policies/routing.js';

/**
 * Per-asset rows of one replication, for a pilot's own statistics: each counted asset approved
 * within the horizon, in order of approval. Parallel arrays keep the message to the main thread small.
 */
export interface PilotAssets {
  /** First submission (minutes since start). */
  submittedMin: number[];
  /** Cycle time: first submission to approval (minutes). */
  cycleMin: number[];
  /** 1 when the asset matches the pilot's route (the routed part), else 0. */
  routed: number[];
  /** 1 when a review sent it back at least once (rework), else 0. */
  reworked: number[];
}

/**
 * A collector that also keeps one row per approved asset: when it was first submitted, its cycle
 * time, whether it is in the pilot's routed part, whether it was reworked. Used only when a run
 * asks for it (handoff pilot), so ordinary runs keep the plain collector and pay nothing.
 */
export class PilotCollector extends Collector {
  readonly rows: PilotAssets = { submittedMin: [], cycleMin: [], routed: [], reworked: [] };

  constructor(
    warmupMin: number,
    horizonMin: number,
    private readonly route: RouteCondition,
    private readonly campaignName: (id: number) => string,
  ) {
    super(warmupMin, horizonMin);
  }

  override approved(asset: Asset, now: number): void {
    super.approved(asset, now);
    if (!asset.counted) return;
    this.rows.submittedMin.push(asset.firstSubmittedAt);
    this.rows.cycleMin.push(now - asset.firstSubmittedAt);
    this.rows.routed.push(routeMatches(this.route, asset, this.campaignName) ? 1 : 0);
    this.rows.reworked.push(asset.changesRequested > 0 ? 1 : 0);
  }
}
