import type { ParsedDuration } from '../scenario/duration.js';
import type { Asset } from '../model/asset.js';
import { removeAt, truncate } from '../model/list.js';
import { decide, raisesQuestion } from '../model/outcome.js';
import type { Person } from '../model/person.js';
import type { Pipeline } from '../model/pipeline.js';
import type { ReviewChannel } from '../model/review-channel.js';
import type { Task } from '../model/task.js';
import type { Assignment } from './assignment.js';
import type { QueueOrder } from './queue-order.js';
import { lastLook } from './attention.js';
import { ReviewTask } from './review-task.js';
import type { ReviewResume, Ticket } from './ticket.js';

/** How an async queue behaves; built from the scenario by the model. */
export interface AsyncQueueConfig {
  reviewers: number[];
  assignment: Assignment;
  /** Each reviewer's pick order (arbitrary per reviewer when the queue is invisible). */
  orderFor: (reviewer: Person) => QueueOrder;
  /** Pre-filled brief metadata answers this share of questions. */
  prefill: number;
}

/** The asynchronous ticket queue: submissions become tickets that reviewers take in their working hours. */
export class AsyncQueue implements ReviewChannel {
  /** Unassigned tickets (pull). */
  readonly pool: Ticket[] = [];
  /** Each reviewer's assigned tickets, indexed by person id (an array: looked up on every take). */
  private readonly assigned: Ticket[][] = [];
  /** True at the person ids of this queue's reviewers. */
  private readonly isReviewer: boolean[] = [];
  /** The reviewers as people, in the configured order. */
  readonly reviewers: readonly Person[];
  /** The reviewers' ids without repeats, in the configured order. */
  private readonly reviewerIds: number[];
  /** Tickets in the pool and in reviewers' lists, kept as they come and go. */
  private waiting = 0;
  /**
   * The urgent ones among them. While it is 0 (every queue without an SLA, pings or triage, and
   * most of the time with them) a pick needs no look for an urgent ticket.
   */
  private urgentWaiting = 0;
  /** The reviewers on the team at the latest assignment (refilled for each ticket when the team changes). */
  private readonly members: Person[] = [];
  /** The tickets a reviewer has noticed, refilled at each pick (see `noticed`). */
  private readonly seen: Ticket[] = [];
  private seq = 0;
  /** Called for every new ticket (SLA timers, pings, escalation). */
  onTicket: (ticket: Ticket, now: number) => void = () => {};

  constructor(readonly pipeline: Pipeline, readonly config: AsyncQueueConfig) {
    const w = pipeline.world;
    this.reviewers = config.reviewers.map((id) => w.people[id]);
    this.reviewerIds = [...new Set(config.reviewers)];
    for (let id = 0; id < w.people.length; id++) this.isReviewer.push(false);
    for (const id of config.reviewers) {
      this.isReviewer[id] = true;
      this.assigned[id] = [];
    }
    // A named function, not a literal assigned to the hook: see World (hooks).
    const sharedWork = (person: Person, now: number) => (this.isReviewer[person.id] ? this.take(person, now) : null);
    w.sharedWork = sharedWork;
  }

  /** A submission becomes a ticket, assigned or pooled, and free reviewers are told. */
  enqueue(asset: Asset, now: number): void {
    const ticket: Ticket = { asset, seq: this.seq++, enqueuedAt: now, postedAt: now, resume: null, assignee: -1, dueAt: Infinity, responded: false, urgent: false, listed: false, handoverMin: 0, timers: [] };
    const to = this.assignee(now);
    this.place(ticket, to);
    this.onTicket(ticket, now);
    this.changed(now);
    this.notify(ticket, now);
  }

  /** Whom a ticket goes to now by the assignment rule, among the reviewers on the team (-1: the pool). */
  private assignee(now: number): number {
    if (!this.pipeline.world.teamChanges) return this.config.assignment(this.reviewers, now);
    // One list reused for every ticket (an assignment rule reads it and keeps nothing).
    const members = this.members;
    truncate(members);
    for (const p of this.reviewers) if (p.memberAt(now)) members.push(p);
    return members.length > 0 ? this.config.assignment(members, now) : -1;
  }

  /**
   * A reviewer left: the tickets waiting in their list go to the others by the assignment rule
   * (their work in hand was handed over with the rest of their tasks). A joiner needs nothing: they
   * take from the pool, and new tickets count them in.
   */
  teamChanged(person: Person, joined: boolean, now: number): void {
    if (joined || !this.isReviewer[person.id]) return;
    const waiting = this.assigned[person.id].slice();
    for (const ticket of waiting) {
      this.remove(ticket);
      this.place(ticket, this.assignee(now));
      this.notify(ticket, now);
    }
    if (waiting.length > 0 && this.pipeline.world.log) this.pipeline.world.record(null, person.id, `${waiting.length} waiting tickets reassigned`, now);
  }

