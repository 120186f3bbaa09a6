import { MAX_SLOTS, type EventCalendar, type EventHandle } from './event-calendar.js';
import { RunawayError } from './runaway-error.js';
import { giveBackCalendar, takeCalendar } from './spare-calendars.js';

export { RunawayError, type RunawayLimit } from './runaway-error.js';

/** An event handler: receives the event's payload and the current time (minutes). */
export type Handler = (payload: number, now: number) => void;

/** Options of `Simulation.run`. */
export interface RunOptions {
  /** Stop before the first event later than this time (minutes); the clock ends here. */
  until?: number;
  /** Event budget; exceeding it throws RunawayError. */
  maxEvents?: number;
  /** Most events pending at once (cancelled ones not yet dropped count too); exceeding it throws RunawayError. */
  maxPending?: number;
}

/** Why a run stopped. */
export type StopReason = 'horizon' | 'empty' | 'stopped';

/** The discrete-event engine: a clock, an event calendar and registered event kinds. */
export class Simulation {
  /** Current time in minutes since the origin. */
  now = 0;
  /** Events processed since construction (brought up to date when `run` returns). */
  eventsProcessed = 0;
  /** Null once released: a released simulation throws on any use of its calendar. */
  private calendar: EventCalendar | null;
  private readonly handlers: Handler[] = [];
  /** Events processed per kind (to name the cause of a runaway). */
  readonly kindCounts: number[] = [];
  private stopRequested = false;

  constructor(initialCapacity = 1024) {
    this.calendar = takeCalendar(initialCapacity);
  }

  /**
   * Hands the event calendar (pending events dropped) to the next simulation made: call once the
   * run and everything reading it are done; the simulation cannot schedule or run again.
   */
  release(): void {
    if (this.calendar === null) return;
    giveBackCalendar(this.calendar);
    this.calendar = null;
  }

  /** Registers an event kind and returns its id. */
  register(handler: Handler): number {
    this.handlers.push(handler);
    this.kindCounts.push(0);
    return this.handlers.length - 1;
  }

  /** Schedules event `kind` after `delay` minutes (>= 0). */
  schedule(delay: number, kind: number, payload = 0): EventHandle {
    return this.calendar!.push(this.now + (delay > 0 ? delay : 0), kind, payload);
  }

  /** Schedules event `kind` at absolute time `time`, clamped to now: time never runs backwards. */
  scheduleAt(time: number, kind: number, payload = 0): EventHandle {
    return this.calendar!.push(time > this.now ? time : this.now, kind, payload);
  }

  /** Cancels a scheduled event; returns false if it already ran or was cancelled. */
  cancel(handle: EventHandle): boolean {
    return this.calendar!.cancel(handle);
  }

  /** Payload of a pending event, or NaN if it already ran or was cancelled. */
  payloadOf(handle: EventHandle): number {
    return this.calendar!.payloadOf(handle);
  }

  /** Number of pending events. */
  get pending(): number {
    return this.calendar!.pending;
  }

  /** Asks the running loop to stop after the current event. */
  stop(): void {
    this.stopRequested = true;
  }

  /** Processes events in (time, insertion) order until the horizon, an empty calendar, or stop(). */
  run(options: RunOptions = {}): StopReason {
    const until = options.until ?? Infinity;
    const budget = this.eventsProcessed + (options.maxEvents ?? Infinity);
    // Below the calendar's own capacity, so that a runaway is reported, never an overflow.
    const maxPending = Math.min(options.maxPending ?? Infinity, MAX_SLOTS - 1);
    const calendar = this.calendar!;
    const handlers = this.handlers;
    this.stopRequested = false;
    // The count lives in a local while the loop runs (one field write per event less) and is
    // written back on every way out, a handler's exception included.
    let processed = this.eventsProcessed;
    try {
      for (;;) {
        const next = calendar.takeUntil(until);
        if (next === Infinity) return 'empty';
        if (next < 0) {
          this.now = until;
          return 'horizon';
        }
        this.now = next;
        if (++processed > budget) throw new RunawayError('events', processed - 1, next);
        const kind = calendar.outKind;
        this.kindCounts[kind]++;
        handlers[kind](calendar.outPayload, next);
        if (calendar.held > maxPending) throw new RunawayError('pending', calendar.held, next);
        if (this.stopRequested) return 'stopped';
      }
    } finally {
      this.eventsProcessed = processed;
    }
  }
}
