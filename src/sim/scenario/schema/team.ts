import * as z from 'zod';
import { assumed } from '../assumptions.js';
import { distribution, localDate, probability, timeOfDay, timeZone, wallDuration, workingDays, workingHours } from './primitives.js';

/** When a person looks at the review queue. */
export const HABITS = ['continuous', 'fixed-times', 'task-boundaries'] as const;

/** A person's own work and their habit of looking at the review queue. */
export const attention = z
  .strictObject({
    ownWork: z.number().min(0).max(0.95).default(assumed('team.*.attention.ownWork')).meta({ description: 'Share of working hours their own work claims (own tasks arrive at random at this rate). Own work comes before review tickets without a near deadline.' }),
    ownTask: distribution.default(assumed('team.*.attention.ownTask')).meta({ description: 'Working time of one own task.' }),
    ownTasksEvery: distribution.optional().meta({ description: 'Instead of ownWork: own tasks arrive this often (working time between arrivals).' }),
    habit: z.enum(HABITS).default(assumed('team.*.attention.habit')).meta({ description: 'When they notice new review tickets: continuous (at once), fixed-times (at `times`, local), task-boundaries (when they finish a task, and at the start of each working window).' }),
    times: z.array(timeOfDay).min(1).max(48).default([...assumed('team.*.attention.times')]).meta({ description: 'Local times of day they look at the queue (habit: fixed-times).' }),
  })
  .meta({ description: 'Work of their own that competes with reviewing, and when they look at the review queue.' });

/** Roles a person can hold. */
export const ROLES = ['designer', 'reviewer', 'director', 'lead'] as const;

/** A group of people sharing a role, a time zone and working hours. */
export const personGroup = z
  .strictObject({
    role: z.enum(ROLES).meta({ description: 'designer, reviewer, director (creative director) or lead.' }),
    count: z.int().min(1).max(1000).default(1).meta({ description: 'How many people the group has.' }),
    names: z.array(z.string().min(1)).optional().meta({ description: 'Names of the people (count defaults to their number).' }),
    tz: timeZone.default('UTC').meta({ description: 'IANA time zone, e.g. "Europe/Berlin".' }),
    hours: workingHours.default('09:00-17:00').meta({ description: 'Working hours, local: "09:00-17:00", several windows "09:00-12:00, 13:00-17:00", or "24/7".' }),
    days: workingDays.default('mon-fri').meta({ description: 'Working days: "mon-fri", "sun-thu", "all", or a list.' }),
    holidays: z.array(localDate).default([]).meta({ description: 'Local dates with no work.' }),
    leave: z
      .array(z.strictObject({ from: localDate, to: localDate, who: z.string().optional() }))
      .default([])
      .meta({ description: 'Leave periods (inclusive local dates), for the whole group or one named person.' }),
    speed: z.number().positive().max(10).default(1).meta({ description: 'Effort multiplier: 2 works twice as fast.' }),
    perfectionism: probability.optional().meta({ description: 'This group\'s own perfectionism (overrides quality.perfectionism).' }),
    attention: attention.prefault({}),
    changes: z
      .array(
        z.union([z.strictObject({ join: z.string().min(1), at: localDate }), z.strictObject({ leave: z.string().min(1), at: localDate })], {
          error: 'a change is {join: name, at: date} or {leave: name, at: date}',
        }),
      )
      .max(1000)
      .default([])
      .meta({ description: 'People who join or leave the group on a local date: {join: Dana, at: 2026-04-06} (a new member, working from that day) or {leave: Ben, at: 2026-05-01} (gone from that day; their work is handed over).' }),
    turnover: z
      .strictObject({
        leavers: z.number().positive().max(1000).meta({ description: 'How many members leave on average every `per` (at random times).' }),
        per: wallDuration.meta({ description: 'The period of `leavers`, e.g. "12w".' }),
        vacancy: distribution.default(assumed('team.*.turnover.vacancy')).meta({ description: 'Time from a leave until the replacement joins.' }),
      })
      .optional()
      .meta({ description: 'Members leave at random at this rate and are replaced after a vacancy; each replacement onboards. Differs between replications.' }),
    onboarding: z
      .strictObject({
        period: wallDuration.default(assumed('team.*.onboarding.period')),
        speed: z.number().positive().max(1).default(assumed('team.*.onboarding.speed')).meta({ description: 'Share of the group\'s speed a new member works at during the period.' }),
      })
      .prefault({})
      .meta({ description: 'How a new member (a join or a turnover replacement) starts: slower for a period.' }),
    handover: wallDuration.default(assumed('team.*.handover')).meta({ description: 'Working time whoever takes over a leaver\'s piece of work spends reading into it.' }),
  })
  .meta({ description: 'A group of people with one role, time zone and working hours.' });

/** The team: named groups of people. */
export const team = z
  .record(z.string().regex(/^[A-Za-z][\w-]*$/, { error: 'group names are words: letters, digits, - and _' }), personGroup)
  .refine((t) => Object.keys(t).length > 0, { error: 'the team needs at least one group' })
  .meta({ description: 'Named groups of people, e.g. designers, reviewers, director.' });

export type PersonGroupInput = z.infer<typeof personGroup>;
