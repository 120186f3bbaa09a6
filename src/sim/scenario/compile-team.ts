import { parseWorkingDays, parseWorkingHours } from '../calendar/hours.js';
import { meanOf } from '../random/distribution.js';
import type { CalendarSpec } from '../calendar/working-calendar.js';
import type { ScenarioDocument } from './schema/scenario.js';
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
    for (let i = 0; i < count; i++) {
      const name = g.names ? g.names[i] : count === 1 ? groupName : `${groupName}-${i + 1}`;
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
      });
      members.push(id);
    }
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
