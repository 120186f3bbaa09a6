import type { Asset } from '../model/asset.js';
import type { Decision, RoundDraws } from '../model/outcome.js';
import type { Task } from '../model/task.js';
import type { AsyncQueue } from './async-queue.js';
import type { Ticket } from './ticket.js';

/** A review task's fields: its work, and what the review found (drawn when the task is made). */
export interface ReviewTaskInit {
  queue: AsyncQueue;
  ticket: Ticket;
  effortMin: number;
  writingMin: number;
  priority: number;
  createdAt: number;
  /** When the message it answers was posted (a lead's resumed review), else -Infinity. */
  postedAt: number;
  /** The reviewer must first ask the designer a question (then `decision` is null). */
  question: boolean;
  decision: Decision | null;
  /** The round's draws, kept when a question makes the review resume later (else null). */
  draws: RoundDraws | null;
  /** Questions asked before this look. */
  asked: number;
}

/**
 * A reviewer's written review of a ticket: starting it is the ticket's first response; finishing
 * it either asks the designer a question (the answer comes back on the ticket and the review
 * resumes when the reviewer next reads it) or issues the decision. A class, so that its hooks are
 * shared methods, not two closures per review.
 */
export class ReviewTask implements Task {
  readonly kind = 'review';
  readonly hoursKind = 'review';
  readonly asset: Asset;
  readonly effortMin: number;
  readonly writingMin: number;
  readonly priority: number;
  readonly createdAt: number;
  readonly postedAt: number;
  private readonly queue: AsyncQueue;
  private readonly ticket: Ticket;
  private readonly question: boolean;
  private readonly decision: Decision | null;
  private readonly draws: RoundDraws | null;
  private readonly asked: number;

  constructor(init: ReviewTaskInit) {
    this.asset = init.ticket.asset;
    this.effortMin = init.effortMin;
    this.writingMin = init.writingMin;
    this.priority = init.priority;
    this.createdAt = init.createdAt;
    this.postedAt = init.postedAt;
    this.queue = init.queue;
    this.ticket = init.ticket;
    this.question = init.question;
    this.decision = init.decision;
    this.draws = init.draws;
    this.asked = init.asked;
  }

  started(now: number, person: number): void {
    this.queue.pipeline.world.endWait(this.asset, now, person);
    this.asset.state = 'in-review';
    if (!this.ticket.responded) this.queue.firstResponse(this.ticket, now);
  }

  done(now: number, person: number): void {
    const p = this.queue.pipeline;
    const w = p.world;
    if (this.question) {
      const { asset, ticket, queue, asked } = this;
      const draws = this.draws!;
      if (w.log) w.record(asset, person, 'question asked', now);
      p.ask(asset, now, (t) => {
        w.beginWait(asset, 'clarification', t);
        queue.answered(ticket, person, { draws, questions: asked + 1 }, t);
      });
      return;
    }
    w.people[person].load--;
    p.decided(this.asset, this.decision!, person, now, 'written');
  }
}
