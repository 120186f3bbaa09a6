import { parseWorkingDays, parseWorkingHours } from '../calendar/hours.js';
import { meanOf } from '../random/distribution.js';
import type { CalendarSpec } from '../calendar/working-calendar.js';
import type { ScenarioDocument } from './schema/scenario.js';
import { zonedToUtcMs } from '../calendar/zone.js';
import type { CompileContext } from './compile-context.js';
import type { AttentionSpec, MeetingSpec, PersonSpec, Role } from './types.js';

/** People and group membership resolved from the team section. */
export interface CompiledTeam {
  people: PersonSpec[];
  /** Members of each group the team defines, and nothing else (a name like `constructor` is an ordinary key). */
  groups: Map<string, number[]>;
}

/** Expands each team group into people with their own calendars. */
export function compileTeam(doc: ScenarioDocument, ctx: CompileContext): CompiledTeam {
  const people: PersonSpec[] = [];
  const groups = new Map<string, number[]>();
  for (const [groupName, g] of Object.entries(doc.team)) {
    const path = ['team', groupName];
    const calendar = groupCalendar(g);
    const attention = groupAttention(g, calendar.tz, path, ctx);
    const count = g.names ? g.names.length : g.count;
    if (g.names && g.count !== 1 && g.count !== g.names.length) {
      ctx.problem([...path, 'count'], `count is ${g.count} but ${g.names.length} names are given`);
    }
    const members: number[] = [];
    groups.set(groupName, members);
    const membership = groupMembership(g, count, calendar.tz, doc, path, ctx);
    const joiners = g.changes.flatMap((c) => ('join' in c ? [c.join] : []));
    for (let i = 0; i < count + joiners.length; i++) {
      const name = i >= count ? joiners[i - count] : g.names ? g.names[i] : count === 1 ? groupName : `${groupName}-${i + 1}`;
      const leave = g.leave.filter((l) => !l.who || l.who === name).map(({ from, to }) => ({ from, to }));
      const id = people.length;
      people.push({
        id,
        name,
        group: groupName,
        role: g.role as Role,
        calendar: { ...calendar, leave },
        speed: g.speed,
        perfectionism: g.perfectionism ?? doc.quality.perfectionism,
        attention,
        joinMin: membership.joins.get(name) ?? -Infinity,
        leaveMin: membership.leaves.get(name) ?? Infinity,
        turnover: membership.turnover,
        onboarding: membership.onboarding,
        handoverMin: membership.handoverMin,
      });
      members.push(id);
    }
    checkChanges(g, members.map((id) => people[id].name), path, ctx);
    g.leave.forEach((l, i) => {
      if (l.who && !(g.names ?? []).includes(l.who) && !members.some((id) => people[id].name === l.who)) {
        ctx.problem([...path, 'leave', i, 'who'], `"${l.who}" is not a member of ${groupName}`);
      }
      if (l.to < l.from) ctx.problem([...path, 'leave', i, 'to'], 'leave ends before it starts');
    });
  }
  const seen = new Map<string, string>();
  for (const p of people) {
    const other = seen.get(p.name);
    if (other !== undefined && other !== p.group) {
      ctx.problem(['team', p.group, 'names'], `"${p.name}" is also a member of ${other}; names must be unique`);
    }
    seen.set(p.name, p.group);
  }
  return { people, groups };
}

/** A group's joins and leaves (by name, simulation minutes), turnover, onboarding and handover, resolved. */
function groupMembership(g: ScenarioDocument['team'][string], count: number, tz: string, doc: ScenarioDocument, path: (string | number)[], ctx: CompileContext) {
  const originMs = Date.parse(doc.start);
  const at = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return (zonedToUtcMs(tz, y, m, d, 0) - originMs) / 60_000;
  };
  const joins = new Map<string, number>();
  const leaves = new Map<string, number>();
  for (const c of g.changes) {
    if ('join' in c) joins.set(c.join, at(c.at));
    else leaves.set(c.leave, at(c.at));
  }
  let turnover: PersonSpec['turnover'];
  if (g.turnover) {
    const per = ctx.repeatDuration(g.turnover.per, [...path, 'turnover', 'per'], 'a member who leaves').minutes;
    const vacancy = ctx.distribution(g.turnover.vacancy, [...path, 'turnover', 'vacancy']);
    turnover = { meanTenureMin: (per * count) / g.turnover.leavers, vacancy };
    // Members leaving within hours of joining would make a join and a leave without end.
    if (per > 0 && turnover.meanTenureMin < 1440) {
      ctx.problem([...path, 'turnover', 'leavers'], `${g.turnover.leavers} leavers every ${g.turnover.per} means each of the ${count} members stays less than a day on average; turnover that fast is not a team`);
    }
  }
  const periodMin = ctx.minutes(g.onboarding.period, [...path, 'onboarding', 'period']);
  return {
    joins,
    leaves,
    turnover,
    onboarding: { periodMin, speed: g.onboarding.speed },
    handoverMin: ctx.minutes(g.handover, [...path, 'handover']),
  };
}

