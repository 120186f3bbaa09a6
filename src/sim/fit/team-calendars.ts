import { WorkingCalendar } from '../calendar/working-calendar.js';
import type { PersonSpec, Scenario } from '../scenario/types.js';

const WEEK_MS = 7 * 86_400_000;

/**
 * The working calendars of the base scenario's people, to measure an audit's times in business
 * hours. A name the base does not know takes the calendar of its role's first person (designers
 * for designers, the async reviewers for reviewers): the audit's people are the base's team.
 */
export class TeamCalendars {
  private readonly byName = new Map<string, WorkingCalendar>();
  private readonly originMs: number;
  /** Names the base does not know, by role, that took their role's calendar. */
  readonly unknown = { designer: new Set<string>(), reviewer: new Set<string>() };

  /** Calendars laid from a week before `fromMs` (the audit's first instant). */
  constructor(private readonly base: Scenario, fromMs: number) {
    this.originMs = fromMs - WEEK_MS;
  }

  /** Working minutes of the person (or their role's stand-in) between two instants (ms since 1970). */
  workingMinutes(name: string, role: 'designer' | 'reviewer', fromMs: number, toMs: number): number {
    const calendar = this.calendarOf(name, role);
    return calendar.workingMinutesBetween((fromMs - this.originMs) / 60_000, (toMs - this.originMs) / 60_000);
  }

  private calendarOf(name: string, role: 'designer' | 'reviewer'): WorkingCalendar {
    const key = `${role}\u0000${name}`;
    let calendar = this.byName.get(key);
    if (calendar !== undefined) return calendar;
    let person = name === '' ? undefined : this.base.people.find((p) => p.name === name);
    if (person === undefined) {
      if (name !== '') this.unknown[role].add(name);
      person = this.standIn(role);
    }
    calendar = person ? new WorkingCalendar(person.calendar, this.originMs) : new WorkingCalendar({ tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], hours: 'always' }, this.originMs);
    this.byName.set(key, calendar);
    return calendar;
  }

  private standIn(role: 'designer' | 'reviewer'): PersonSpec | undefined {
    const people = this.base.people;
    if (role === 'reviewer') {
      const id = this.base.async.reviewers[0];
      return (id === undefined ? undefined : people[id]) ?? people.find((p) => p.role === 'reviewer') ?? people.find((p) => p.role === 'director');
    }
    return people.find((p) => p.role === 'designer');
  }
}
