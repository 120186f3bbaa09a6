import { parseWorkingDays, parseWorkingHours } from '../calendar/hours.js';
import type { CalendarSpec } from '../calendar/working-calendar.js';
import type { ScenarioDocument } from './schema/scenario.js';
import type { CompileContext } from './compile-context.js';
import type { PersonSpec, Role } from './types.js';

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
