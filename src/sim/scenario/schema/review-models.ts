import * as z from 'zod';
import { assumed } from '../../assumptions.js';
import { duration, probability, timeOfDay, timeZone, wallDuration } from './primitives.js';

/** The review models a scenario can run under. */
export const MODELS = ['sync', 'async', 'hybrid', 'event-driven'] as const;
export const modelName = z.enum(MODELS);

const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** The synchronous review gate: a recurring meeting. */
export const sync = z.strictObject({
  cadence: z.enum(['daily', 'weekly', 'biweekly']).default('weekly'),
  day: z.union([weekday, z.array(weekday).min(1)], { error: 'a day (mon … sun) or a list of days, e.g. tue or [tue, thu]' }).default('tue').meta({ description: 'Day(s) of the meeting for weekly / biweekly cadence, e.g. tue or [tue, thu]. A daily meeting runs on every working day of its attendees.' }),
  time: timeOfDay.default('14:00'),
  tz: timeZone.optional().meta({ description: 'Zone of day and time (default: the first attendee\'s).' }),
  duration: wallDuration.default('1h'),
  attendees: z.array(z.string()).optional().meta({ description: 'Required attendees: group or person names (default: directors, else reviewers).' }),
  presenters: z.boolean().default(true).meta({ description: 'Designers with an item on the agenda attend to present it.' }),
  cutoff: wallDuration.default('1d').meta({ description: 'Agenda cut-off: items submitted later wait for the next meeting.' }),
  scheduling: wallDuration.default(assumed('sync.scheduling')).meta({ description: 'Organiser time to prepare each meeting.' }),
  reschedule: wallDuration.default(assumed('sync.reschedule')).meta({ description: 'Each attendee\'s time lost when a meeting is moved.' }),
});

/** The SLA on first response. */
export const sla = z.strictObject({
  firstResponse: duration.meta({ description: 'First response within this time, e.g. "4bh".' }),
  calendar: z.string().default('reviewer').meta({ description: '"reviewer" (the assignee\'s hours) or a group name whose hours count.' }),
  switchBefore: duration.default(assumed('async.sla.switchBefore')).meta({ description: 'A ticket this close to its deadline pre-empts the reviewer\'s own work and their look habit (in the SLA\'s units).' }),
});

/** Escalation of tickets without a response. */
export const escalation = z.strictObject({
  after: duration.meta({ description: 'Escalate a ticket untouched this long, e.g. "6bh".' }),
  action: z.enum(['reassign', 'lead']).default('reassign'),
  lead: z.string().optional().meta({ description: 'Group or person who takes escalated tickets (action: lead).' }),
  handover: wallDuration.default(assumed('async.escalation.handover')).meta({ description: 'Working time whoever takes an escalated ticket spends reading into it.' }),
});

/** The asynchronous ticket queue. */
export const async = z.strictObject({
  reviewers: z.array(z.string()).optional().meta({ description: 'Who reviews: group or person names (default: role reviewer).' }),
  assignment: z.enum(['pull', 'round-robin', 'least-loaded']).default('pull'),
  order: z.enum(['fifo', 'priority', 'oldest-first']).default('fifo'),
  checkEvery: duration.optional().meta({ deprecated: true, description: 'Deprecated: write team.<group>.attention instead. Maps to habit fixed-times for the async reviewers, looking at the start of each working day and every checkEvery of working time after it (an SLA no longer changes it).' }),
  sla: sla.optional(),
  escalation: escalation.optional(),
  dashboard: z.boolean().default(true).meta({ description: 'Without a dashboard the queue is invisible: arbitrary pick order and chat pings.' }),
  pings: z
    .strictObject({ after: duration.default(assumed('async.pings.after')), interrupt: wallDuration.default(assumed('async.pings.interrupt')) })
    .default({ after: assumed('async.pings.after'), interrupt: assumed('async.pings.interrupt') })
    .meta({ description: 'Without a dashboard: a ticket this old draws a chat ping that interrupts its reviewer.' }),
  triage: z
    .strictObject({
      day: weekday.default('mon'),
      time: timeOfDay.default('10:00'),
      tz: timeZone.optional(),
      duration: wallDuration.default('15m'),
      items: z.int().min(1).max(100).default(5),
      attendees: z.array(z.string()).optional(),
    })
    .optional()
    .meta({ description: 'A weekly triage meeting that settles the oldest stuck tickets.' }),
  adHocCall: z
    .strictObject({ after: duration.default('2d'), duration: wallDuration.default('30m') })
    .optional()
    .meta({ description: 'A ticket this old gets an ad-hoc call: the drift back to sync.' }),
  oneOffSetup: wallDuration.default(assumed('async.oneOffSetup')).meta({
    description: 'Working time to set up the async pipeline for one one-off (tickets, a rubric, a written brief), written by the first async reviewer before design starts; 0m for none.',
  }),
});

/** One hybrid routing rule. */
export const route = z.strictObject({
  when: z
    .strictObject({
      kind: z.enum(['template', 'variant', 'one-off', 'routine']).optional(),
      channel: z.union([z.string(), z.array(z.string())], { error: 'a channel name or a list of them' }).optional(),
      campaign: z.string().optional(),
    })
    .default({}),
  model: z.enum(['sync', 'async']),
});

/** The hybrid gate: routing rules pick sync or async per asset. */
export const hybrid = z.strictObject({
  routes: z
    .array(route)
    .default([
      { when: { kind: 'template' }, model: 'sync' },
      { when: { kind: 'one-off' }, model: 'sync' },
      { when: {}, model: 'async' },
    ])
    .meta({ description: 'First matching rule wins; default: templates and one-offs sync, the rest async.' }),
});

/** The event-driven pipeline. */
export const eventDriven = z.strictObject({
  prefill: probability.default(assumed('eventDriven.prefill')).meta({ description: 'Share of clarification questions the pre-filled brief metadata answers.' }),
  escalateAfter: duration.default('4bh').meta({ description: 'Automatic escalation to another working reviewer.' }),
});
