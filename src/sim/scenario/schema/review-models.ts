import * as z from 'zod';
import { assumed } from '../assumptions.js';
import { duration, probability, timeOfDay, timeZone, wallDuration } from './primitives.js';

import { MODELS } from '../model-names.js';

export { MODELS };
export const modelName = z.enum(MODELS);

const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** One meeting time of a rotation. */
export const meetingSlot = z.strictObject({
  day: z.union([weekday, z.array(weekday).min(1)], { error: 'a day (mon … sun) or a list of days, e.g. tue or [tue, thu]' }).default('tue'),
  time: timeOfDay,
  tz: timeZone.optional().meta({ description: 'Zone of day and time (default: the first attendee\'s).' }),
});

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
  stretch: wallDuration.default(assumed('sync.stretch')).meta({ description: 'How far before or after their working hours required attendees still take the meeting (an early or late call, e.g. for a slot that rotates across zones); the time outside hours is counted in meetingOutOfHoursPersonHours. 0m: people meet only in their hours.' }),
  reschedule: wallDuration.default(assumed('sync.reschedule')).meta({ description: 'Each attendee\'s time lost when a meeting is moved.' }),
  renegotiate: wallDuration.default(assumed('sync.renegotiate')).meta({ description: 'Each required attendee\'s time to agree the standing slot again when someone joins or leaves the meeting (see team.<group>.changes and turnover).' }),
  slots: z
    .array(meetingSlot)
    .min(2)
    .max(14)
    .optional()
    .meta({ description: 'Meeting times used in turn, e.g. a Tokyo-friendly and a San Francisco-friendly one: the first meeting takes the first slot, the next the second, and so on. Replaces day, time and tz.' }),
  overflow: z
    .strictObject({
      rollover: z.int().min(0).max(1000).default(assumed('sync.overflow.rollover')).meta({ description: 'React when more than this many agenda items roll over from one meeting.' }),
      action: z.enum(['session', 'longer']).default('session').meta({ description: 'session: an extra meeting at the same local time on the next day everyone can make (before the next regular one); longer: the next regular meeting runs longer.' }),
      duration: wallDuration.default(assumed('sync.overflow.duration')).meta({ description: 'Length of the overflow session, or how much longer the next meeting runs.' }),
    })
    .optional()
    .meta({ description: 'The gate adapts when its agenda overflows: an overflow session or a longer next meeting.' }),
  fastTrack: z
    .strictObject({
      kinds: z.array(z.enum(['variant', 'routine'])).min(1).default(['variant']).meta({ description: 'Which low-risk items the chair decides without discussion (variants of an approved template; routine pieces).' }),
      perItem: wallDuration.default(assumed('sync.fastTrack.perItem')).meta({ description: 'Meeting time the chair takes to sign off one fast-tracked item.' }),
    })
    .optional()
    .meta({ description: 'The chair decides low-risk items at a glance at the start of the meeting, without discussion: nothing is clarified in the room, so they carry the risks of a written review.' }),
  skipThin: z
    .strictObject({
      below: z.int().min(1).max(100).default(assumed('sync.skipThin.below')).meta({ description: 'A meeting whose agenda (at its slot) has fewer items than this is skipped; its items wait for the next one.' }),
    })
    .optional()
    .meta({ description: 'Attendees skip a thin agenda: the drift of a sync gate towards async.' }),
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
  revisions: z
    .enum(['sync', 'async'])
    .optional()
    .meta({ description: 'Where a sent-back asset of this rule is reviewed next: e.g. model sync, revisions async is "sync for alignment, async for execution" (discussed once in the meeting, its revisions reviewed in the queue). Default: the same as model.' }),
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
