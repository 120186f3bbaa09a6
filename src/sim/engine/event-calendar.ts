/**
 * The event calendar: a binary min-heap of pending events ordered by (time, insertion order),
 * kept in typed arrays so that scheduling and popping allocate nothing.
 */

import { RunawayError } from './runaway-error.js';

/** Opaque handle of a scheduled event, used to cancel it. */
export type EventHandle = number;

// A handle packs the slot and the event's sequence number, so a stale handle (whose slot has
// been reused by a later event) never cancels the wrong event.
const SLOT_BITS = 2 ** 22;
/** Most entries the calendar can hold (a run's pending-events limit must stay below it). */
export const MAX_SLOTS = SLOT_BITS;
// Marks in slotSeq (sequence numbers are >= 0): a slot that holds no event, and one whose event
// was cancelled but still sits in the heap until it reaches the top.
const FREE = -1;
const CANCELLED = -2;

/** Pending events in a typed-array heap; ties in time come out in insertion order. */
export class EventCalendar {
  private heapTime: Float64Array;
  private heapSeq: Float64Array;
  private heapSlot: Int32Array;
  private size = 0;

  private slotKind: Int32Array;
  private slotPayload: Float64Array;
  /** The sequence number of the slot's pending event, or FREE, or CANCELLED (still in the heap). */
  private slotSeq: Float64Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private slotCount = 0;
  private nextSeq = 0;
  /** Cancelled events still in the heap (the pending count is the heap's size less these). */
  private cancelledInHeap = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.heapTime = new Float64Array(n);
    this.heapSeq = new Float64Array(n);
    this.heapSlot = new Int32Array(n);
    this.slotKind = new Int32Array(n);
    this.slotPayload = new Float64Array(n);
    this.slotSeq = new Float64Array(n);
    this.freeSlots = new Int32Array(n);
  }

  /** Number of pending, not-cancelled events. */
  get pending(): number {
    return this.size - this.cancelledInHeap;
  }

  /** Entries the calendar holds: pending events and cancelled ones not yet dropped (what its memory grows with). */
  get held(): number {
    return this.size;
  }

  /** Adds an event; returns its handle. */
  push(time: number, kind: number, payload: number): EventHandle {
    const slot = this.freeCount > 0 ? this.freeSlots[--this.freeCount] : this.newSlot();
    const seq = this.nextSeq++;
    this.slotKind[slot] = kind;
    this.slotPayload[slot] = payload;
    this.slotSeq[slot] = seq;
    if (this.size === this.heapTime.length) this.growHeap();
    this.siftUp(this.size++, time, seq, slot);
    return seq * SLOT_BITS + slot;
  }

  /** Cancels a pending event; returns false if it already ran or was cancelled. */
  cancel(handle: EventHandle): boolean {
    const slot = handle % SLOT_BITS;
    const seq = (handle - slot) / SLOT_BITS;
    if (slot >= this.slotCount || this.slotSeq[slot] !== seq) return false;
    this.slotSeq[slot] = CANCELLED;
    this.cancelledInHeap++;
    return true;
  }

  /** Payload of a pending event, or NaN if it already ran or was cancelled. */
  payloadOf(handle: EventHandle): number {
    const slot = handle % SLOT_BITS;
    const seq = (handle - slot) / SLOT_BITS;
    if (slot >= this.slotCount || this.slotSeq[slot] !== seq) return NaN;
    return this.slotPayload[slot];
  }

  /**
   * Removes the next live event and reports it through the out-fields
   * (`outKind`, `outPayload`); returns its time, or Infinity when none is left.
   */
  pop(): number {
    return this.takeUntil(Infinity);
  }

  /**
   * Takes the next live event if it is due no later than `until`: reports it through the
   * out-fields and returns its time. Otherwise leaves it pending and returns Infinity when the
   * calendar is empty, or -1 when the next event lies beyond `until` (event times are never
   * negative: the clock starts at 0 and scheduling clamps to now). The run loop's one call.
   */
  takeUntil(until: number): number {
    const seqs = this.slotSeq;
    const slots = this.heapSlot;
    // Cancelled events are dropped lazily, when they reach the top.
    while (this.size > 0 && seqs[slots[0]] === CANCELLED) {
      const slot = slots[0];
      this.removeTop();
      this.release(slot);
      this.cancelledInHeap--;
    }
    if (this.size === 0) return Infinity;
    const time = this.heapTime[0];
    if (time > until) return -1;
    const slot = slots[0];
    this.outKind = this.slotKind[slot];
    this.outPayload = this.slotPayload[slot];
    this.removeTop();
    this.release(slot);
    return time;
  }

  /** Kind of the event last returned by `pop`. */
  outKind = 0;
  /** Payload of the event last returned by `pop`. */
  outPayload = 0;

  /** Entries the calendar holds before it grows (what its memory is sized by). */
  get capacity(): number {
    return this.heapTime.length;
  }

  /**
   * Drops every pending event and starts the sequence again, so that a calendar reused for another
   * run hands out the same slots and handles, and breaks ties the same way, as a new one.
   */
  clear(): void {
    this.size = 0;
    this.freeCount = 0;
    this.slotCount = 0;
    this.cancelledInHeap = 0;
    this.nextSeq = 0;
    this.outKind = 0;
    this.outPayload = 0;
  }

  private release(slot: number): void {
    this.slotSeq[slot] = FREE;
    this.freeSlots[this.freeCount++] = slot;
  }

  private newSlot(): number {
    if (this.slotCount === this.slotKind.length) this.growSlots();
    return this.slotCount++;
  }

  private removeTop(): void {
    const last = --this.size;
    if (last > 0) this.siftDown(0, this.heapTime[last], this.heapSeq[last], this.heapSlot[last]);
  }

  private siftUp(index: number, time: number, seq: number, slot: number): void {
    const ht = this.heapTime, hs = this.heapSeq, hi = this.heapSlot;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = ht[parent];
      if (pt < time || (pt === time && hs[parent] < seq)) break;
      ht[i] = pt;
      hs[i] = hs[parent];
      hi[i] = hi[parent];
      i = parent;
    }
    ht[i] = time;
    hs[i] = seq;
    hi[i] = slot;
  }

  private siftDown(index: number, time: number, seq: number, slot: number): void {
    const ht = this.heapTime, hs = this.heapSeq, hi = this.heapSlot;
    const n = this.size;
    let i = index;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (ht[right] < ht[child] || (ht[right] === ht[child] && hs[right] < hs[child]))) {
        child = right;
      }
      const ct = ht[child];
      if (time < ct || (time === ct && seq < hs[child])) break;
      ht[i] = ct;
      hs[i] = hs[child];
      hi[i] = hi[child];
      i = child;
    }
    ht[i] = time;
    hs[i] = seq;
    hi[i] = slot;
  }

  private growHeap(): void {
    const n = this.heapTime.length * 2;
    this.heapTime = grow(this.heapTime, new Float64Array(n));
    this.heapSeq = grow(this.heapSeq, new Float64Array(n));
    this.heapSlot = grow(this.heapSlot, new Int32Array(n));
  }

  private growSlots(): void {
    const n = this.slotKind.length * 2;
    // Reached only when one handler schedules millions of events at once (the run's pending limit
    // is checked between events): still the scenario's runaway, not a bug.
    if (n > MAX_SLOTS) throw new RunawayError('pending', MAX_SLOTS, this.size > 0 ? this.heapTime[0] : 0);
    this.slotKind = grow(this.slotKind, new Int32Array(n));
    this.slotPayload = grow(this.slotPayload, new Float64Array(n));
    this.slotSeq = grow(this.slotSeq, new Float64Array(n));
    this.freeSlots = grow(this.freeSlots, new Int32Array(n));
  }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
