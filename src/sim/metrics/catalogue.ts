/**
 * The metric catalogue: every metric a result document carries, with its label, unit, what it
 * counts and which direction is better. The CLI's tables and CSV, the viewer, the HTML report and
 * the `--metric` options all read it, so a metric is described here once. To add a metric, compute
 * it in experiment/replication-values.ts and add one entry below; the catalogue test fails until
 * both exist.
 */
import { METRIC_UNITS, type MetricFormat, type MetricUnit, type MetricUnitId } from './metric-units.js';

/** Which direction of a metric is better ('neither' for volumes and loads that are neither good nor bad). */
export type Better = 'lower' | 'higher' | 'neither';

/** One metric of the result document. */
export interface MetricSpec {
  /** The name in the result document, with its unit in it (`cycleTimeHours`). */
  key: string;
  /** A plain name for people, without the unit ("Cycle time"). */
  label: string;
  unit: MetricUnitId;
  /** What it counts, in one or two sentences. */
  definition: string;
  better: Better;
  /** Where tables show it: the headline (with paired differences in a comparison), the details, or only in documents, CSV and pickers. */
  tier?: 'headline' | 'detail';
  /** The stacked breakdown it is a part of (waiting by cause, person-hours by kind). */
  breakdown?: 'waiting' | 'personHours';
  /** Pooled percentiles (p50, p90, p95) besides the mean. */
  percentiles?: boolean;
}

const PER_SUBMITTED = 'per asset submitted in the window; the part of a wait outside the working hours of whoever ends it counts as outside working hours instead';

/** The two review routes of a hybrid gate or a pilot, as they appear in metric names. */
const ROUTES = [
  { name: 'Sync', words: 'sync route (meetings)' },
  { name: 'Async', words: 'async route (tickets)' },
] as const;

const byRoute = (base: Omit<MetricSpec, 'tier' | 'breakdown'>): MetricSpec[] =>
  ROUTES.map((r) => ({
    ...base,
    key: `${base.key}Route${r.name}`,
    label: `${base.label}, ${r.words}`,
    definition: `${base.definition} Assets reviewed on the ${r.words} only.`,
  }));

const waiting = (cause: string, label: string, what: string): MetricSpec => ({
  key: `waiting${cause}HoursPerAsset`,
  label,
  unit: 'hoursPerAsset',
  definition: `Hours assets spent ${what}, ${PER_SUBMITTED}.`,
  better: 'lower',
  tier: 'detail',
  breakdown: 'waiting',
});

/** Person-hours of one kind; `part` puts it in the "who pays" breakdown (totals are not parts). */
const hours = (kind: string, label: string, what: string, options: { tier?: MetricSpec['tier']; part?: boolean } = {}): MetricSpec => ({
  key: `personHours${kind}`,
  label: `Person-hours, ${label}`,
  unit: 'personHours',
  definition: `Working hours the team spent ${what} within the window.`,
  better: 'lower',
  tier: options.tier ?? 'detail',
  ...(options.part === false ? {} : { breakdown: 'personHours' as const }),
});

const utilization = (role: string, plural: string): MetricSpec => ({
  key: `utilization${role}`,
  label: `Utilization, ${plural}`,
  unit: 'share',
  definition: `Share of the ${plural}' working hours in the window spent on the pipeline's work (design, review, meetings, scheduling, documentation, interruptions; their own work outside the pipeline not counted).`,
  better: 'neither',
});

const sendBackCause = (cause: string, what: string): MetricSpec => ({
  key: `reworkShare${cause}`,
  label: `Send-backs caused by ${what}`,
  unit: 'share',
  definition: `Share of all send-backs (changes requested) caused by ${what}.`,
  better: 'lower',
});

