import { HandedOverTask } from './handed-over-task.js';
import type { Person } from './person.js';
import type { Pipeline } from './pipeline.js';
import type { Task } from './task.js';
import type { World } from './world.js';

/** Follow-up work on an asset (not a first version): whoever takes it over must read into it first. */
function isFollowUp(task: Task): boolean {
  return task.asset !== null && task.kind !== 'design' && task.kind !== 'variant' && task.kind !== 'routine' && task.kind !== 'own';
}

/** The start of the person's latest span of membership at or before t. */
function lastJoin(person: Person, t: number): number {
  let start = -Infinity;
  for (const [from] of person.spans ?? []) if (from <= t) start = from;
  return start;
}

/**
 * Joins and leaves of one replication. A leaver stops at once: the task in hand (what is left of
 * it) and their waiting tasks go to a colleague of the same group — the least loaded on the team
 * now, else whoever joins soonest, else anyone of the same role — who first reads into each
 * (`handover`); work given to them later goes the same way. A joiner works from their first day,
 * at the onboarding speed for the onboarding period, and takes any work nobody could. Each review
 * channel is told, so a meeting whose required attendees change is renegotiated.
 */
export function armTeamChanges(world: World, pipeline: Pipeline): void {
  if (!world.teamChanges) return;
  const s = world.scenario;
  const m = world.metrics;
  /** Work nobody on the team could take, until someone joins. */
  const parked: Array<{ from: Person; task: Task; inHand: { leftMin: number; writingMin: number } | null }> = [];

  const load = (p: Person) => p.tasks.length + (p.current !== null ? 1 : 0);
  const taker = (person: Person, now: number): Person | null => {
    const group = s.groups.get(person.spec.group) ?? [];
    let best: Person | null = null;
    for (const id of group) {
      const p = world.people[id];
      if (p.memberAt(now) && (best === null || load(p) < load(best))) best = p;
    }
    if (best !== null) return best;
    let soonest = Infinity;
    for (const id of group) {
      const at = world.people[id].nextMemberAt(now);
      if (at < soonest) [soonest, best] = [at, world.people[id]];
    }
    if (best !== null) return best;
    for (const p of world.people) if (p.spec.role === person.spec.role && p.memberAt(now) && (best === null || load(p) < load(best))) best = p;
    return best;
  };

  /**
   * Gives `task`, held by `from`, to `to` (`from` itself when its seat is refilled): the asset and
   * the ticket load follow, and the taker reads into work in hand (`inHand`: what is left of it)
   * and into follow-up work on an asset, not into new work.
   */
  const handTo = (from: Person, to: Person, task: Task, now: number, inHand: { leftMin: number; writingMin: number } | null): Task => {
    const replaced = to === from && from.spans !== null && from.spans[0][0] < now;
    if (to === from && !replaced) return task;
    if (to !== from) {
      if (task.asset !== null && task.asset.designer === from.id && from.spec.role === 'designer') task.asset.designer = to.id;
      if (task.kind === 'review') {
        from.load--;
        to.load++;
      }
    }
    if (inHand === null && !isFollowUp(task)) return task;
    const handoverMin = from.spec.handoverMin;
    m.count('handovers', now);
    m.count('handoverMin', now, handoverMin);
    world.record(task.asset, to.id, replaced ? 'took over as a replacement' : `took over from ${from.spec.name}`, now);
    return new HandedOverTask(task, { leftMin: inHand?.leftMin ?? task.effortMin, writingMin: inHand?.writingMin ?? task.writingMin, handoverMin });
  };

  // A named function, not a literal assigned to the hook: see World (hooks).
  const takerFor = (person: Person, task: Task, now: number) => {
    const to = taker(person, now);
    if (to === null) {
      parked.push({ from: person, task, inHand: null });
      return null;
    }
    return { person: to, task: handTo(person, to, task, now, null) };
  };
  world.takerFor = takerFor;

  const leave = (person: Person, now: number) => {
    m.count('teamLeaves', now);
    world.record(null, person.id, 'left the team', now);
    const held: Array<{ task: Task; inHand: { leftMin: number; writingMin: number } | null }> = [];
    const current = person.current;
    if (current !== null && person.finishAt > now + 1e-9) {
      world.sim.cancel(person.finishHandle);
      person.current = null;
      if (current.kind !== 'own') {
        const totalMin = (current.effortMin + current.writingMin) / person.speed;
        const doneMin = person.calendar.workingMinutesBetween(person.currentStart, now);
        held.push({ task: current, inHand: { leftMin: Math.max(0, totalMin - doneMin) * person.speed, writingMin: 0 } });
      }
    }
    person.ownTasks.length = 0;
    for (const task of person.tasks.splice(0)) held.push({ task, inHand: null });
    for (const h of held) {
      const to = taker(person, now);
      if (to === null) parked.push({ from: person, task: h.task, inHand: h.inHand });
      else world.assign(to.id, handTo(person, to, h.task, now, h.inHand), now);
    }
    pipeline.channels.sync?.teamChanged?.(person, false, now);
    pipeline.channels.async?.teamChanged?.(person, false, now);
  };

  const join = (person: Person, from: number, now: number) => {
    const { periodMin, speed } = person.spec.onboarding;
    if (from + periodMin > now) {
      const until = from + periodMin;
      person.speed = person.spec.speed * speed;
      // A later replacement of the same seat onboards on its own clock.
      world.at(until, (t) => {
        if (lastJoin(person, t) === from) person.speed = person.spec.speed;
      });
    }
    if (from >= 0) {
      m.count('teamJoins', now);
      world.record(null, person.id, 'joined the team', now);
      pipeline.channels.sync?.teamChanged?.(person, true, now);
      pipeline.channels.async?.teamChanged?.(person, true, now);
    }
    for (let i = 0; i < parked.length; ) {
      const { from: holder, task, inHand } = parked[i];
      if (holder.spec.group === person.spec.group || holder.spec.role === person.spec.role) {
        parked.splice(i, 1);
        world.assign(person.id, handTo(holder, person, task, now, inHand), now);
      } else i++;
    }
    world.dispatch(person, now);
  };

  for (const person of world.people) {
    if (person.spans === null) continue;
    for (const [from, to] of person.spans) {
      if (from > -Infinity && from <= s.horizonMin) world.at(Math.max(from, 0), (t) => join(person, from, t));
      if (to < Infinity && to <= s.horizonMin && to >= 0) world.at(to, (t) => leave(person, t));
    }
  }
}
