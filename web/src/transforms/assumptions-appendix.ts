import { ASSUMPTIONS, assumptionValueText } from '../../../src/sim/scenario/assumptions.js';
import type { AssumptionsAppendix } from './documents.js';
import { metricLabel } from './metric-names.js';

/** The report's appendix as text: what the answer rests on, one row per behavioural parameter. */
export interface AppendixTable {
  /** What the values are: this scenario's, or the register's defaults when the scenario is not known. */
  note: string;
  columns: string[];
  rows: Array<{ cells: string[]; set: boolean }>;
}

const COLUMNS = ['parameter', 'value in force', 'default', 'unit', 'plausible range', 'drives', 'source'];

/**
 * The assumptions register as the report's appendix: each parameter with the value in force for
 * the scenario (marked when the scenario sets it), its default, unit, plausible range, the metrics
 * it drives (labels from the metric catalogue) and its source. Without a scenario, the defaults.
 */
export function appendixTable(appendix: AssumptionsAppendix | null): AppendixTable {
  const rows = appendix?.rows ?? ASSUMPTIONS.map((a) => ({ ...a, parameter: a.path, value: a.default, isDefault: true, note: undefined }));
  const scenario = appendix?.scenario ?? null;
  const set = rows.filter((r) => r.value !== null && !r.isDefault).length;
  const note = appendix && scenario !== null
    ? `The behavioural parameters the results of “${scenario}” rest on: ${set === 0 ? 'the scenario sets none of them; every value is the default' : `${set} set by the scenario (marked “set”), the rest at their defaults`}. Each default's source is given; “—” marks a parameter of a section the scenario does not use.`
    : 'The scenario is not part of this report, so these are the register\'s defaults; a scenario may set other values (handoff assumptions FILE lists them).';
  return {
    note,
    columns: COLUMNS,
    rows: rows.map((r) => ({
      set: r.value !== null && !r.isDefault,
      cells: [
        r.path,
        `${assumptionValueText(r.value)}${r.value === null ? ' (not used)' : r.isDefault ? '' : ' (set)'}${r.note ? ` — ${r.note}` : ''}`,
        assumptionValueText(r.default),
        r.unit,
        `${assumptionValueText(r.low)} – ${assumptionValueText(r.high)}`,
        r.drives.map(metricLabel).join('; '),
        r.source,
      ],
    })),
  };
}
