import { describe, expect, it } from 'vitest';
import { agendaDiscussedByItems, agendaDiscussedPerMeeting, reworkRate, sentBackShare, tallyRevisions } from '../../src/sim/index.js';

describe('rework, counted two ways', () => {
  // Ten approved assets: 5 never sent back, 3 sent back once, 1 twice, 1 three times.
  const tally = [5, 3, 1, 1];

  it('sent back at least once: (3 + 1 + 1) / 10 = 0.5', () => {
    expect(sentBackShare(tally)).toBe(0.5);
  });

  it("the field guide's rework rate, more than one revision: (1 + 1) / 10 = 0.2", () => {
    expect(reworkRate(tally)).toBe(0.2);
  });

  it('the tally grows to the largest number of revisions seen', () => {
    const t: number[] = [];
    for (const revisions of [0, 2, 0, 1, 2]) tallyRevisions(t, revisions);
    expect(t).toEqual([2, 1, 2]);
    expect(sentBackShare(t)).toBe(3 / 5);
    expect(reworkRate(t)).toBe(2 / 5);
  });

  it('never above the share sent back; undefined (NaN) with nothing approved', () => {
    expect(reworkRate([0, 4])).toBe(0);
    expect(sentBackShare([0, 4])).toBe(1);
    expect(reworkRate([])).toBeNaN();
    expect(sentBackShare([0, 0])).toBeNaN();
  });
});

describe('agenda discussed, per meeting and by items', () => {
  // A meeting that reached 2 of 10 items, then one that reached all of its 2.
  const rows = [
    { agenda: 10, discussed: 2 },
    { agenda: 2, discussed: 2 },
  ];

  it('per meeting: (2/10 + 2/2) / 2 = 0.6, a short agenda weighing as much as a long one', () => {
    expect(agendaDiscussedPerMeeting(rows)).toBeCloseTo(0.6, 12);
  });

  it('by items: (2 + 2) / (10 + 2) = 1/3, every item weighing the same', () => {
    expect(agendaDiscussedByItems(rows)).toBeCloseTo(1 / 3, 12);
  });

  it('a meeting with an empty agenda counts in neither; no agenda at all is undefined (NaN)', () => {
    expect(agendaDiscussedPerMeeting([...rows, { agenda: 0, discussed: 0 }])).toBeCloseTo(0.6, 12);
    expect(agendaDiscussedByItems([...rows, { agenda: 0, discussed: 0 }])).toBeCloseTo(1 / 3, 12);
    expect(agendaDiscussedPerMeeting([{ agenda: 0, discussed: 0 }])).toBeNaN();
    expect(agendaDiscussedByItems([])).toBeNaN();
  });
});
