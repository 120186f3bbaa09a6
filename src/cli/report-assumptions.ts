import { parse } from 'yaml';
import { assumptionsInForce, type AssumptionInForce } from '../sim/index.js';

/** The assumptions register as a report's appendix: the values a scenario uses, or the defaults when the scenario is unknown. */
export interface AssumptionsAppendix {
  /** The scenario the values are of; null when only the register's defaults are known. */
  scenario: string | null;
  rows: AssumptionInForce[];
}

/** The appendix of a report on `scenarioText` (a scenario that loads), or of the register alone. */
export function assumptionsAppendix(scenarioText: string | null | undefined): AssumptionsAppendix {
  if (!scenarioText) return { scenario: null, rows: assumptionsInForce(null) };
  const raw = parse(scenarioText) as { name?: unknown };
  return { scenario: typeof raw?.name === 'string' ? raw.name : null, rows: assumptionsInForce(raw) };
}
