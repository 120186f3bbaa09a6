import { fitAudit, fittedYaml, formatProblem, loadFitBase, loadScenario } from '../../sim/index.js';
import type { AuditRecord } from '../../sim/audit/audit-format.js';
import { UserError } from '../io.js';

/** What a backtest's document says of the fit on the earlier period. */
export interface EarlierFit {
  on: 'earlier period';
  rows: number;
  assets: number;
  values: Array<{ path: string; value: unknown; estimate: number | null; ci95: [number | null, number | null]; rows: number; unit: string }>;
  notIdentified: Array<{ path: string; why: string }>;
  notes: string[];
}

const finite = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(9)) : null);

/**
 * Fits the scenario to the audit's rows before the split (handoff fit's estimators, the given
 * scenario as the base) and returns the fitted scenario's text and what the fit did. Only the
 * earlier rows are seen: the later period stays out of sample.
 */
export function fitEarlier(options: { records: readonly AuditRecord[]; splitMs: number; scenarioFile: string; scenarioText: string; auditName: string }): { text: string; fit: EarlierFit } {
  const base = loadFitBase(options.scenarioText);
  if (!base.ok) throw new UserError(base.problems.map((p) => formatProblem(options.scenarioFile, p)).join('\n'));
  const earlier = options.records.filter((r) => r.timeMs < options.splitMs);
  const fit = fitAudit(earlier, base.base);
  if (fit.assets === 0) throw new UserError(`${options.auditName}: no usable row before the split: nothing to fit on (move the split later, or compare the scenario as given with --no-fit)`);
  const text = fittedYaml(options.scenarioText, fit, options.auditName);
  const check = loadScenario(text);
  if (!check.ok) throw new Error(`the fitted scenario does not load: ${check.problems.map((p) => formatProblem('fitted', p)).join('; ')}`);
  return {
    text,
    fit: {
      on: 'earlier period',
      rows: earlier.length,
      assets: fit.assets,
      values: fit.values.map((v) => ({
        path: v.path.join('.'),
        value: v.value,
        estimate: finite(v.estimate.value),
        ci95: [finite(v.estimate.lo), finite(v.estimate.hi)],
        rows: v.estimate.n,
        unit: v.unit,
      })),
      notIdentified: fit.notIdentified.map((n) => ({ path: n.path, why: n.why })),
      notes: fit.notes,
    },
  };
}
