import { parseDocument } from 'yaml';
import { loadScenario } from '../scenario/load.js';
import type { Problem } from '../scenario/problem.js';
import { scenarioSchema } from '../scenario/schema/scenario.js';
import type { FitBase } from './fit-audit.js';

/** A base scenario's text read for a fit: compiled, and as validated; or its problems, located. */
export function loadFitBase(text: string): { ok: true; base: FitBase } | { ok: false; problems: Problem[] } {
  const loaded = loadScenario(text);
  if (!loaded.ok) return loaded;
  // The text loaded without a problem, so it parses and validates again here.
  const document = scenarioSchema.parse(parseDocument(text).toJS({ maxAliasCount: -1 }));
  return { ok: true, base: { scenario: loaded.scenario, document } };
}
