import type { World } from '../model/world.js';
import type { DocumentationKind, HoursKind } from '../model/task.js';
import type { Role } from '../scenario/types.js';
import { agendaDiscussedByItems, agendaDiscussedPerMeeting } from '../metrics/agenda.js';
import { reworkRate, sentBackShare } from '../metrics/rework.js';

const ROLES: Role[] = ['designer', 'reviewer', 'director', 'lead'];
/** The metric of each kind of person-hours the pipeline reports (own work outside it is not), in summing order. */
const HOURS_KEYS: Record<Exclude<HoursKind, 'ownWork'>, string> = {
  design: 'personHoursDesign',
  review: 'personHoursReview',
  meetings: 'personHoursMeetings',
  scheduling: 'personHoursScheduling',
  submissionNotes: 'personHoursDocumentationNotes',
  feedback: 'personHoursDocumentationFeedback',
  questions: 'personHoursDocumentationQuestions',
  decisionLog: 'personHoursDocumentationDecisionLog',
  setup: 'personHoursDocumentationSetup',
  interruptions: 'personHoursInterruptions',
};
const HOURS_KINDS = Object.keys(HOURS_KEYS) as Array<keyof typeof HOURS_KEYS>;
/** Documentation's parts, which add up to personHoursDocumentation. */
const DOCUMENTATION = new Set<HoursKind>(['submissionNotes', 'feedback', 'questions', 'decisionLog', 'setup'] satisfies DocumentationKind[]);

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const capitalized = (s: string) => s[0].toUpperCase() + s.slice(1);

// Metric names built once, not per replication.
const ROUTE_KEYS = (['sync', 'async'] as const).map((route) => ({
  route,
  cycle: `cycleTimeHoursRoute${capitalized(route)}`,
  rework: `reworkRateRoute${capitalized(route)}`,
  sentBack: `sentBackShareRoute${capitalized(route)}`,
}));
const waitingKey = new Map<string, string>();
const utilizationKey = new Map(ROLES.map((role) => [role, `utilization${capitalized(role)}`]));
const reworkShareKey = new Map<string, string>();

/** The metric name of `name` in `names`, made (and kept) on first use. */
function keyOf(names: Map<string, string>, name: string, make: (capitalized: string) => string): string {
  let key = names.get(name);
  if (key === undefined) names.set(name, (key = make(capitalized(name))));
  return key;
}

