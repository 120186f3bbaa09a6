import type { PersonSpec } from '../scenario/types.js';

/**
 * A person's look times in order: the first after 0, then the one after each. The chain depends
 * on their habit, zone and hours alone, so every replication (and every model) of a scenario walks
 * the same one: it is found once, grown as far as any replication reaches, and read by index.
 */
export class LookSchedule {
  private times = new Float64Array(64);
  /** Look times known so far. */
  count = 0;

  constructor(readonly originMs: number) {}

  /** Look time `k` (k < count). */
  at(k: number): number {
    return this.times[k];
  }

  /** Appends the next look time of the chain (found from the last one). */
  push(t: number): void {
    if (this.count === this.times.length) {
      const grown = new Float64Array(this.times.length * 2);
      grown.set(this.times);
      this.times = grown;
    }
    this.times[this.count++] = t;
  }
}

const schedules = new WeakMap<PersonSpec, LookSchedule>();

/**
 * The look schedule shared by everyone with this spec, or null when this replication cuts the
 * person's calendar to team spans (`restricted`: their look times are their own then).
 */
export function sharedLookSchedule(spec: PersonSpec, originMs: number, restricted: boolean): LookSchedule | null {
  if (restricted) return null;
  let schedule = schedules.get(spec);
  if (schedule === undefined || schedule.originMs !== originMs) {
    schedule = new LookSchedule(originMs);
    schedules.set(spec, schedule);
  }
  return schedule;
}
