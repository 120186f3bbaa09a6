/** Why an asset is waiting; the cause its waiting time is charged to. */
export type WaitCause = 'meeting' | 'queue' | 'revision' | 'clarification';

/** Why a review sent an asset back. */
export type ReworkCause = 'defect' | 'misread' | 'relitigation' | 'perfectionism';

/**
 * What the metrics read of an asset: the model's Asset has these fields and more. Metrics see
 * assets through this shape only, so that the model depends on metrics and never the other way.
 */
export interface CountedAsset {
  /** Submitted inside the measurement window (set by the collector at first submission). */
  counted: boolean;
  firstSubmittedAt: number;
  rounds: number;
  changesRequested: number;
  priority: number;
  route: 'sync' | 'async';
}