/** The flat per-replication values every metric of the result document is estimated from. */
export function replicationValues(world: World): Record<string, number> {
  const m = world.metrics;
  const s = world.scenario;
  const c = m.counters;
  const windowMin = s.horizonMin - s.warmupMin;
  const weeks = windowMin / 10080;
  const counted = Math.max(c.submitted, 0);
  const v: Record<string, number> = {
    cycleTimeHours: m.cycleStats.count > 0 ? m.cycleStats.mean / 60 : NaN,
    cycleTimeHoursUrgent: m.urgentCycle.count > 0 ? m.urgentCycle.mean / 60 : NaN,
    makespanHours: m.makespan.count > 0 ? m.makespan.mean / 60 : NaN,
    reworkRate: reworkRate(m.revisions),
    sentBackShare: sentBackShare(m.revisions),
    reviewRoundsPerAsset: m.rounds.count > 0 ? m.rounds.mean : NaN,
    firstResponseHours: m.firstResponse.count > 0 ? m.firstResponse.mean / 60 : NaN,
    slaAttainment: ratio(c.slaMet, c.slaTickets),
    slaMisses: c.slaTickets > 0 ? c.slaTickets - c.slaMet : NaN,
    waitingProbability: ratio(c.ticketsWaited, c.tickets),
    throughputPerWeek: c.approved / weeks,
    assetsApproved: c.approved,
    assetsCreated: c.created,
    assetsOpenAtHorizon: c.created - m.approvedAll,
    workInProgressMean: m.inReview.averageAt(s.horizonMin),
    assetsOpenMean: m.open.averageAt(s.horizonMin),
    queueLengthMean: m.queued.averageAt(s.horizonMin),
    escalations: c.escalations,
    pings: c.pings,
    adHocCalls: c.adHocCalls,
    meetings: c.meetings,
    meetingMoves: c.meetingMoves,
    agendaDiscussedShare: agendaDiscussedPerMeeting(m.meetings),
    agendaItemsDiscussedShare: agendaDiscussedByItems(m.meetings),
    rolloversPerMeeting: ratio(c.rollovers, c.meetings),
    clarificationQuestions: c.questions,
    preflightCatches: c.preflightCatches,
  };
  addAdaptations(v, world);
  for (const keys of ROUTE_KEYS) {
    const r = m.byRoute[keys.route];
    v[keys.cycle] = r.cycle.count > 0 ? r.cycle.mean / 60 : NaN;
    v[keys.rework] = reworkRate(r.revisions);
    v[keys.sentBack] = sentBackShare(r.revisions);
  }
  for (const [cause, minutes] of Object.entries(m.waiting)) {
    v[keyOf(waitingKey, cause, (c) => `waiting${c}HoursPerAsset`)] = ratio(minutes / 60, counted);
  }
  let total = 0;
  let documentation = 0;
  for (const kind of HOURS_KINDS) {
    let minutes = 0;
    for (const p of world.people) minutes += p.hours[kind];
    v[HOURS_KEYS[kind]] = minutes / 60;
    total += minutes / 60;
    if (DOCUMENTATION.has(kind)) documentation += minutes / 60;
  }
  v.personHoursDocumentation = documentation;
  v.personHoursTotal = total;
  v.personHoursPerAsset = ratio(total, c.approved);
  for (const role of ROLES) {
    let busy = 0, available = 0;
    for (const p of world.people) {
      if (p.spec.role !== role) continue;
      for (const kind of HOURS_KINDS) busy += p.hours[kind];
      available += p.calendar.workingMinutesBetween(s.warmupMin, s.horizonMin);
    }
    if (available > 0) v[utilizationKey.get(role)!] = busy / available;
  }
  const causes = m.reworkCauses;
  const sent = causes.defect + causes.misread + causes.relitigation + causes.perfectionism;
  for (const [cause, n] of Object.entries(causes)) v[keyOf(reworkShareKey, cause, (c) => `reworkShare${c}`)] = ratio(n, sent);
  return v;
}

/**
 * How often each adaptation of the sync gate, and each change of the team, happened and what it
 * cost (person-hours, already inside meetings and scheduling hours): present only when the
 * scenario switches the mechanism on, so documents without them are unchanged.
 */
function addAdaptations(v: Record<string, number>, world: World): void {
  const s = world.scenario;
  const c = world.metrics.counters;
  const gate = world.model === 'sync' || world.model === 'hybrid';
  if (gate && s.sync.overflow) {
    v.overflows = c.overflows;
    v.overflowPersonHours = c.overflowMin / 60;
  }
  if (gate && s.sync.fastTrack) {
    v.fastTrackedItems = c.fastTracked;
    v.fastTrackPersonHours = c.fastTrackMin / 60;
  }
  if (gate && (s.sync.stretchMin ?? 0) > 0) v.meetingOutOfHoursPersonHours = c.meetingOutOfHoursMin / 60;
  if (gate && s.sync.skipBelow > 0) {
    v.meetingsSkipped = c.meetingsSkipped;
    v.skipSavedPersonHours = c.skipSavedMin / 60;
  }
  if (s.people.some((p) => p.joinMin > -Infinity || p.leaveMin < Infinity || p.turnover !== undefined)) {
    v.teamJoins = c.teamJoins;
    v.teamLeaves = c.teamLeaves;
    v.handovers = c.handovers;
    v.handoverPersonHours = c.handoverMin / 60;
    if (gate) {
      v.meetingRenegotiations = c.renegotiations;
      v.renegotiationPersonHours = c.renegotiationMin / 60;
    }
  }
}