/** Every metric, in the order tables show them. */
export const METRICS: readonly MetricSpec[] = [
  {
    key: 'cycleTimeHours', label: 'Cycle time', unit: 'hours', better: 'lower', tier: 'headline', percentiles: true,
    definition: "Calendar hours from an asset's first submission for review to its final approval (mean per replication; p50, p90 and p95 pool every approved asset).",
  },
  {
    key: 'makespanHours', label: 'Makespan per campaign', unit: 'hours', better: 'lower', tier: 'headline',
    definition: "Calendar hours from a campaign's brief to the approval of its last asset, for campaigns published in the window and finished by the horizon.",
  },
  {
    key: 'reworkRate', label: 'Rework rate (more than one revision)', unit: 'share', better: 'lower', tier: 'headline',
    definition: "Share of approved assets that needed more than one revision (sent back twice or more): the field guide's rework rate.",
  },
  {
    key: 'sentBackShare', label: 'Sent back at least once', unit: 'share', better: 'lower', tier: 'headline',
    definition: 'Share of approved assets sent back for changes at least once.',
  },
  {
    key: 'reviewRoundsPerAsset', label: 'Review rounds per asset', unit: 'roundsPerAsset', better: 'lower', tier: 'headline',
    definition: 'Review decisions per approved asset (1 = approved at the first look).',
  },
  {
    key: 'firstResponseHours', label: 'First response', unit: 'hours', better: 'lower', tier: 'headline',
    definition: 'Calendar hours from a ticket entering the async queue to a reviewer starting on it.',
  },
  {
    key: 'slaAttainment', label: 'SLA attainment', unit: 'share', better: 'higher', tier: 'headline',
    definition: 'Share of tickets under a first-response SLA that a reviewer started on by their deadline.',
  },
  {
    key: 'throughputPerWeek', label: 'Throughput', unit: 'assetsPerWeek', better: 'higher', tier: 'headline',
    definition: 'Assets approved in the window per week of the window.',
  },
  hours('Total', 'total', 'on the pipeline (every kind of person-hours added up)', { tier: 'headline', part: false }),
  hours('Meetings', 'meetings', 'in review meetings, triage meetings and ad-hoc calls', { tier: 'headline' }),
  hours('Documentation', 'documentation', 'writing: submission notes, feedback, questions and answers, decision-log upkeep and one-off async set-up added up', { tier: 'headline', part: false }),
  waiting('Meeting', 'Waiting for a meeting', 'on the agenda of a review meeting before being discussed'),
  waiting('Queue', 'Waiting in a queue', 'in the async queue before a reviewer started on them'),
  waiting('Revision', 'Waiting for a revision', 'sent back, before their designer started the revision'),
  waiting('Clarification', 'Waiting for clarification', "on a reviewer's question before the designer started answering it"),
  waiting('OutsideHours', 'Waiting outside working hours', 'waiting while whoever would act next was not at work'),
  hours('Design', 'design', 'designing, revising and fixing pre-flight findings'),
  hours('Review', 'review', 'reviewing tickets (reading, deciding; an escalated ticket\'s handover included)'),
  hours('Scheduling', 'scheduling', 'organising meetings and renegotiating moved ones'),
  hours('DocumentationNotes', 'documentation: submission notes', 'writing the notes that go with async submissions'),
  hours('DocumentationFeedback', 'documentation: written feedback', 'writing feedback on async decisions that send an asset back'),
  hours('DocumentationQuestions', 'documentation: questions and answers', "writing reviewers' clarification questions and designers' answers"),
  hours('DocumentationDecisionLog', 'documentation: decision-log upkeep', 'keeping the decision log up to date after approvals'),
  hours('DocumentationSetup', 'documentation: one-off async set-up', 'setting up an async pipeline (tickets, rubric, written brief) for one-off assets routed to it'),
  hours('Interruptions', 'interruptions', 'on chat pings about aged tickets (the pinger and the pinged)'),
  {
    key: 'agendaDiscussedShare', label: 'Agenda discussed, per meeting', unit: 'share', better: 'higher', tier: 'detail',
    definition: 'Share of its agenda a meeting discussed, averaged over meetings (a short agenda weighs as much as a long one).',
  },
  {
    key: 'agendaItemsDiscussedShare', label: 'Agenda discussed, of all items', unit: 'share', better: 'higher', tier: 'detail',
    definition: 'Share of all agenda items discussed, meetings pooled (weighted by items: a long agenda weighs as many items as it has).',
  },
  {
    key: 'workInProgressMean', label: 'Work in progress', unit: 'assets', better: 'lower', tier: 'detail',
    definition: "Time-average number of assets submitted for review and not yet approved (what cycle time spans; by Little's law, throughput × cycle time).",
  },
  {
    key: 'assetsOpenMean', label: 'Assets open', unit: 'assets', better: 'lower', tier: 'detail',
    definition: 'Time-average number of assets created (briefed) and not yet approved, those still in their first design included.',
  },
  {
    key: 'slaMisses', label: 'SLA missed (tickets)', unit: 'count', better: 'lower', tier: 'detail',
    definition: 'Tickets under a first-response SLA that a reviewer started on after their deadline.',
  },
  { key: 'escalations', label: 'Escalations', unit: 'count', better: 'lower', tier: 'detail', definition: 'Tickets escalated (reassigned or handed to a lead) for being untouched past the escalation threshold.' },
  { key: 'pings', label: 'Chat pings', unit: 'count', better: 'lower', tier: 'detail', definition: 'Chat pings about aged tickets in an invisible queue.' },
  { key: 'adHocCalls', label: 'Ad-hoc calls', unit: 'count', better: 'lower', tier: 'detail', definition: 'Calls set up because an async ticket aged past the ad-hoc threshold (the drift back to sync).' },
  { key: 'assetsApproved', label: 'Assets approved', unit: 'assets', better: 'higher', tier: 'detail', definition: 'Assets first submitted in the window and approved by the horizon.' },
  { key: 'assetsOpenAtHorizon', label: 'Assets open at the horizon', unit: 'assets', better: 'lower', tier: 'detail', definition: 'Assets created and not approved when the run ends.' },
  { key: 'assetsCreated', label: 'Assets created', unit: 'assets', better: 'neither', definition: 'Assets briefed or arrived over the whole run, warm-up included.' },
  {
    key: 'cycleTimeHoursUrgent', label: 'Cycle time, urgent assets', unit: 'hours', better: 'lower',
    definition: 'Cycle time of assets of priority 4 or 5 (does what matters most go first?).',
  },
  ...byRoute({ key: 'cycleTimeHours', label: 'Cycle time', unit: 'hours', better: 'lower', definition: "Calendar hours from an asset's first submission to its final approval." }),
  ...byRoute({ key: 'reworkRate', label: 'Rework rate', unit: 'share', better: 'lower', definition: 'Share of approved assets that needed more than one revision.' }),
  ...byRoute({ key: 'sentBackShare', label: 'Sent back at least once', unit: 'share', better: 'lower', definition: 'Share of approved assets sent back at least once.' }),
  { key: 'waitingProbability', label: 'Tickets that waited', unit: 'share', better: 'lower', definition: 'Share of async tickets no reviewer started on at once.' },
  { key: 'queueLengthMean', label: 'Queue length', unit: 'items', better: 'lower', definition: 'Time-average number of tickets waiting in the async queue.' },
  { key: 'meetings', label: 'Meetings held', unit: 'count', better: 'neither', definition: 'Review and triage meetings held in the window.' },
  { key: 'meetingMoves', label: 'Meetings moved', unit: 'count', better: 'lower', definition: 'Review meetings moved because a required attendee was away.' },
  // Adaptations of the sync gate and changes of the team: in a document only when the scenario switches them on.
  { key: 'meetingOutOfHoursPersonHours', label: 'Person-hours of meetings outside working hours', unit: 'personHours', better: 'lower', tier: 'detail', definition: 'Attendee and presenter minutes of review meetings held before or after their working hours (sync.stretch: early or late calls), not part of any working-hours total.' },
  { key: 'overflows', label: 'Overflows (extra sessions or longer slots)', unit: 'count', better: 'lower', tier: 'detail', definition: 'Times the roll-over passed sync.overflow.rollover and an extra session was held or the next slot made longer.' },
  { key: 'overflowPersonHours', label: 'Person-hours of overflow sessions and longer slots', unit: 'personHours', better: 'lower', tier: 'detail', definition: 'Attendee hours of the extra sessions and of the added minutes of longer slots (part of meeting hours).' },
  { key: 'fastTrackedItems', label: 'Items fast-tracked by the chair', unit: 'count', better: 'neither', tier: 'detail', definition: 'Variants or routine items the chair decided without discussion (sync.fastTrack).' },
  { key: 'fastTrackPersonHours', label: 'Person-hours of fast-track sign-offs', unit: 'personHours', better: 'lower', tier: 'detail', definition: "The chair's time signing off fast-tracked items." },
  { key: 'meetingsSkipped', label: 'Meetings skipped for a thin agenda', unit: 'count', better: 'neither', tier: 'detail', definition: 'Review meetings not held because fewer than sync.skipThin.below items were waiting.' },
  { key: 'skipSavedPersonHours', label: 'Person-hours saved by skipping', unit: 'personHours', better: 'higher', tier: 'detail', definition: "The organiser's preparation saved by skipped meetings (the items are discussed later anyway)." },
  { key: 'meetingRenegotiations', label: 'Meeting renegotiations', unit: 'count', better: 'lower', tier: 'detail', definition: "Times a required attendee's joining or leaving made the meeting's slot be agreed again." },
  { key: 'renegotiationPersonHours', label: 'Person-hours of renegotiating the meeting', unit: 'personHours', better: 'lower', tier: 'detail', definition: "Each required attendee's time to agree the slot again after a change of the team (part of scheduling hours)." },
  { key: 'teamJoins', label: 'People joined', unit: 'count', better: 'neither', tier: 'detail', definition: 'People who joined the team during the run (fixed joins and replacements after turnover).' },
  { key: 'teamLeaves', label: 'People left', unit: 'count', better: 'neither', tier: 'detail', definition: 'People who left the team during the run (fixed leaves and turnover).' },
  { key: 'handovers', label: 'Pieces of work handed over', unit: 'count', better: 'lower', tier: 'detail', definition: "Tasks of a leaver given to a colleague (work in hand and follow-ups on an asset are read into)." },
  { key: 'handoverPersonHours', label: 'Person-hours of handovers', unit: 'personHours', better: 'lower', tier: 'detail', definition: "The colleague's time reading into a leaver's work." },
  { key: 'rolloversPerMeeting', label: 'Items rolled over per meeting', unit: 'itemsPerMeeting', better: 'lower', definition: 'Agenda items a meeting did not reach, per meeting held.' },
  { key: 'clarificationQuestions', label: 'Clarification questions', unit: 'count', better: 'lower', definition: 'Questions about the brief raised in reviews, in writing or in a meeting.' },
  { key: 'preflightCatches', label: 'Pre-flight catches', unit: 'count', better: 'higher', definition: 'Trivial defects automated pre-flight checks caught before review.' },
  {
    key: 'personHoursPerAsset', label: 'Person-hours per approved asset', unit: 'personHoursPerAsset', better: 'lower',
    definition: 'Person-hours of the pipeline (total) per asset approved in the window.',
  },
  utilization('Designer', 'designers'),
  utilization('Reviewer', 'reviewers'),
  utilization('Director', 'directors'),
  utilization('Lead', 'leads'),
  sendBackCause('Defect', 'trivial defects'),
  sendBackCause('Misread', 'a misread brief'),
  sendBackCause('Relitigation', 'a re-opened decision'),
  sendBackCause('Perfectionism', "a reviewer's nice-to-haves"),
];

const BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

/** Every metric name, in table order. */
export const METRIC_KEYS: readonly string[] = METRICS.map((m) => m.key);

/** The metrics a comparison sets side by side (with paired differences against the first model), in order. */
export const HEADLINE_METRICS: readonly string[] = METRICS.filter((m) => m.tier === 'headline').map((m) => m.key);

/** The metrics tables show under the headline, in order. */
export const DETAIL_METRICS: readonly string[] = METRICS.filter((m) => m.tier === 'detail').map((m) => m.key);

/** The catalogue entry of a metric, or undefined for a name it does not know. */
export function metricSpec(key: string): MetricSpec | undefined {
  return BY_KEY.get(key);
}

/** The unit of a metric (a plain count for a name the catalogue does not know). */
export function unitOf(key: string): MetricUnit {
  return METRIC_UNITS[BY_KEY.get(key)?.unit ?? 'count'];
}

/** How a metric's value is written. */
export function formatOf(key: string): MetricFormat {
  return unitOf(key).format;
}

/** A metric's label (its name when the catalogue does not know it, e.g. in a newer document). */
export function labelOf(key: string): string {
  return BY_KEY.get(key)?.label ?? key;
}

/** Which direction of a metric is better ('neither' for a name the catalogue does not know). */
export function betterOf(key: string): Better {
  return BY_KEY.get(key)?.better ?? 'neither';
}
