import type { ReworkCause, WaitCause } from '../metrics/counted-asset.js';
import type { AssetKind } from '../scenario/types.js';
import type { AssetKey } from './asset-keys.js';

/** The causes the metrics tally, named where the model uses them too. */
export type { ReworkCause, WaitCause };

/** Where an asset is in its life. */
export type AssetState =
  | 'briefed'
  | 'in-design'
  | 'pre-flight'
  | 'waiting-for-review'
  | 'in-review'
  | 'clarification'
  | 'changes-requested'
  | 'in-revision'
  | 'approved';

/** One asset: a template, a channel variant, a one-off or a routine piece. */
export interface Asset {
  id: number;
  /** Stable key across models (common random numbers), e.g. "c3/type-1/channel-2". */
  key: string;
  /** The key hashed into two words, the same in every replication (asset-keys.ts): what its streams mix in. */
  keyHash0: number;
  keyHash1: number;
  kind: AssetKind;
  campaign: number;
  assetType: string;
  channel: string;
  clarity: number;
  priority: number;
  /** The template this variant derives from (-1 for others). */
  template: number;
  /** Design effort of the first version (minutes), the base of revision effort. */
  baseEffortMin: number;
  /** Designer responsible for it (-1 before assignment). */
  designer: number;
  state: AssetState;
  createdAt: number;
  firstSubmittedAt: number;
  approvedAt: number;
  /** Review rounds completed with a decision. */
  rounds: number;
  changesRequested: number;
  /** Decided in a meeting at least once: its open questions were settled in the room. */
  settledInRoom: boolean;
  hasDefect: boolean;
  /** Where the asset goes for review this round. */
  route: 'sync' | 'async';
  /** Start of the current wait and its cause (NaN when not waiting). */
  waitSince: number;
  waitCause: WaitCause | null;
  /** Counted in metrics (first submitted after the warm-up). */
  counted: boolean;
  /** Its row in the replication's table of stream places (AssetDraws), -1 while it has none. */
  drawRow: number;
}

/** A new asset in the briefed state; `init.key` its key, hashed. */
export function createAsset(
  init: Pick<Asset, 'kind' | 'campaign' | 'assetType' | 'channel' | 'clarity' | 'priority' | 'template'> & { key: AssetKey },
  id: number,
  createdAt: number,
): Asset {
  // Spelled out (not spread) so every asset has one hidden class.
  return {
    id,
    key: init.key.text,
    keyHash0: init.key.hash0,
    keyHash1: init.key.hash1,
    kind: init.kind,
    campaign: init.campaign,
    assetType: init.assetType,
    channel: init.channel,
    clarity: init.clarity,
    priority: init.priority,
    template: init.template,
    createdAt,
    baseEffortMin: 0,
    designer: -1,
    state: 'briefed',
    firstSubmittedAt: NaN,
    approvedAt: NaN,
    rounds: 0,
    changesRequested: 0,
    settledInRoom: false,
    hasDefect: false,
    route: 'async',
    waitSince: NaN,
    waitCause: null,
    counted: false,
    drawRow: -1,
  };
}