  /** Puts a ticket in a reviewer's list (or the pool with -1); `urgent` puts it first in line. */
  place(ticket: Ticket, reviewer: number, urgent = ticket.urgent): void {
    ticket.assignee = reviewer;
    ticket.urgent = urgent;
    this.listed(ticket);
    if (reviewer < 0) {
      this.pool.push(ticket);
      return;
    }
    this.pipeline.world.people[reviewer].load++;
    this.assigned[reviewer].push(ticket);
  }

  /**
   * The designer's answer to `reviewer`'s question is posted on the ticket at `now`. It waits in
   * the reviewer's list like any ticket without a deadline — read at their next look, after their
   * own work — and the review resumes then. A reviewer outside the queue (a lead who took it over)
   * gets it as a personal task, read at their next look too.
   */
  answered(ticket: Ticket, reviewer: number, resume: ReviewResume, now: number): void {
    const w = this.pipeline.world;
    ticket.postedAt = now;
    ticket.urgent = false;
    if (!this.isReviewer[reviewer]) {
      w.assign(reviewer, this.reviewTask(ticket, reviewer, now, resume), now);
      return;
    }
    // Still counted in the reviewer's load since the first look: listed again without counting twice.
    ticket.resume = resume;
    ticket.assignee = reviewer;
    this.assigned[reviewer].push(ticket);
    this.listed(ticket);
    this.changed(now);
    w.dispatch(w.people[reviewer], now);
  }

  /** Takes a waiting ticket out of whichever list holds it; false if none does. */
  remove(ticket: Ticket): boolean {
    const list = ticket.assignee < 0 ? this.pool : this.assigned[ticket.assignee];
    const i = list.indexOf(ticket);
    if (i < 0) return false;
    removeAt(list, i);
    this.waiting--;
    ticket.listed = false;
    if (ticket.urgent) this.urgentWaiting--;
    if (ticket.assignee >= 0) this.pipeline.world.people[ticket.assignee].load--;
    return true;
  }

  /** Counts a ticket just put in a list as waiting (and urgent, when it is). */
  private listed(ticket: Ticket): void {
    ticket.listed = true;
    this.waiting++;
    if (ticket.urgent) this.urgentWaiting++;
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
    return this.waiting;
  }

  oldestWaitSince(): number {
    let oldest = Infinity;
    for (const t of this.pool) if (t.asset.waitSince < oldest) oldest = t.asset.waitSince;
    for (const id of this.reviewerIds) for (const t of this.assigned[id]) if (t.asset.waitSince < oldest) oldest = t.asset.waitSince;
    return oldest;
  }

  /** Every waiting ticket: the pool's, then each reviewer's in the configured order. */
  waitingTickets(): Ticket[] {
    const all = this.pool.slice();
    for (const id of this.reviewerIds) for (const t of this.assigned[id]) all.push(t);
    return all;
  }

  private changed(now: number): void {
    this.pipeline.world.metrics.setQueued(now, this.waitingCount());
  }

  /**
   * What the review queue offers a free reviewer: an urgent ticket (pinged, escalated, deadline
   * near) always; otherwise nothing while their own work waits (tickets without a deadline lose to
   * it), else the next ticket they have noticed by their look habit.
   */
  private take(person: Person, now: number): Task | null {
    const own = this.assigned[person.id];
    const pool = this.pool;
    if (own.length === 0 && pool.length === 0) return null;
    // An urgent ticket first wherever it waits; else the reviewer's own list (answers posted to
    // them, tickets handed to them), then the pool.
    const anyUrgent = this.urgentWaiting > 0;
    const ownUrgent = anyUrgent && hasUrgent(own);
    const poolUrgent = anyUrgent && hasUrgent(pool);
    const ticket = ownUrgent || !poolUrgent
      ? (this.pick(person, own, ownUrgent, now) ?? this.pick(person, pool, poolUrgent, now))
      : (this.pick(person, pool, poolUrgent, now) ?? this.pick(person, own, ownUrgent, now));
    if (ticket === null) return null;
    this.remove(ticket);
    ticket.assignee = person.id;
    person.load++;
    this.changed(now);
    const resume = ticket.resume;
    ticket.resume = null;
    return this.reviewTask(ticket, person.id, now, resume);
  }

