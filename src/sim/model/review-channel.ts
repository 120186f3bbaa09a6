import type { Asset } from './asset.js';
import type { Person } from './person.js';

/** A review model's intake: where a submitted asset goes to be decided. */
export interface ReviewChannel {
  /** Takes a submitted asset (its wait has begun). */
  enqueue(asset: Asset, now: number): void;
  /** Assets waiting for a first look. */
  waitingCount(): number;
  /** Earliest wait start among waiting assets (Infinity when none). */
  oldestWaitSince(): number;
  /** Someone joined (`joined`) or left the team at `now`: the channel adjusts who it counts on. */
  teamChanged?(person: Person, joined: boolean, now: number): void;
}
