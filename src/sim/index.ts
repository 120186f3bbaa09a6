// The public entry of the simulation library, used by the CLI and the web viewer alike.
export { Simulation, RunawayError, type Handler, type RunOptions as EngineRunOptions, type StopReason } from './engine/simulation.js';
export { EventCalendar, type EventHandle } from './engine/event-calendar.js';
export { createStream, RandomStreams, replicationSeed, type Random } from './random/stream.js';
export { sampler, meanOf, checkDistribution, type Distribution, type Sampler } from './random/distribution.js';
export { poissonArrivals, expectedArrivals, peakRate, type PiecewiseRate } from './random/piecewise-poisson.js';
export { WorkingCalendar, type CalendarSpec } from './calendar/working-calendar.js';
export { loadScenario, type LoadResult, type LoadOptions } from './scenario/load.js';
export { applyOverrides, parseOverride, parsePath, parseValue, type Override } from './scenario/overrides.js';
export { MAX_ALIAS_VALUES, MAX_NESTING_DEPTH, MAX_SCENARIO_CHARS } from './scenario/input-limits.js';
export { scenarioJsonSchema } from './scenario/json-schema.js';
export { ASSUMPTIONS, assumed, assumptionValueText, type Assumption, type AssumptionValue } from './scenario/assumptions.js';
export { assumptionsInForce, type AssumptionInForce } from './scenario/assumptions-in-force.js';
export { formatProblem, formatPath, ScenarioError, type Problem } from './scenario/problem.js';
export { parseDuration, formatMinutes } from './scenario/duration.js';
export type { Scenario, ModelName, PersonSpec, CampaignSpec, StreamSpec } from './scenario/types.js';
export { MODELS } from './scenario/schema/review-models.js';
export { runReplication, type ReplicationResult, type ReplicationOptions } from './experiment/replication.js';
export { runModels, assemble, type RunOptions } from './experiment/run.js';
export { summarizeModel } from './experiment/summarize.js';
export {
  METRICS,
  METRIC_KEYS,
  HEADLINE_METRICS,
  DETAIL_METRICS,
  metricSpec,
  unitOf,
  formatOf,
  labelOf,
  betterOf,
  type MetricSpec,
  type Better,
} from './metrics/catalogue.js';
export { METRIC_UNITS, type MetricUnit, type MetricUnitId, type MetricFormat } from './metrics/metric-units.js';
export { reworkRate, sentBackShare, tallyRevisions, type RevisionTally } from './metrics/rework.js';
export { agendaDiscussedPerMeeting, agendaDiscussedByItems, type MeetingRow } from './metrics/agenda.js';
export {
  assembleSweep,
  parseSweepParameter,
  pointSettings,
  sweepGrid,
  type SweepDocument,
  type SweepParameter,
  type SweepPoint,
  type SweepPointRun,
} from './experiment/sweep.js';
export { checkDocumentInvariants } from './document-invariants.js';
export { migrateDocument, type MigrationResult } from './experiment/migrate-document.js';
export { SCHEMA_VERSION, type ResultDocument, type ModelResult, type MetricValue, type TimeSeries } from './experiment/result-document.js';
export type { EventRow, World } from './model/world.js';
export { Histogram } from './metrics/histogram.js';
export { RunningStats, TimeAverage } from './metrics/running-stats.js';
export { estimate, pairedDifference, type Estimate, type DistributionEstimate } from './metrics/summary.js';
export { parseDeadline, formatAtOffset, type Deadline } from './decide/deadline.js';
export { selectAssets, type AssetSelector, type AssetSet } from './decide/asset-set.js';
export { searchOdds, type OddsTally, type BatchRequest } from './decide/odds-search.js';
export { buildOddsDocument, type OddsDocument, type ModelOdds } from './decide/odds-document.js';
export type { FixedWidthRule } from './decide/fixed-width-rule.js';
export { parseTarget, type Target } from './decide/target.js';
export { parseVary } from './decide/vary.js';
export { parseCost, rowInputs, rowOf, type CostSpec } from './decide/size-values.js';
export { searchSize, type SizeSearchResult } from './decide/size-search.js';
export { buildSizeDocument, settingsText, type SizeDocument, type SizeCandidate } from './decide/size-document.js';
export type { RouteCondition } from './policies/routing.js';
export { parsePilotRoute, routeWhen } from './decide/pilot-route.js';
export { WEEK_MIN } from './decide/pilot-window.js';
export { buildPilotDocument, type PilotDocument, type PilotLength } from './decide/pilot-document.js';
export type { PilotAssets } from './experiment/pilot-collector.js';
export { parseMetric } from './decide/metric-spec.js';
export { planLevers, type Lever, type LeverPlan } from './decide/sensitivity-levers.js';
export { morrisTrajectories, elementaryEffects, type MorrisTrajectory, type ElementaryEffects } from './decide/morris.js';
export { buildSensitivityDocument, type SensitivityDocument, type SensitivityLever } from './decide/sensitivity-document.js';
export { AssetOutcomes, type OutcomeRows } from './audit/asset-outcomes.js';
export { parseSplit, parseHoldout, type SplitPoint, type AuditExtent } from './backtest/split.js';
export { compareBacktest, type ComparedMetric, type Verdict } from './backtest/backtest-compare.js';
export { buildBacktestDocument, BACKTEST_SCHEMA_VERSION, type BacktestDocument, type BacktestMetricRow } from './backtest/backtest-document.js';
export { BACKTEST_METRICS, type BacktestMetricKey } from './backtest/period-metrics.js';
export { wasserstein1 } from './backtest/wasserstein.js';
export { ksStatistic } from './backtest/kolmogorov-smirnov.js';
export { fitAudit, type FitBase, type FitResult } from './fit/fit-audit.js';
export { loadFitBase } from './fit/fit-base.js';
export { AuditStream, readAuditText } from './fit/audit-stream.js';
export { AuditDigest } from './fit/audit-digest.js';
export type { FittedValue, NotIdentified, Observation } from './fit/fitted-value.js';
export type { RowCounts } from './fit/row-counts.js';
export { fittedYaml, estimateText } from './fit/fitted-yaml.js';
export { isValidTimeZone } from './calendar/zone.js';
export { decisionPoints, localRunner, type DecisionPoint, type DecisionRunner, type PointRequest } from './decide/decision-runner.js';
export { decideSize } from './decide/size-decision.js';
export { decideOdds } from './decide/odds-decision.js';
export { decidePilot, pilotOverrides, pilotSpanWeeks, MAX_PILOT_WEEKS } from './decide/pilot-decision.js';
export { decideSensitivity, sensitivityGrid } from './decide/sensitivity-decision.js';
export { requestOf, type DecisionDocument, type DecisionRequest } from './decide/decision-request.js';
export { runDecisionRequest } from './decide/decision-rerun.js';
export { decisionSentences } from './decide/decision-sentence.js';
export { DECISION_KINDS, DECISION_SCHEMA_VERSION } from './decide/decision-header.js';
