/** How a metric's value is written: as hours (days added for long spans), as a percentage, or as a plain number. */
export type MetricFormat = 'hours' | 'percent' | 'number';

/** One unit of the metric catalogue: a short symbol for table headers, words for axes, and its format. */
export interface MetricUnit {
  /** After a label in a table header ("h", "person-h"); empty when the label says it all (counts, shares). */
  symbol: string;
  /** Axis and legend text ("hours per asset"). */
  text: string;
  format: MetricFormat;
}

/** Every unit a metric may have. */
export const METRIC_UNITS = {
  hours: { symbol: 'h', text: 'hours', format: 'hours' },
  hoursPerAsset: { symbol: 'h/asset', text: 'hours per asset', format: 'hours' },
  personHours: { symbol: 'person-h', text: 'person-hours', format: 'number' },
  personHoursPerAsset: { symbol: 'person-h/asset', text: 'person-hours per approved asset', format: 'number' },
  share: { symbol: '', text: '%', format: 'percent' },
  assetsPerWeek: { symbol: 'approved/week', text: 'assets approved per week', format: 'number' },
  assets: { symbol: '', text: 'assets', format: 'number' },
  items: { symbol: '', text: 'items', format: 'number' },
  roundsPerAsset: { symbol: '', text: 'review rounds per approved asset', format: 'number' },
  itemsPerMeeting: { symbol: '', text: 'items per meeting', format: 'number' },
  count: { symbol: '', text: 'count', format: 'number' },
} as const satisfies Record<string, MetricUnit>;

/** The name of a unit. */
export type MetricUnitId = keyof typeof METRIC_UNITS;
