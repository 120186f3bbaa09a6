/**
 * The assumptions register: every behavioural parameter of the model, with its default (as a
 * scenario file writes it), its unit, a plausible low/high for sensitivity analysis, where the
 * default comes from and which metrics it drives. The schema takes its defaults from here, so a
 * default lives in one place. Scenario choices (team, work, SLA, meeting slots) are not listed:
 * they are decisions, not assumptions.
 */

/** A value as a scenario file writes it: a number, a duration or distribution, a word or a list. */
export type AssumptionValue = number | string | string[] | Record<string, unknown>;

/** One behavioural parameter. */
export interface Assumption {
  /** Dotted path in a scenario file; `*` stands for each team group. */
  path: string;
  default: AssumptionValue;
  unit: string;
  low: AssumptionValue;
  high: AssumptionValue;
  /** A field-guide section, or "modelling assumption: …". */
  source: string;
  /** Metrics it moves most, by their names in the metric catalogue (src/sim/metrics/catalogue.ts). */
  drives: string[];
}

const G = 'field guide,';
const lognormal = (mean: string, sd: string) => ({ lognormal: { mean, sd } });

/** Every behavioural parameter, in the order a scenario file lists its sections. */
export const ASSUMPTIONS = [
  {
    path: 'team.*.attention.ownWork', default: 0, unit: 'share of working hours', low: 0, high: 0.7,
    source: 'modelling assumption: reviewers and directors have work of their own that competes with reviewing (Foundations: in async nobody is made to put the queue first); 0 = a dedicated reviewer',
    drives: ['firstResponseHours', 'cycleTimeHours', 'slaAttainment', 'escalations'],
  },
  {
    path: 'team.*.attention.ownTask', default: lognormal('90m', '45m'), unit: 'working time of one own task', low: '30m', high: '4h',
    source: 'modelling assumption: own work comes in focus blocks of about an hour and a half; longer blocks delay a look at the queue',
    drives: ['firstResponseHours'],
  },
  {
    path: 'team.*.attention.habit', default: 'continuous', unit: 'continuous | fixed-times | task-boundaries', low: 'continuous', high: 'fixed-times',
    source: 'modelling assumption: when a person looks at the review queue (Foundations: without a deadline, tickets sit unread for days)',
    drives: ['firstResponseHours', 'cycleTimeHours'],
  },
  {
    path: 'team.*.attention.times', default: ['09:30', '13:30', '16:00'], unit: 'local times of day', low: ['09:30', '11:00', '13:30', '15:00', '16:30'], high: ['10:00'],
    source: 'modelling assumption: a reviewer with the fixed-times habit checks the queue at the start of the day, after lunch and before leaving',
    drives: ['firstResponseHours'],
  },
  {
    path: 'async.sla.switchBefore', default: '1bh', unit: 'business hours before the deadline', low: '0bh', high: '2bh',
    source: `${G} Pattern 2 (reviewers treat the queue as a commitment); modelling assumption: they switch from own work when a ticket has this long left`,
    drives: ['slaAttainment', 'firstResponseHours', 'escalations'],
  },
  {
    path: 'async.escalation.handover', default: '15m', unit: 'working time', low: '5m', high: '45m',
    source: 'modelling assumption: whoever takes an escalated ticket reads its history first',
    drives: ['personHoursReview', 'cycleTimeHours'],
  },
  {
    path: 'async.pings.after', default: '1d', unit: 'duration', low: '4bh', high: '2d',
    source: `${G} Anti-Pattern 1 (an invisible queue turns into chat pings)`,
    drives: ['pings', 'personHoursInterruptions'],
  },
  {
    path: 'async.pings.interrupt', default: '10m', unit: 'working time per person pinged', low: '5m', high: '25m',
    source: 'modelling assumption: a chat ping costs the pinged and the pinger a short switch of context',
    drives: ['personHoursInterruptions'],
  },
  {
    path: 'async.oneOffSetup', default: '4h', unit: 'working time per one-off routed to the async queue', low: '1h', high: '16h',
    source: `${G} When the Asset Is a One-Off (setting up an async pipeline is overhead a single asset does not repay; async needs written briefs and rubrics, Foundations); modelling assumption for the size: half a day for tickets, a rubric and a written brief`,
    drives: ['personHoursDocumentationSetup', 'personHoursDocumentation', 'makespanHours'],
  },
  {
    path: 'sync.scheduling', default: '15m', unit: 'organiser working time per meeting', low: '5m', high: '30m',
    source: `${G} Maintenance, Drift, and Long-Term Costs (scheduling friction)`,
    drives: ['personHoursScheduling'],
  },
  {
    path: 'sync.reschedule', default: '20m', unit: 'working time per attendee per moved meeting', low: '10m', high: '45m',
    source: `${G} Maintenance, Drift, and Long-Term Costs (conflicts when a meeting is renegotiated; 5–10% of production time a year)`,
    drives: ['personHoursScheduling', 'meetingMoves'],
  },
  {
    path: 'sync.stretch', default: '0m', unit: 'time before or after their working hours an attendee still takes a meeting', low: '0m', high: '2h',
    source: `${G} When the Team Is Distributed Across Time Zones (a weekly meeting at a rotating time: each side in turn takes an early or late call); modelling assumption for how far`,
    drives: ['meetingOutOfHoursPersonHours', 'meetingMoves', 'cycleTimeHours'],
  },
  {
    path: 'sync.renegotiate', default: '30m', unit: 'working time per required attendee per change of attendees', low: '15m', high: '1h',
    source: `${G} Maintenance, Drift, and Long-Term Costs (as members join or leave, the weekly meeting must be renegotiated)`,
    drives: ['renegotiationPersonHours', 'personHoursScheduling', 'meetingMoves'],
  },
  {
    path: 'sync.overflow.rollover', default: 5, unit: 'items rolled over from one meeting', low: 2, high: 10,
    source: 'modelling assumption: a chair reacts to an overflowing agenda once a handful of items are left over',
    drives: ['overflows', 'agendaDiscussedShare', 'cycleTimeHours'],
  },
  {
    path: 'sync.overflow.duration', default: '1h', unit: 'meeting time', low: '30m', high: '2h',
    source: `${G} Where the Handoff Model Shows Up (a two-hour block discusses only part of the assets); modelling assumption for the size`,
    drives: ['overflowPersonHours', 'personHoursMeetings', 'agendaDiscussedShare'],
  },
  {
    path: 'sync.fastTrack.perItem', default: '2m', unit: 'meeting time per fast-tracked item', low: '1m', high: '5m',
    source: `${G} Pattern 1 (variants of an approved template have known criteria); modelling assumption: a sign-off at a glance`,
    drives: ['fastTrackedItems', 'fastTrackPersonHours', 'reworkRate'],
  },
  {
    path: 'sync.skipThin.below', default: 3, unit: 'agenda items', low: 1, high: 5,
    source: `${G} Maintenance, Drift, and Long-Term Costs (sync meetings become less frequent as people skip them)`,
    drives: ['meetingsSkipped', 'waitingMeetingHoursPerAsset'],
  },
  {
    path: 'team.*.onboarding.period', default: '4w', unit: 'calendar time after joining', low: '1w', high: '12w',
    source: 'modelling assumption: a new member takes about a month to reach the group\'s pace',
    drives: ['cycleTimeHours', 'utilizationDesigner'],
  },
  {
    path: 'team.*.onboarding.speed', default: 0.5, unit: 'share of the group\'s speed while onboarding', low: 0.3, high: 0.8,
    source: 'modelling assumption: a new member works at half pace at first',
    drives: ['cycleTimeHours', 'personHoursDesign'],
  },
  {
    path: 'team.*.turnover.vacancy', default: '4w', unit: 'calendar time from a leave to the replacement joining', low: '1w', high: '12w',
    source: 'modelling assumption: a leaver is replaced after about a month',
    drives: ['teamJoins', 'cycleTimeHours'],
  },
  {
    path: 'team.*.handover', default: '30m', unit: 'working time per piece of work handed over', low: '10m', high: '2h',
    source: 'modelling assumption: whoever takes over a leaver\'s work reads into it first',
    drives: ['handoverPersonHours', 'cycleTimeHours'],
  },
  {
    path: 'effort.design', default: lognormal('6h', '2h'), unit: 'working time', low: lognormal('3h', '1h'), high: lognormal('12h', '4h'),
    source: 'modelling assumption: a new template is most of a day\'s work',
    drives: ['cycleTimeHours', 'personHoursDesign'],
  },
  {
    path: 'effort.variant', default: lognormal('90m', '30m'), unit: 'working time', low: lognormal('45m', '15m'), high: lognormal('3h', '1h'),
    source: `${G} Pattern 1 (variants are resized from an approved template); modelling assumption for the size`,
    drives: ['cycleTimeHours', 'personHoursDesign'],
  },
  {
    path: 'effort.revision.defect', default: 0.1, unit: 'fraction of first-version effort', low: 0.05, high: 0.2,
    source: `${G} Pattern 3 (trivial defects: wrong format, safe area, placeholder copy)`,
    drives: ['personHoursDesign', 'cycleTimeHours'],
  },
  {
    path: 'effort.revision.misread', default: 0.8, unit: 'fraction of first-version effort', low: 0.5, high: 1,
    source: `${G} When the Brief Is Unclear (work from an ambiguous brief: most of a redesign)`,
    drives: ['personHoursDesign', 'cycleTimeHours'],
  },
  {
    path: 'effort.revision.relitigation', default: 0.5, unit: 'fraction of first-version effort', low: 0.25, high: 0.8,
    source: `${G} Anti-Pattern 3 (a re-opened choice is reworked)`,
    drives: ['personHoursDesign'],
  },
  {
    path: 'effort.revision.perfectionism', default: 0.25, unit: 'fraction of first-version effort', low: 0.1, high: 0.4,
    source: `${G} Anti-Pattern 2 (small copy changes that do not affect performance)`,
    drives: ['personHoursDesign'],
  },
  {
    path: 'effort.revision.decay', default: 0.6, unit: 'multiplier per further round', low: 0.4, high: 0.8,
    source: 'modelling assumption: each further round of changes is smaller than the last',
    drives: ['personHoursDesign'],
  },
  {
    path: 'effort.preflightFix', default: '20m', unit: 'working time', low: '10m', high: '45m',
    source: `${G} Pattern 3 (fixing what the checklist found)`,
    drives: ['personHoursDesign'],
  },
  {
    path: 'effort.review', default: lognormal('20m', '10m'), unit: 'working time per item', low: lognormal('10m', '5m'), high: lognormal('45m', '20m'),
    source: 'modelling assumption: one item\'s review',
    drives: ['personHoursReview', 'firstResponseHours'],
  },
  {
    path: 'effort.feedback', default: '15m', unit: 'working time per written decision', low: '5m', high: '30m',
    source: `${G} Maintenance, Drift, and Long-Term Costs (documentation debt: 15–20 h a month organising feedback)`,
    drives: ['personHoursDocumentationFeedback', 'personHoursDocumentation'],
  },
  {
    path: 'effort.submissionNote', default: '5m', unit: 'working time per async submission', low: '2m', high: '15m',
    source: `${G} Foundations (async needs written briefs and rubrics)`,
    drives: ['personHoursDocumentationNotes', 'personHoursDocumentation'],
  },
  {
    path: 'effort.discussion', default: { triangular: { min: '5m', mode: '10m', max: '20m' } }, unit: 'meeting time per item', low: '5m', high: '20m',
    source: `${G} Where the Handoff Model Shows Up (a two-hour block discusses about 40% of the assets)`,
    drives: ['agendaDiscussedShare', 'agendaItemsDiscussedShare', 'cycleTimeHours'],
  },
  {
    path: 'effort.clarification', default: '15m', unit: 'working time per question or answer', low: '5m', high: '30m',
    source: `${G} When the Brief Is Unclear (the written loop is slow for iterative clarification)`,
    drives: ['personHoursDocumentationQuestions', 'waitingClarificationHoursPerAsset', 'agendaDiscussedShare'],
  },
  {
    path: 'quality.defectRate', default: 0.05, unit: 'probability per submission', low: 0.02, high: 0.15,
    source: `${G} Pattern 3 (common errors a checklist catches)`,
    drives: ['sentBackShare', 'reworkRate', 'reviewRoundsPerAsset'],
  },
  {
    path: 'quality.misread', default: 0.3, unit: 'probability per unit of ambiguity (written)', low: 0.15, high: 0.5,
    source: `${G} Cost Comparison Table (misinterpretation of written comments: medium risk)`,
    drives: ['reworkRate', 'sentBackShare', 'reworkShareMisread'],
  },
  {
    path: 'quality.meetingMisread', default: 0.1, unit: 'probability per unit of ambiguity (meeting)', low: 0.05, high: 0.2,
    source: `${G} Cost Comparison Table (real-time clarification: low risk)`,
    drives: ['reworkRate', 'sentBackShare'],
  },
  {
    path: 'quality.questionRate', default: 0.6, unit: 'probability per unit of ambiguity', low: 0.3, high: 0.9,
    source: `${G} Where the Handoff Model Shows Up (a flurry of back-and-forth comments on an unclear brief)`,
    drives: ['clarificationQuestions', 'cycleTimeHours'],
  },
  {
    path: 'quality.perfectionism', default: 0.08, unit: 'probability per pass', low: 0.03, high: 0.2,
    source: `${G} Anti-Pattern 2 (The Perfectionist Reviewer)`,
    drives: ['reviewRoundsPerAsset', 'sentBackShare', 'reworkRate'],
  },
  {
    path: 'quality.meetingPressure', default: 0.4, unit: 'multiplier on perfectionism in a meeting', low: 0.2, high: 0.7,
    source: `${G} Anti-Pattern 2 (a meeting's end makes a reviewer drop nice-to-haves)`,
    drives: ['reviewRoundsPerAsset'],
  },
  {
    path: 'quality.roundDecay', default: 0.5, unit: 'multiplier per further round', low: 0.3, high: 0.8,
    source: 'modelling assumption: a reviewer finds fewer nice-to-haves each round',
    drives: ['reviewRoundsPerAsset'],
  },
  {
    path: 'quality.variantInheritance', default: 0.3, unit: 'share of the template\'s ambiguity risk', low: 0.1, high: 0.6,
    source: `${G} Pattern 1 (criteria are known once the template is approved)`,
    drives: ['sentBackShare', 'reworkRate'],
  },
  {
    path: 'preflight.catchRate', default: 0.8, unit: 'share of trivial defects caught', low: 0.6, high: 0.95,
    source: `${G} Pattern 3 (automated checklists: 20–30% fewer rejections)`,
    drives: ['sentBackShare', 'preflightCatches'],
  },
  {
    path: 'acceptanceCriteria.residual', default: 0.2, unit: 'share of perfectionism left after the first pass', low: 0.1, high: 0.4,
    source: `${G} Anti-Pattern 2 (block only on must-fix items in the first pass)`,
    drives: ['reviewRoundsPerAsset'],
  },
  {
    path: 'decisionLog.relitigation', default: 0.25, unit: 'probability per asset of a type decided before', low: 0.1, high: 0.4,
    source: `${G} Anti-Pattern 3 (The Missing Decision Log)`,
    drives: ['reworkShareRelitigation', 'sentBackShare', 'reworkRate'],
  },
  {
    path: 'decisionLog.upkeep', default: '10m', unit: 'working time per approval', low: '5m', high: '20m',
    source: `${G} Anti-Pattern 3 (setup and upkeep that repay themselves within a quarter)`,
    drives: ['personHoursDocumentationDecisionLog', 'personHoursDocumentation'],
  },
  {
    path: 'eventDriven.prefill', default: 0.6, unit: 'share of questions the pre-filled ticket answers', low: 0.3, high: 0.8,
    source: `${G} What to Try Instead (tickets pre-populated with the brief's metadata)`,
    drives: ['clarificationQuestions', 'cycleTimeHours'],
  },
] as const satisfies readonly Assumption[];

type Entry = (typeof ASSUMPTIONS)[number];
/** A register path. */
export type AssumptionPath = Entry['path'];

/** A register value as a scenario file writes it ("90m", "[09:30, 13:30]", "{lognormal:{mean:90m,sd:45m}}"); "—" for none. */
export function assumptionValueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return JSON.stringify(value).replace(/"/g, '');
}

/** The default of a register entry, as a scenario file writes it (the schema's default). */
export function assumed<P extends AssumptionPath>(path: P): DefaultOf<P>;
export function assumed(path: AssumptionPath): unknown {
  const entry = ASSUMPTIONS.find((a) => a.path === path);
  if (!entry) throw new Error(`no assumption "${path}"`);
  return entry.default;
}

/** The type of a register entry's default. */
type DefaultOf<P extends AssumptionPath> = Extract<Entry, { path: P }>['default'];
