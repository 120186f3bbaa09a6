import type { Asset } from '../model/asset.js';

/** An async review ticket: one submission of an asset waiting for, or in, review. */
export interface Ticket {
  asset: Asset;
  seq: number;
  enqueuedAt: number;
  /** Assigned reviewer, or -1 while in the shared pool. */
  assignee: number;
  /** SLA first-response deadline (Infinity without an SLA). */
  dueAt: number;
  responded: boolean;
  /** Pinged, escalated or near its SLA deadline: taken before anything else, own work included. */
  urgent: boolean;
  /** Working minutes the next reviewer spends reading into it (after an escalation), then 0. */
  handoverMin: number;
  timers: number[];
}
