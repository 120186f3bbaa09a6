import type { Person } from '../model/person.js';

/** Chooses the reviewer a new ticket is assigned to; -1 leaves it in the shared pool (pull). */
export type Assignment = (reviewers: readonly Person[], now: number) => number;

/** Pull: nobody is assigned; a free, working reviewer takes the next ticket. */
export const pull: Assignment = () => -1;

/** Round-robin: each ticket to the next reviewer in turn. */
export function roundRobin(): Assignment {
  let next = 0;
  return (reviewers) => reviewers[next++ % reviewers.length].id;
}

/** Least-loaded: the reviewer with the fewest open tickets (ties: the earlier in the list). */
export const leastLoaded: Assignment = (reviewers) => {
  let bestPerson = reviewers[0];
  for (const r of reviewers) if (r.load < bestPerson.load) bestPerson = r;
  return bestPerson.id;
};

/** Follow the sun: among reviewers working now the least loaded; else whoever starts work soonest. */
export const followTheSun: Assignment = (reviewers, now) => {
  let pick: Person | null = null;
  for (const r of reviewers) {
    if (r.calendar.isWorking(now) && (pick === null || r.load < pick.load)) pick = r;
  }
  if (pick) return pick.id;
  let soonest = reviewers[0];
  let soonestAt = Infinity;
  for (const r of reviewers) {
    const at = r.calendar.nextWorkingInstant(now);
    if (at < soonestAt || (at === soonestAt && r.load < soonest.load)) {
      soonest = r;
      soonestAt = at;
    }
  }
  return soonest.id;
};
