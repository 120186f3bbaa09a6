import type { ParsedDuration } from '../scenario/duration.js';
import type { Asset } from '../model/asset.js';
import { decide, questionChance, type RoundDraws } from '../model/outcome.js';
import type { Person } from '../model/person.js';
import type { Pipeline } from '../model/pipeline.js';
import type { ReviewChannel } from '../model/review-channel.js';
import type { Task } from '../model/task.js';
import type { Assignment } from './assignment.js';
import type { QueueOrder } from './queue-order.js';
import type { Ticket } from './ticket.js';

/** How an async queue behaves; built from the scenario by the model. */
export interface AsyncQueueConfig {
  reviewers: number[];
  assignment: Assignment;
  /** Each reviewer's pick order (arbitrary per reviewer when the queue is invisible). */
  orderFor: (reviewer: Person) => QueueOrder;
  /** Pre-filled brief metadata answers this share of questions. */
  prefill: number;
  /** Reviewers look at the queue only this often (wall or business time), if set. */
  checkEvery?: ParsedDuration;
}

/** The asynchronous ticket queue: submissions become tickets that reviewers take in their working hours. */
export class AsyncQueue implements ReviewChannel {
  /** Unassigned tickets (pull) — and, per reviewer, their assigned tickets. */
  readonly pool: Ticket[] = [];
  readonly assigned = new Map<number, Ticket[]>();
  private readonly reviewerSet: Set<number>;
  private readonly reviewers: Person[];
  private seq = 0;
  /** Called for every new ticket (SLA timers, pings, escalation). */
  onTicket: (ticket: Ticket, now: number) => void = () => {};

  constructor(readonly pipeline: Pipeline, readonly config: AsyncQueueConfig) {
    const w = pipeline.world;
    this.reviewers = config.reviewers.map((id) => w.people[id]);
    this.reviewerSet = new Set(config.reviewers);
    for (const id of config.reviewers) this.assigned.set(id, []);
    w.sharedWork = (person, now) => (this.reviewerSet.has(person.id) ? this.take(person, now) : null);
    const every = config.checkEvery;
    if (every !== undefined) {
      w.onIdle = (person, now) => {
        if (!this.reviewerSet.has(person.id)) return;
        if (now >= person.nextCheckAt) {
          person.nextCheckAt = every.business
            ? person.calendar.addWorkingTime(now, every.minutes)
            : person.calendar.nextWorkingInstant(now + every.minutes);
        }
        w.wakeAt(person, person.nextCheckAt);
      };
    }
  }

  /** A submission becomes a ticket, assigned or pooled, and free reviewers are told. */
  enqueue(asset: Asset, now: number): void {
    const ticket: Ticket = { asset, seq: this.seq++, enqueuedAt: now, assignee: -1, dueAt: Infinity, responded: false, urgent: false, timers: [] };
    const to = this.config.assignment(this.reviewers, now);
    this.place(ticket, to);
    this.onTicket(ticket, now);
    this.changed(now);
    this.notify(ticket, now);
  }

  /** Puts a ticket in a reviewer's list (or the pool with -1). */
  place(ticket: Ticket, reviewer: number): void {
    ticket.assignee = reviewer;
    if (reviewer < 0) {
      this.pool.push(ticket);
      return;
    }
    this.pipeline.world.people[reviewer].load++;
    this.assigned.get(reviewer)!.push(ticket);
  }

  /** Takes a waiting ticket out of whichever list holds it; false if none does. */
  remove(ticket: Ticket): boolean {
    const list = ticket.assignee < 0 ? this.pool : this.assigned.get(ticket.assignee)!;
    const i = list.indexOf(ticket);
    if (i < 0) return false;
    list.splice(i, 1);
    if (ticket.assignee >= 0) this.pipeline.world.people[ticket.assignee].load--;
    return true;
  }

  /** Wakes the reviewers who could take a ticket now. */
  notify(ticket: Ticket | null, now: number): void {
    const w = this.pipeline.world;
    if (ticket && ticket.assignee >= 0) {
      w.dispatch(w.people[ticket.assignee], now);
      return;
    }
    for (const r of this.reviewers) {
      if (this.pool.length === 0) break;
      if (r.current === null) w.dispatch(r, now);
    }
  }

