import type { ReworkCause, WaitCause } from '../metrics/counted-asset.js';
import type { AssetKind } from '../scenario/types.js';
import { keyText, type AssetKey } from './asset-keys.js';

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
  readonly key: string;
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

/** What a new asset is made from: its descriptive fields and its key, hashed. */
export type AssetInit = Pick<Asset, 'kind' | 'campaign' | 'assetType' | 'channel' | 'clarity' | 'priority' | 'template'> & { key: AssetKey };

/**
 * An asset as the model makes it: the fields of `Asset`, with its key's text written on first
 * read. Routine work numbers its assets (a stream's prefix and a count), and writing that number
 * out for every arrival was a sixth of the M/M/1 bench's run, for a text read only by the event
 * log, a runaway message and the decision commands' asset sets.
 */
class AssetRecord implements Asset {
  // Declared only (`declare`: nothing emitted) and set in the constructor in one order with their
  // first values: a class field emitted without a value starts as undefined, and V8 then keeps a
  // number field boxed, allocating on every write of a fraction.
  declare id: number;
  declare keyHash0: number;
  declare keyHash1: number;
  declare kind: AssetKind;
  declare campaign: number;
  declare assetType: string;
  declare channel: string;
  declare clarity: number;
  declare priority: number;
  declare template: number;
  declare createdAt: number;
  declare baseEffortMin: number;
  declare designer: number;
  declare state: AssetState;
  declare firstSubmittedAt: number;
  declare approvedAt: number;
  declare rounds: number;
  declare changesRequested: number;
  declare settledInRoom: boolean;
  declare hasDefect: boolean;
  declare route: 'sync' | 'async';
  declare waitSince: number;
  declare waitCause: WaitCause | null;
  declare counted: boolean;
  declare drawRow: number;
  /** The key's text (or a numbered key's prefix) and number (-1: none), as in AssetKey. */
  private declare keyPart: string;
  private declare keyNumber: number;

  constructor(init: AssetInit, id: number, createdAt: number) {
    this.id = id;
    this.keyPart = init.key.text;
    this.keyNumber = init.key.number;
    this.keyHash0 = init.key.hash0;
    this.keyHash1 = init.key.hash1;
    this.kind = init.kind;
    this.campaign = init.campaign;
    this.assetType = init.assetType;
    this.channel = init.channel;
    this.clarity = init.clarity;
    this.priority = init.priority;
    this.template = init.template;
    this.createdAt = createdAt;
    this.baseEffortMin = 0;
    this.designer = -1;
    this.state = 'briefed';
    this.firstSubmittedAt = NaN;
    this.approvedAt = NaN;
    this.rounds = 0;
    this.changesRequested = 0;
    this.settledInRoom = false;
    this.hasDefect = false;
    this.route = 'async';
    this.waitSince = NaN;
    this.waitCause = null;
    this.counted = false;
    this.drawRow = -1;
  }

  get key(): string {
    // Written once, then kept: the event log reads it on every row of the asset.
    if (this.keyNumber >= 0) {
      this.keyPart = keyText(this.keyPart, this.keyNumber);
      this.keyNumber = -1;
    }
    return this.keyPart;
  }
}

/** A new asset in the briefed state; `init.key` its key, hashed. */
export function createAsset(
  init: AssetInit,
  id: number,
  createdAt: number,
): Asset {
  return new AssetRecord(init, id, createdAt);
}
