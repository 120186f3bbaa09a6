import { ASSUMPTIONS, type AssumptionValue } from './assumptions.js';
import { scenarioSchema } from './schema/scenario.js';

/** One behavioural parameter as a scenario uses it. */
export interface AssumptionInForce {
  /** The field's path in the scenario, e.g. "quality.misread" or "team.reviewers.attention.ownWork". */
  path: string;
  /** The register entry it comes from (`*` for each team group). */
  parameter: string;
  value: AssumptionValue | null;
  /** True when the scenario leaves it at the register's default. */
  isDefault: boolean;
  default: AssumptionValue;
  unit: string;
  low: AssumptionValue;
  high: AssumptionValue;
  source: string;
  drives: string[];
  /** Why the value differs from what the field says, when something else sets it. */
  note?: string;
}

/** The value at a dotted path of an object, or undefined. */
function at(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * The register with the values a scenario uses: `raw` is the scenario as written (null for the
 * register alone, every value its default). A field the scenario leaves out is at its default;
 * an entry whose section the scenario does not have (an SLA, an escalation) shows no value.
 */
export function assumptionsInForce(raw: unknown): AssumptionInForce[] {
  const parsed = raw === null ? null : scenarioSchema.parse(raw);
  const groups = parsed ? Object.keys(parsed.team) : ['*'];
  const checkEvery = at(raw, ['async', 'checkEvery']);
  const rows: AssumptionInForce[] = [];
  for (const a of ASSUMPTIONS) {
    const keys = a.path.split('.');
    const paths = keys[1] === '*' ? groups.map((g) => [keys[0], g, ...keys.slice(2)]) : [keys];
    for (const path of paths) {
      const given = at(raw, path);
      const sectionMissing = parsed !== null && at(parsed, path.slice(0, -1)) === undefined;
      const value = parsed === null ? a.default : sectionMissing ? null : ((at(parsed, path) as AssumptionValue | undefined) ?? null);
      const row: AssumptionInForce = {
        path: path.join('.'),
        parameter: a.path,
        value,
        isDefault: given === undefined && !sectionMissing,
        default: a.default,
        unit: a.unit,
        low: a.low,
        high: a.high,
        source: a.source,
        drives: [...a.drives],
      };
      if (checkEvery !== undefined && (a.path.endsWith('attention.habit') || a.path.endsWith('attention.times'))) {
        row.note = `async.checkEvery (${String(checkEvery)}, deprecated) makes the async reviewers look at fixed times instead`;
      }
      rows.push(row);
    }
  }
  return rows;
}
