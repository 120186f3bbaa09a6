import type { Asset } from '../model/asset.js';
import type { RoundDraws } from '../model/outcome.js';

/** Where a resumed review picks up: the round's draws and how many questions it has asked. */
export interface ReviewResume {
  draws: RoundDraws;
  questions: number;
}

/** An async review ticket: one submission of an asset waiting for, or in, review. */
export interface Ticket {
  asset: Asset;
  seq: number;
  enqueuedAt: number;
  /** When its latest message was posted (the submission, then a designer's answer): noticed at the reviewer's next look after it. */
  postedAt: number;
  /** A review to resume once the answer posted is read (null for a submission). */
  resume: ReviewResume | null;
  /** Assigned reviewer, or -1 while in the shared pool. */
  assignee: number;
  /** SLA first-response deadline (Infinity without an SLA). */
  dueAt: number;
  responded: boolean;
  /**
   * Pinged, escalated or near its SLA deadline: taken before anything else, own work included.
   * Written by the queue only (`press`, `place`, `answered`), which counts the urgent tickets it holds.
   */
  urgent: boolean;
  /** In the pool or a reviewer's list (waiting), as opposed to in review or settled. */
  listed: boolean;
  /** Working minutes the next reviewer spends reading into it (after an escalation), then 0. */
  handoverMin: number;
  timers: number[];
}
