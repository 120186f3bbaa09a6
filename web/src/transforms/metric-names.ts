import { formatHours, formatNumber, formatPercent } from './format.js';

/** How a metric's value reads. */
export type MetricUnit = 'hours' | 'personHours' | 'share' | 'perWeek' | 'ratio' | 'count';

const LABELS: Record<string, string> = {
  cycleTimeHours: 'Cycle time',
  cycleTimeHoursUrgent: 'Cycle time, urgent assets',
  makespanHours: 'Makespan (brief → last approval)',
  reworkRate: 'Rework rate',
  reviewRoundsPerAsset: 'Review rounds per asset',
  firstResponseHours: 'First response',
  slaAttainment: 'SLA attainment',
  slaMisses: 'SLA missed (tickets responded late)',
  waitingProbability: 'Tickets that waited',
  throughputPerWeek: 'Throughput',
  assetsApproved: 'Assets approved',
  assetsOpenAtHorizon: 'Assets open at the horizon',
  assetsCreated: 'Assets created',
  workInProgressMean: 'Work in progress (mean)',
  queueLengthMean: 'Queue length (mean)',
  agendaDiscussedShare: 'Agenda discussed per meeting',
  rolloversPerMeeting: 'Items rolled over per meeting',
  clarificationQuestions: 'Clarification questions',
  preflightCatches: 'Pre-flight catches',
  adHocCalls: 'Ad-hoc calls',
  meetingMoves: 'Meetings moved',
  personHoursTotal: 'Person-hours, total',
  personHoursPerAsset: 'Person-hours per asset',
  // Adaptations of the sync gate and changes of the team (present only when switched on).
  overflows: 'Overflows (extra sessions or longer slots)',
  overflowPersonHours: 'Person-hours of overflow sessions and longer slots',
  fastTrackedItems: 'Items fast-tracked by the chair',
  fastTrackPersonHours: 'Person-hours of fast-track sign-offs',
  meetingsSkipped: 'Meetings skipped for a thin agenda',
  skipSavedPersonHours: 'Person-hours saved by skipping',
  meetingRenegotiations: 'Meeting renegotiations',
  renegotiationPersonHours: 'Person-hours of renegotiating the meeting',
  teamJoins: 'People joined',
  teamLeaves: 'People left',
  handovers: 'Pieces of work handed over',
  handoverPersonHours: 'Person-hours of handovers',
};

const WORDS: Record<string, string> = { OutsideHours: 'outside hours', Sla: 'SLA' };

/** Splits a camelCase fragment into lower-case words ("OutsideHours" → "outside hours"). */
export function words(fragment: string): string {
  if (WORDS[fragment]) return WORDS[fragment];
  return fragment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function capitalized(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

/** A readable label for a metric name, from a short dictionary or the name's own words. */
export function metricLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const route = /^(.*)Route(Sync|Async)$/.exec(name);
  if (route) return `${metricLabel(route[1])} (${route[2].toLowerCase()} route)`;
  let m = /^waiting(.+)HoursPerAsset$/.exec(name);
  if (m) return `Waiting ${m[1] === 'OutsideHours' ? 'outside working hours' : `for ${words(m[1])}`} per asset`;
  m = /^personHours(.+)$/.exec(name);
  if (m) return `Person-hours, ${words(m[1])}`;
  m = /^utilization(.+)$/.exec(name);
  if (m) return `Utilization, ${words(m[1])}s`;
  m = /^reworkShare(.+)$/.exec(name);
  if (m) return `Send-backs caused by ${words(m[1])}`;
  return capitalized(words(name));
}

/** The unit of a metric, read from its name (units are in the names). */
export function metricUnit(name: string): MetricUnit {
  if (/^personHours/.test(name) || /PersonHours$/.test(name)) return 'personHours';
  if (/Hours/.test(name)) return 'hours';
  if (/(Rate|Share|Attainment|Probability)(Route\w+)?$/.test(name) || /^(utilization|reworkShare)/.test(name)) return 'share';
  if (/PerWeek$/.test(name)) return 'perWeek';
  if (/Per[A-Z]\w*$/.test(name) || /Mean$/.test(name)) return 'ratio';
  return 'count';
}

/** The unit as axis text ("hours", "% of assets", …). */
export function unitText(name: string): string {
  switch (metricUnit(name)) {
    case 'hours':
      return /PerAsset$/.test(name) ? 'hours per asset' : 'hours';
    case 'personHours':
      return /PerAsset$/.test(name) ? 'person-hours per asset' : 'person-hours';
    case 'share':
      return '%';
    case 'perWeek':
      return 'assets per week';
    default:
      return '';
  }
}

/** Formats a value of a metric in its unit. */
export function formatMetric(name: string, value: number | null | undefined): string {
  switch (metricUnit(name)) {
    case 'hours':
      return formatHours(value);
    case 'personHours':
      return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${formatNumber(value)} person-h`;
    case 'share':
      return formatPercent(value);
    case 'perWeek':
      return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${formatNumber(value)} / week`;
    default:
      return formatNumber(value);
  }
}

/** Formats a difference of a metric: shares in percentage points ("+8.0 pp"), others in their unit. */
export function formatDifference(name: string, diff: number): string {
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  if (metricUnit(name) === 'share') return `${sign}${(Math.abs(diff) * 100).toFixed(1)} pp`;
  return `${sign}${formatMetric(name, Math.abs(diff))}`;
}

/** Whether less is better for a metric (cycle time, rework, hours) or more (throughput, SLA attainment). */
export function lowerIsBetter(name: string): boolean {
  return !/^(throughput|slaAttainment|agendaDiscussedShare|assetsApproved|utilization|preflightCatches|skipSavedPersonHours)/.test(name);
}
