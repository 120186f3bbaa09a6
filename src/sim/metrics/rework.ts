/**
 * Approved assets by how many times they were sent back: `tally[k]` assets needed k revisions.
 * A tally, not a row per asset, so a replication keeps a handful of numbers however long it runs.
 */
export type RevisionTally = number[];

/** Adds one approved asset that was sent back `revisions` times. */
export function tallyRevisions(tally: RevisionTally, revisions: number): void {
  while (tally.length <= revisions) tally.push(0);
  tally[revisions]++;
}

/** Approved assets that needed more than `atLeast - 1` revisions, as a share of all approved (NaN when none). */
function shareWithAtLeast(tally: readonly number[], atLeast: number): number {
  let all = 0, some = 0;
  for (let k = 0; k < tally.length; k++) {
    all += tally[k];
    if (k >= atLeast) some += tally[k];
  }
  return all > 0 ? some / all : NaN;
}

/** The share of approved assets sent back at least once (one revision or more). */
export function sentBackShare(tally: readonly number[]): number {
  return shareWithAtLeast(tally, 1);
}

/** Rework rate as the field guide defines it: the share of approved assets that needed more than one revision. */
export function reworkRate(tally: readonly number[]): number {
  return shareWithAtLeast(tally, 2);
}