/** Located problems of a group's changes: who leaves must be a member, a joiner is new, each changes once, and joins before leaving. */
function checkChanges(g: ScenarioDocument['team'][string], members: readonly string[], path: (string | number)[], ctx: CompileContext): void {
  const initial = new Set(members.slice(0, members.length - g.changes.filter((c) => 'join' in c).length));
  const joined = new Map<string, string>();
  const left = new Set<string>();
  g.changes.forEach((c, i) => {
    const at = [...path, 'changes', i];
    if ('join' in c) {
      if (initial.has(c.join) || joined.has(c.join)) ctx.problem([...at, 'join'], `"${c.join}" is already a member; a joiner needs a new name`);
      joined.set(c.join, c.at);
      return;
    }
    if (!initial.has(c.leave) && !joined.has(c.leave)) {
      ctx.problem([...at, 'leave'], `"${c.leave}" is not a member of this group${joined.size > 0 || initial.size > 0 ? ` (members: ${[...initial, ...joined.keys()].slice(0, 6).join(', ')})` : ''}; a leave after a join comes after it in the list`);
    } else if (left.has(c.leave)) {
      ctx.problem([...at, 'leave'], `"${c.leave}" leaves twice`);
    } else if (joined.has(c.leave) && c.at <= joined.get(c.leave)!) {
      ctx.problem([...at, 'at'], `"${c.leave}" leaves on or before the day they join (${joined.get(c.leave)})`);
    }
    left.add(c.leave);
  });
}

function groupAttention(g: ScenarioDocument['team'][string], tz: string, path: (string | number)[], ctx: CompileContext): AttentionSpec {
  const a = g.attention;
  const at = [...path, 'attention'];
  if (a.ownTasksEvery !== undefined && a.ownWork > 0) {
    ctx.problem([...at, 'ownTasksEvery'], 'give either ownWork (a share of hours) or ownTasksEvery (a stream of own tasks), not both');
  }
  const ownTask = ctx.distribution(a.ownTask, [...at, 'ownTask']);
  const ownTasksEvery = a.ownTasksEvery === undefined ? undefined : ctx.distribution(a.ownTasksEvery, [...at, 'ownTasksEvery']);
  // Own tasks of no length, or arriving 0s apart, would arrive without end at one instant.
  if (a.ownWork > 0 && !(meanOf(ownTask) > 0)) {
    ctx.problem([...at, 'ownTask'], 'must be longer than zero on average when ownWork is set: tasks of 0s filling a share of the hours would arrive without end');
  }
  if (ownTasksEvery && !(meanOf(ownTasksEvery) > 0)) {
    ctx.problem([...at, 'ownTasksEvery'], 'must be longer than zero on average: own tasks every 0s would arrive without end at one instant');
  }
  return {
    ownWork: a.ownWork,
    ownTask,
    ownTasksEvery,
    habit: a.habit,
    lookSlots: lookSlots(
      a.times.map((time) => {
        const [h, m] = time.split(':').map(Number);
        return h * 60 + m;
      }),
      tz,
    ),
  };
}

/** One daily slot per local minute of the day (duplicates dropped), in order. */
export function lookSlots(minutesOfDay: readonly number[], tz: string): MeetingSpec[] {
  return [...new Set(minutesOfDay)]
    .sort((a, b) => a - b)
    .map((minuteOfDay) => ({ everyDays: 1, weekdays: [1, 2, 3, 4, 5, 6, 7], daily: true, minuteOfDay, tz, durationMin: 0, attendees: [] }));
}

/**
 * The looks of the deprecated `async.checkEvery`: at the start of each working day, then every
 * `everyMin` of working time through the day's windows (at most 48 a day).
 */
export function looksEvery(hours: CalendarSpec['hours'], everyMin: number): number[] {
  const windows = hours === 'always' ? [[0, 1440] as const] : hours;
  const looks: number[] = [];
  let into = 0;
  for (const [start, end] of windows) {
    let t = start + into;
    while (t < end && looks.length < 48) {
      looks.push(t % 1440);
      t += Math.max(everyMin, 1);
    }
    into = t - end;
  }
  return looks;
}

function groupCalendar(g: ScenarioDocument['team'][string]): CalendarSpec {
  // The schema has checked the zone, the hours and the days.
  const hours = parseWorkingHours(g.hours);
  let days = parseWorkingDays(g.days);
  if (hours === 'always' && (g.days === 'mon-fri' || g.days === undefined)) days = [1, 2, 3, 4, 5, 6, 7];
  return { tz: g.tz, days, hours, holidays: g.holidays, leave: [] };
}

/** Resolves group or person names to person ids, reporting unknown names at `path` (a list) or at `path` itself (one name). */
export function resolveNames(
  names: string | readonly string[],
  team: CompiledTeam,
  path: (string | number)[],
  ctx: CompileContext,
): number[] {
  const ids: number[] = [];
  const at = (i: number) => (typeof names === 'string' ? path : [...path, i]);
  [names].flat().forEach((name, i) => {
    const group = team.groups.get(name);
    const person = team.people.find((p) => p.name === name);
    if (group) ids.push(...group);
    else if (person) ids.push(person.id);
    else ctx.problem(at(i), `"${name}" is neither a team group nor a person`);
  });
  return [...new Set(ids)];
}

/** Ids of everyone with one of the roles. */
export function withRole(team: CompiledTeam, ...roles: Role[]): number[] {
  return team.people.filter((p) => roles.includes(p.role)).map((p) => p.id);
}
