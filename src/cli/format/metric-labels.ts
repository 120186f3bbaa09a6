/** How a metric reads in a table: its label, and whether it is a share (printed as a percentage). */
export interface MetricLabel {
  label: string;
  share?: boolean;
}

/** Labels of the metrics the tables show, by metric name. */
export const METRIC_LABELS: Record<string, MetricLabel> = {
  cycleTimeHours: { label: 'Cycle time, mean (h)' },
  makespanHours: { label: 'Makespan per campaign (h)' },
  reworkRate: { label: 'Rework rate', share: true },
  reviewRoundsPerAsset: { label: 'Review rounds per asset' },
  firstResponseHours: { label: 'First response (h)' },
  slaAttainment: { label: 'SLA attainment', share: true },
  throughputPerWeek: { label: 'Approved per week' },
  personHoursTotal: { label: 'Person-hours: total' },
  personHoursMeetings: { label: 'Person-hours: meetings' },
  personHoursDocumentation: { label: 'Person-hours: documentation' },
  waitingMeetingHoursPerAsset: { label: 'Waiting for a meeting (h/asset)' },
  waitingQueueHoursPerAsset: { label: 'Waiting in a queue (h/asset)' },
  waitingRevisionHoursPerAsset: { label: 'Waiting for a revision (h/asset)' },
  waitingClarificationHoursPerAsset: { label: 'Waiting for clarification (h/asset)' },
  waitingOutsideHoursHoursPerAsset: { label: 'Waiting outside hours (h/asset)' },
  personHoursDesign: { label: 'Person-hours: design' },
  personHoursReview: { label: 'Person-hours: review' },
  personHoursScheduling: { label: 'Person-hours: scheduling' },
  personHoursInterruptions: { label: 'Person-hours: interruptions' },
  agendaDiscussedShare: { label: 'Agenda discussed per meeting', share: true },
  slaMisses: { label: 'SLA missed (tickets)' },
  escalations: { label: 'Escalations' },
  pings: { label: 'Chat pings' },
  adHocCalls: { label: 'Ad-hoc calls' },
  assetsApproved: { label: 'Assets approved' },
  assetsOpenAtHorizon: { label: 'Assets open at horizon' },
  assetsCreated: { label: 'Assets created' },
  // Adaptations of the sync gate and changes of the team (present only when switched on).
  overflows: { label: 'Overflows (sessions or longer slots)' },
  overflowPersonHours: { label: 'Overflow cost (person-h)' },
  fastTrackedItems: { label: 'Items fast-tracked' },
  fastTrackPersonHours: { label: 'Fast-track cost (person-h)' },
  meetingsSkipped: { label: 'Meetings skipped (thin agenda)' },
  skipSavedPersonHours: { label: 'Saved by skipping (person-h)' },
  meetingMoves: { label: 'Meetings moved' },
  meetingRenegotiations: { label: 'Meeting renegotiations' },
  renegotiationPersonHours: { label: 'Renegotiation cost (person-h)' },
  teamJoins: { label: 'People joined' },
  teamLeaves: { label: 'People left' },
  handovers: { label: 'Work handed over' },
  handoverPersonHours: { label: 'Handover cost (person-h)' },
};

/** Detail rows shown under the headline metrics, in order. */
export const DETAIL_METRICS = [
  'waitingMeetingHoursPerAsset',
  'waitingQueueHoursPerAsset',
  'waitingRevisionHoursPerAsset',
  'waitingClarificationHoursPerAsset',
  'waitingOutsideHoursHoursPerAsset',
  'personHoursDesign',
  'personHoursReview',
  'personHoursScheduling',
  'personHoursInterruptions',
  'agendaDiscussedShare',
  'slaMisses',
  'escalations',
  'pings',
  'adHocCalls',
  'assetsApproved',
  'assetsOpenAtHorizon',
  // Adaptations and team changes: shown when the scenario switches them on.
  'overflows',
  'overflowPersonHours',
  'fastTrackedItems',
  'fastTrackPersonHours',
  'meetingsSkipped',
  'skipSavedPersonHours',
  'meetingRenegotiations',
  'renegotiationPersonHours',
  'teamJoins',
  'teamLeaves',
  'handovers',
  'handoverPersonHours',
];

/** The label of a metric (its name when it has none). */
export function labelOf(metric: string): MetricLabel {
  return METRIC_LABELS[metric] ?? { label: metric };
}
