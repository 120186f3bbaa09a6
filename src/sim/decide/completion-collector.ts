import { Collector } from '../metrics/collector.js';
import type { Asset } from '../model/asset.js';

/** When a set of assets was complete in one replication. */
export interface SetCompletion {
  /** Approval time (minutes since start) of the set's last asset; Infinity when the set is not complete at the horizon. */
  completedMin: number;
  /** How many of the set's assets were approved within the horizon. */
  approved: number;
}

/**
 * A collector that also watches one set of assets (by their stable keys) and notes when its last
 * asset is approved. Used only when a run asks for it (handoff odds), so ordinary runs keep the
 * plain collector and pay nothing.
 */
export class CompletionCollector extends Collector {
  private approvedInSet = 0;
  private lastMin = 0;

  constructor(warmupMin: number, horizonMin: number, private readonly keys: ReadonlySet<string>) {
    super(warmupMin, horizonMin);
  }

  override approved(asset: Asset, now: number): void {
    super.approved(asset, now);
    if (!this.keys.has(asset.key)) return;
    this.approvedInSet++;
    if (now > this.lastMin) this.lastMin = now;
  }

  /** The set's completion in this replication. */
  completion(): SetCompletion {
    return { completedMin: this.approvedInSet === this.keys.size ? this.lastMin : Infinity, approved: this.approvedInSet };
  }
}
