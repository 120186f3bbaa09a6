import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fifo, fifoByRule } from '../../src/sim/policies/queue-order.js';
import type { Ticket } from '../../src/sim/policies/ticket.js';

/** Tickets with few distinct submission times and some urgent, so that ties and urgency both occur. */
const arbitraryTickets = fc
  .array(fc.record({ enqueuedAt: fc.constantFrom(0, 5, 5.5, 60, 61, 1e-9, 480), urgent: fc.boolean() }), { minLength: 1, maxLength: 40 })
  .chain((rows) =>
    fc.shuffledSubarray(
      rows.map((_, i) => i),
      { minLength: rows.length, maxLength: rows.length },
    ).map((seqs) => rows.map((r, i) => ({ ...r, seq: seqs[i] }) as unknown as Ticket)),
  );

describe('the fifo queue order', () => {
  it('picks what the general urgent-first rule picks: urgent first, then earliest submitted, then first numbered', () => {
    fc.assert(
      fc.property(arbitraryTickets, (tickets) => {
        expect(fifo(tickets)).toBe(fifoByRule(tickets));
      }),
      { numRuns: 500 },
    );
  });

  it('takes an urgent ticket over an earlier one, and the lower number on a tie in time', () => {
    const t = (seq: number, enqueuedAt: number, urgent = false) => ({ seq, enqueuedAt, urgent }) as unknown as Ticket;
    expect(fifo([t(0, 1), t(1, 9, true), t(2, 0)])).toBe(1);
    expect(fifo([t(3, 5), t(1, 5), t(2, 5)])).toBe(1);
    expect(fifo([t(0, 7), t(1, 2)])).toBe(1);
  });
});
