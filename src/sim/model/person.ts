import { WorkingCalendar } from '../calendar/working-calendar.js';
import type { PersonSpec } from '../scenario/types.js';
import type { HoursKind, Task } from './task.js';
import { removeAt } from './list.js';
import type { LookSchedule } from './look-schedule.js';

/** A person at run time: a calendar, a personal task list and what they are doing now. */
export class Person {
  readonly id: number;
  readonly calendar: WorkingCalendar;
  /** Tasks waiting for this person. */
  readonly tasks: Task[] = [];
  current: Task | null;
  currentStart: number;
  finishAt: number;
  finishHandle: number;
  wakePending: boolean;
  /** Tickets assigned and not yet decided (least-loaded assignment, follow-the-sun). */
  load: number;
  /** Own work waiting (not the pipeline's), first come first served. */
  readonly ownTasks: Task[] = [];
  /** Last time this person looked at the review queue (habits other than continuous). */
  lookedAt: number;
  /** When this person next looks at the review queue (habits other than continuous; -1 until known). */
  nextLookAt: number;
  /** Index of `nextLookAt` in the person's chain of look times. */
  lookIndex: number;
  /** The chain of look times shared across replications (null: found afresh, see look-schedule). */
  looks: LookSchedule | null;
  /**
   * End of the busy time charged so far (tasks and interruptions laid end to end in working time):
   * what is charged next starts no earlier, so that charged time never overlaps itself.
   */
  busyUntil: number;
  /** Working minutes by kind, within the measurement window. */
  readonly hours: Record<HoursKind, number> = {
    design: 0,
    review: 0,
    meetings: 0,
    scheduling: 0,
    submissionNotes: 0,
    feedback: 0,
    questions: 0,
    decisionLog: 0,
    setup: 0,
    interruptions: 0,
    ownWork: 0,
  };

  /**
   * Adds working minutes of a kind: a store to a fixed field for each kind, where `hours[kind] +=`
   * with a varying kind is one megamorphic keyed store on the hot path.
   */
  addHours(kind: HoursKind, minutes: number): void {
    const h = this.hours;
    switch (kind) {
      case 'design': h.design += minutes; return;
      case 'review': h.review += minutes; return;
      case 'meetings': h.meetings += minutes; return;
      case 'scheduling': h.scheduling += minutes; return;
      case 'submissionNotes': h.submissionNotes += minutes; return;
      case 'feedback': h.feedback += minutes; return;
      case 'questions': h.questions += minutes; return;
      case 'decisionLog': h.decisionLog += minutes; return;
      case 'setup': h.setup += minutes; return;
      case 'interruptions': h.interruptions += minutes; return;
      case 'ownWork': h.ownWork += minutes; return;
    }
  }

  /** Effort multiplier now: the group's speed, less while onboarding. */
  speed: number;
  /**
   * When this person is on the team in this replication, as [from, to) spans of simulation minutes
   * (null: throughout). Their calendar is cut to these spans, so they never work outside them.
   */
  spans: ReadonlyArray<readonly [number, number]> | null;

  constructor(readonly spec: PersonSpec, originMs: number) {
    this.id = spec.id;
    this.calendar = new WorkingCalendar(spec.calendar, originMs);
    this.speed = spec.speed;
    // The fields written during a run are set here, not initialised in the class body: V8 takes
    // a field initialised there for a constant until its first later write, and that write, in
    // the middle of a run (the first ticket assigned, say), deprecates every person's hidden
    // class and throws away the optimised code compiled against it.
    this.current = null;
    this.currentStart = 0;
    this.finishAt = 0;
    this.finishHandle = -1;
    this.wakePending = false;
    this.load = 0;
    this.lookedAt = -Infinity;
    this.nextLookAt = -1;
    this.lookIndex = 0;
    this.looks = null;
    this.busyUntil = 0;
    this.spans = null;
  }

  /** Puts the person on the team only during `spans` (sorted, apart). */
  setSpans(spans: ReadonlyArray<readonly [number, number]>): void {
    this.spans = spans;
    this.calendar.restrictTo(spans);
  }

  /** True when the person is on the team at t (joined and not left). */
  memberAt(t: number): boolean {
    const spans = this.spans;
    if (spans === null) return true;
    for (let k = 0; k < spans.length; k++) if (t >= spans[k][0] && t < spans[k][1]) return true;
    return false;
  }

  /** When the person is next on the team at or after t (t itself when a member; Infinity when never again). */
  nextMemberAt(t: number): number {
    const spans = this.spans;
    if (spans === null) return t;
    for (const [from, to] of spans) if (t < to) return Math.max(t, from);
    return Infinity;
  }

  /** True when the person is working now and has nothing in hand. */
  isFreeAt(now: number): boolean {
    return this.current === null && this.calendar.isWorking(now);
  }

  /** Removes and returns the next own task, or null. */
  takeOwnTask(): Task | null {
    return this.ownTasks.length > 0 ? this.ownTasks.shift()! : null;
  }

  /** True when the person is doing their own work now. */
  isOnOwnWork(): boolean {
    return this.current !== null && this.current.kind === 'own';
  }

  /**
   * Removes and returns the next personal task the person has seen — posted no later than
   * `seenUpTo`, their last look — highest priority, then oldest; null when there is none.
   */
  takeNextTask(seenUpTo: number): Task | null {
    const tasks = this.tasks;
    let best = -1;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      if (t.postedAt > seenUpTo) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const b = tasks[best];
      if (t.priority > b.priority || (t.priority === b.priority && t.createdAt < b.createdAt)) best = i;
    }
    if (best < 0) return null;
    const task = tasks[best];
    removeAt(tasks, best);
    return task;
  }
}
