import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventCalendar } from '../../src/sim/engine/event-calendar.js';
import { RunawayError } from '../../src/sim/engine/runaway-error.js';

function drain(cal: EventCalendar): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let t = cal.pop(); t !== Infinity; t = cal.pop()) out.push([t, cal.outPayload]);
  return out;
}

describe('EventCalendar', () => {
  it('events come out in time order, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 400 }), (times) => {
        const cal = new EventCalendar(4);
        times.forEach((t, i) => cal.push(t, 0, i));
        const out = drain(cal);
        expect(out.length).toBe(times.length);
        for (let k = 1; k < out.length; k++) {
          const [ta, ia] = out[k - 1];
          const [tb, ib] = out[k];
          expect(ta < tb || (ta === tb && ia < ib)).toBe(true);
        }
      }),
    );
  });

  it('a cancelled event never comes out, and the others all do', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.boolean()), { maxLength: 300 }),
        (items) => {
          const cal = new EventCalendar(4);
          const handles = items.map(([t], i) => cal.push(t, 0, i));
          items.forEach(([, cancel], i) => cancel && expect(cal.cancel(handles[i])).toBe(true));
          const kept = items.map((x, i) => [x, i] as const).filter(([[, c]]) => !c).map(([, i]) => i);
          expect(cal.pending).toBe(kept.length);
          expect(drain(cal).map(([, i]) => i).sort((a, b) => a - b)).toEqual(kept);
          expect(cal.pending).toBe(0);
        },
      ),
    );
  });

  it('a stale handle does not cancel the event that reused its slot', () => {
    const cal = new EventCalendar(4);
    const first = cal.push(1, 0, 1);
    expect(cal.pop()).toBe(1);
    cal.push(2, 0, 2); // reuses the slot of the first event
    expect(cal.cancel(first)).toBe(false);
    expect(cal.pop()).toBe(2);
    expect(cal.outPayload).toBe(2);
  });

  it('a cleared calendar hands out the handles and the order of a new one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.nat(100), (times, leftOver) => {
        const used = new EventCalendar(4);
        for (let i = 0; i < leftOver; i++) used.push(i % 7, 1, i);
        for (let i = 0; i < leftOver / 2; i++) used.pop();
        used.clear();
        const fresh = new EventCalendar(4);
        expect(times.map((t, i) => used.push(t, 0, i))).toEqual(times.map((t, i) => fresh.push(t, 0, i)));
        expect(used.pending).toBe(fresh.pending);
        expect(drain(used)).toEqual(drain(fresh));
      }),
    );
  });

  it('grows past its initial capacity without losing events', () => {
    const cal = new EventCalendar(16);
    for (let i = 0; i < 10_000; i++) cal.push((i * 7919) % 1000, 0, i);
    expect(drain(cal).length).toBe(10_000);
  });

  it('one burst of more events than it can hold is a runaway (the limit to raise named), never an internal error', () => {
    const calendar = new EventCalendar();
    let error: unknown;
    try {
      for (let i = 0; i < 5_000_000; i++) calendar.push(i, 0, 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunawayError);
    expect((error as Error).message).toMatch(/held 4,194,304 pending events .*raise limits\.maxPendingEvents/);
  });
});

