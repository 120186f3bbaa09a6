import type { DistributionEstimate, Estimate, ModelResult, ResultDocument } from './sim-types.js';
import { formatHours, formatNumber, formatPercent } from './format.js';

/** One cell of the cost table: the measured figure, its supporting detail, and its rank in the row. */
export interface CostCell {
  value: number | null;
  text: string;
  detail: string;
  best: boolean;
  worst: boolean;
}

/** One cost type of the field guide's table, measured for every model. */
export interface CostRow {
  cost: string;
  /** What the figure is, in words (with its unit). */
  measure: string;
  cells: CostCell[];
}

/** The cost table: the field guide's cost types as rows, models as columns, measured numbers in cells. */
export interface CostTable {
  models: string[];
  rows: CostRow[];
}

const mean = (r: ModelResult, name: string): number | null => {
  const m = (r.metrics[name] as Estimate | null | undefined)?.mean;
  return m !== null && m !== undefined && Number.isFinite(m) ? m : null;
};

const ratio = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? a / b : null);

interface RowSpec {
  cost: string;
  measure: string;
  value: (r: ModelResult) => number | null;
  text: (r: ModelResult, v: number | null) => string;
  detail: (r: ModelResult) => string;
}

/** Documentation's parts (person-hours), as the cost table names them. */
const DOCUMENTATION_PARTS: Array<[string, string]> = [
  ['personHoursDocumentationNotes', 'notes'],
  ['personHoursDocumentationFeedback', 'feedback'],
  ['personHoursDocumentationQuestions', 'questions'],
  ['personHoursDocumentationDecisionLog', 'decision log'],
  ['personHoursDocumentationSetup', 'one-off set-up'],
];

const ROWS: RowSpec[] = [
  {
    cost: 'Scheduling overhead',
    measure: 'person-hours organising and moving meetings',
    value: (r) => mean(r, 'personHoursScheduling'),
    text: (_, v) => (v === null ? '–' : `${formatNumber(v)} person-h`),
    detail: (r) => {
      const meetings = mean(r, 'meetings');
      const moves = mean(r, 'meetingMoves');
      if (!meetings) return 'no meetings';
      return `${formatNumber(meetings)} meetings, ${formatNumber(moves ?? 0)} moved; ${formatNumber(mean(r, 'personHoursMeetings'))} person-h in them`;
    },
  },
  {
    cost: 'Documentation burden',
    measure: 'person-hours writing feedback, notes and logs',
    value: (r) => mean(r, 'personHoursDocumentation'),
    text: (_, v) => (v === null ? '–' : `${formatNumber(v)} person-h`),
    detail: (r) => {
      const perAsset = ratio(mean(r, 'personHoursDocumentation'), mean(r, 'assetsApproved'));
      const parts = DOCUMENTATION_PARTS.map(([key, name]) => [mean(r, key), name] as const).filter(([v]) => v !== null && v > 0).map(([v, name]) => `${name} ${formatNumber(v)}`);
      return [perAsset === null ? '' : `${formatNumber(perAsset * 60, 2)} min per approved asset`, parts.join(', ')].filter(Boolean).join('; ');
    },
  },
  {
    cost: 'Review cycle time',
    measure: 'submission → approval, median (p90)',
    value: (r) => (r.metrics.cycleTimeHours as DistributionEstimate | null)?.p50 ?? null,
    text: (_, v) => formatHours(v),
    detail: (r) => {
      const e = r.metrics.cycleTimeHours as DistributionEstimate | null;
      return e ? `p90 ${formatHours(e.p90)}; mean ${formatHours(e.mean)}` : 'no asset approved';
    },
  },
  {
    cost: 'Risk of rework due to misalignment',
    measure: 'assets sent back at least once',
    value: (r) => mean(r, 'sentBackShare'),
    text: (_, v) => formatPercent(v),
    detail: (r) => {
      const misread = mean(r, 'reworkShareMisread');
      const rounds = mean(r, 'reviewRoundsPerAsset');
      const rework = mean(r, 'reworkRate');
      const parts = [];
      if (rework !== null) parts.push(`${formatPercent(rework)} needed more than one revision`);
      if (misread !== null) parts.push(`${formatPercent(misread)} of send-backs misread the brief`);
      if (rounds !== null) parts.push(`${formatNumber(rounds)} rounds per asset`);
      return parts.join('; ');
    },
  },
  {
    cost: 'Scalability at this load',
    measure: 'person-hours per approved asset',
    value: (r) => mean(r, 'personHoursPerAsset'),
    text: (_, v) => (v === null ? '–' : `${formatNumber(v)} person-h / asset`),
    detail: (r) => {
      const parts = [];
      const throughput = mean(r, 'throughputPerWeek');
      if (throughput !== null) parts.push(`${formatNumber(throughput)} approved / week`);
      const agenda = mean(r, 'agendaDiscussedShare');
      const items = mean(r, 'agendaItemsDiscussedShare');
      if (agenda !== null) parts.push(`${formatPercent(agenda)} of each agenda discussed${items !== null ? ` (${formatPercent(items)} of all items)` : ''}`);
      const queue = mean(r, 'queueLengthMean');
      if (queue !== null && queue > 0) parts.push(`queue ${formatNumber(queue)} on average`);
      return parts.join('; ');
    },
  },
];

/** Fills the cost table with the document's measured means; the lowest figure of a row is best. */
export function costTable(doc: Pick<ResultDocument, 'results'>): CostTable {
  const rows = ROWS.map((spec) => {
    const values = doc.results.map((r) => spec.value(r));
    const present = values.filter((v): v is number => v !== null);
    const lo = Math.min(...present);
    const hi = Math.max(...present);
    const distinct = present.length > 1 && hi > lo;
    const cells = doc.results.map((r, i) => ({
      value: values[i],
      text: spec.text(r, values[i]),
      detail: spec.detail(r),
      best: distinct && values[i] === lo,
      worst: distinct && values[i] === hi,
    }));
    return { cost: spec.cost, measure: spec.measure, cells };
  });
  return { models: doc.results.map((r) => r.model), rows };
}