  /**
   * The ticket a free reviewer takes from a list now, or null: an urgent one always (`urgent`: the
   * list holds one); otherwise none while their own work waits, else the next one they have
   * noticed by their look habit (when none, they look again at their next look time).
   */
  private pick(person: Person, list: Ticket[], urgent: boolean, now: number): Ticket | null {
    if (list.length === 0) return null;
    if (!urgent && person.ownTasks.length > 0) return null;
    const order = this.config.orderFor(person);
    if (urgent || person.spec.attention.habit === 'continuous') return list[order(list)];
    const w = this.pipeline.world;
    const seen = noticed(list, lastLook(person, w.scenario.originMs, now), this.seen);
    if (seen.length === 0) {
      w.wakeAt(person, person.nextLookAt);
      return null;
    }
    return seen[order(seen)];
  }

  /**
   * The review of a ticket by `reviewer`: a first look, or (after an answer, `resume`) a resumed
   * one; a resumed review handed to someone as a personal task waits for them to read the answer.
   */
  reviewTask(ticket: Ticket, reviewer: number, now: number, resume: ReviewResume | null = null): Task {
    const p = this.pipeline;
    const w = p.world;
    const s = w.scenario;
    const asset = ticket.asset;
    const draws = resume?.draws ?? p.draws.round(asset);
    const asked = resume?.questions ?? 0;
    const question = raisesQuestion(s, asset, draws, this.config.prefill, asked);
    const decision = question
      ? null
      : decide(s, asset, draws, {
          setting: 'written',
          perfectionism: w.people[reviewer].spec.perfectionism,
          typeDecidedBefore: p.typeDecidedBefore(asset),
        });
    // Whoever takes over an escalated ticket first reads into it (once).
    const reviewMin = p.draws.sample(asset, 'review', s.effort.review) * (resume ? 0.5 : 1) + ticket.handoverMin;
    ticket.handoverMin = 0;
    const writing = question
      ? p.draws.sample(asset, 'clarify', s.effort.clarification)
      : decision!.approve
        ? 0
        : p.draws.sample(asset, 'feedback', s.effort.feedback);
    return new ReviewTask({
      queue: this,
      ticket,
      effortMin: reviewMin,
      writingMin: writing > 0 ? writing : 0,
      priority: resume ? 50 : asset.priority,
      createdAt: now,
      postedAt: resume ? now : -Infinity,
      question,
      decision,
      // Round draws are overwritten by the next round: a review that resumes keeps a copy.
      draws: question ? { ...draws } : null,
      asked,
    });
  }

  /** A ticket's first response at `now`: its timers are cancelled and the response is measured. */
  firstResponse(ticket: Ticket, now: number): void {
    const w = this.pipeline.world;
    ticket.responded = true;
    for (const h of ticket.timers) w.cancel(h);
    truncate(ticket.timers);
    const slaMet = Number.isFinite(ticket.dueAt) ? now <= ticket.dueAt + 1e-9 : undefined;
    w.metrics.firstResponded(ticket.asset, now - ticket.enqueuedAt, slaMet);
  }

  /** Moves a waiting ticket to `reviewer` as urgent and has them turn to it at once. */
  handTo(ticket: Ticket, reviewer: number, now: number): void {
    if (!this.remove(ticket)) return;
    this.place(ticket, reviewer);
    this.changed(now);
    this.press(ticket, now);
  }

  /**
   * Makes a waiting ticket urgent (pinged, escalated, deadline near): its reviewer — for a pooled
   * ticket, a free one, else one on their own work — turns to it, stopping their own work.
   */
  press(ticket: Ticket, now: number): void {
    const w = this.pipeline.world;
    if (!ticket.urgent && ticket.listed) this.urgentWaiting++;
    ticket.urgent = true;
    if (ticket.assignee >= 0) {
      const person = w.people[ticket.assignee];
      if (!w.preemptOwnWork(person, now)) w.dispatch(person, now);
      return;
    }
    for (const r of this.reviewers) {
      if (r.isFreeAt(now)) {
        w.dispatch(r, now);
        return;
      }
    }
    for (const r of this.reviewers) {
      if (r.isOnOwnWork() && r.calendar.isWorking(now) && w.preemptOwnWork(r, now)) return;
    }
  }
}

/** A time `d` after `t`: wall minutes, or business minutes in `calendarOf` (a person). */
export function after(t: number, d: ParsedDuration, calendarOf: Person): number {
  return d.business ? calendarOf.calendar.addWorkingTime(t, d.minutes) : t + d.minutes;
}

/**
 * The tickets of a list whose latest message came by the last look (urgent ones are always seen),
 * written into `seen` (emptied first; reused across picks, which read it at once).
 */
function noticed(tickets: readonly Ticket[], lookedAt: number, seen: Ticket[]): Ticket[] {
  truncate(seen);
  for (const t of tickets) if (t.urgent || t.postedAt <= lookedAt) seen.push(t);
  return seen;
}

/** True when a list holds an urgent ticket. */
function hasUrgent(tickets: readonly Ticket[]): boolean {
  for (const t of tickets) if (t.urgent) return true;
  return false;
}