  waitingCount(): number {
    let n = this.pool.length;
    for (const list of this.assigned.values()) n += list.length;
    return n;
  }

  oldestWaitSince(): number {
    let oldest = Infinity;
    for (const t of this.pool) if (t.asset.waitSince < oldest) oldest = t.asset.waitSince;
    for (const list of this.assigned.values()) for (const t of list) if (t.asset.waitSince < oldest) oldest = t.asset.waitSince;
    return oldest;
  }

  private changed(now: number): void {
    this.pipeline.world.metrics.setQueued(now, this.waitingCount());
  }

  private take(person: Person, now: number): Task | null {
    const own = this.assigned.get(person.id)!;
    const list = own.length > 0 ? own : this.pool;
    if (list.length === 0) return null;
    if (now < person.nextCheckAt && !list.some((t) => t.urgent)) {
      this.pipeline.world.wakeAt(person, person.nextCheckAt);
      return null;
    }
    const ticket = list[this.config.orderFor(person)(list)];
    this.remove(ticket);
    ticket.assignee = person.id;
    person.load++;
    this.changed(now);
    return this.reviewTask(ticket, person.id, now);
  }

  /** The review of a ticket by `reviewer`: a first look, or (after an answer) a resumed one. */
  reviewTask(ticket: Ticket, reviewer: number, now: number, resume?: { draws: RoundDraws; questions: number }): Task {
    const p = this.pipeline;
    const w = p.world;
    const s = w.scenario;
    const asset = ticket.asset;
    const draws = resume?.draws ?? p.draws.round(asset);
    const asked = resume?.questions ?? 0;
    const u = asked === 0 ? draws.question : draws.followUp;
    const question = asked < 2 && u < questionChance(s, asset, this.config.prefill, asked);
    const decision = question
      ? null
      : decide(s, asset, draws, {
          setting: 'written',
          perfectionism: w.people[reviewer].spec.perfectionism,
          typeDecidedBefore: p.typeDecidedBefore(asset),
        });
    const reviewMin = p.draws.sample(asset, 'review', s.effort.review) * (resume ? 0.5 : 1);
    const writing = question
      ? p.draws.sample(asset, 'clarify', s.effort.clarification)
      : decision!.approve
        ? 0
        : p.draws.sample(asset, 'feedback', s.effort.feedback);
    return {
      kind: 'review',
      asset,
      effortMin: reviewMin,
      extra: writing > 0 ? { minutes: writing, kind: 'documentation' } : undefined,
      hoursKind: 'review',
      priority: resume ? 50 : asset.priority,
      createdAt: now,
      started: (t, person) => {
        w.endWait(asset, t, person);
        asset.state = 'in-review';
        if (!ticket.responded) this.firstResponse(ticket, t);
      },
      done: (t, person) => {
        if (question) {
          p.ask(asset, t, (t2) => {
            w.beginWait(asset, 'clarification', t2);
            w.assign(person, this.reviewTask(ticket, person, t2, { draws, questions: asked + 1 }), t2);
          });
          return;
        }
        w.people[person].load--;
        p.decided(asset, decision!, person, t, 'written');
      },
    };
  }

  private firstResponse(ticket: Ticket, now: number): void {
    const w = this.pipeline.world;
    ticket.responded = true;
    for (const h of ticket.timers) w.cancel(h);
    ticket.timers.length = 0;
    const slaMet = Number.isFinite(ticket.dueAt) ? now <= ticket.dueAt + 1e-9 : undefined;
    w.metrics.firstResponded(ticket.asset, now - ticket.enqueuedAt, slaMet);
  }

  /** Moves a waiting ticket to `reviewer` as urgent and has them look at once. */
  handTo(ticket: Ticket, reviewer: number, now: number): void {
    if (!this.remove(ticket)) return;
    ticket.urgent = true;
    this.place(ticket, reviewer);
    const person = this.pipeline.world.people[reviewer];
    person.nextCheckAt = Math.min(person.nextCheckAt, now);
    this.changed(now);
    this.notify(ticket, now);
  }
}

/** A time `d` after `t`: wall minutes, or business minutes in `calendarOf` (a person). */
export function after(t: number, d: ParsedDuration, calendarOf: Person): number {
  return d.business ? calendarOf.calendar.addWorkingTime(t, d.minutes) : t + d.minutes;
}
