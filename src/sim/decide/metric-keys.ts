// The metrics a decision may target or minimise: every per-replication value a result document
// estimates. One list in one place: when the metric catalogue lands in src/sim/metrics, this file
// becomes a re-export of its keys.

const capitalized = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Every metric key of the result document (each estimated as a mean across replications). */
export const METRIC_KEYS: readonly string[] = [
  'cycleTimeHours', 'cycleTimeHoursUrgent', 'makespanHours', 'reworkRate', 'reviewRoundsPerAsset',
  'firstResponseHours', 'slaAttainment', 'slaMisses', 'waitingProbability', 'throughputPerWeek',
  'assetsApproved', 'assetsCreated', 'assetsOpenAtHorizon', 'workInProgressMean', 'queueLengthMean',
  'escalations', 'pings', 'adHocCalls', 'meetings', 'meetingMoves', 'agendaDiscussedShare',
  'rolloversPerMeeting', 'clarificationQuestions', 'preflightCatches', 'personHoursTotal', 'personHoursPerAsset',
  ...['sync', 'async'].flatMap((r) => [`cycleTimeHoursRoute${capitalized(r)}`, `reworkRateRoute${capitalized(r)}`]),
  ...['meeting', 'queue', 'revision', 'clarification', 'outsideHours'].map((c) => `waiting${capitalized(c)}HoursPerAsset`),
  ...['design', 'review', 'meetings', 'scheduling', 'documentation', 'interruptions'].map((k) => `personHours${capitalized(k)}`),
  ...['designer', 'reviewer', 'director', 'lead'].map((r) => `utilization${capitalized(r)}`),
  ...['defect', 'misread', 'relitigation', 'perfectionism'].map((c) => `reworkShare${capitalized(c)}`),
];

/** Statistics a target may name besides the mean: percentiles, for the metrics with a per-replication distribution. */
export const PERCENTILE_METRICS: Readonly<Record<string, readonly string[]>> = {
  cycleTimeHours: ['p50', 'p90', 'p95'],
};
