import { migrateDocument } from '../../../src/sim/experiment/migrate-document.js';
import type { AssumptionInForce } from '../../../src/sim/scenario/assumptions-in-force.js';
import type { ModelResult, ResultDocument } from './sim-types.js';
import { backtestProblem, type BacktestDocument } from './backtest.js';
import type { DecisionDocument } from '../../../src/sim/decide/decision-request.js';
import { DECISION_KINDS, DECISION_SCHEMA_VERSION } from '../../../src/sim/decide/decision-kinds.js';

/** One swept parameter: a dotted path and the values it takes. */
export interface SweepParameter {
  path: string;
  values: unknown[];
}

/** A sweep document (`handoff sweep --json`): the grid and the results at each point. */
export interface SweepDocument extends Omit<ResultDocument, 'results'> {
  sweep: { parameters: SweepParameter[] };
  points: Array<{ settings: Record<string, unknown>; results: ModelResult[] }>;
}

/**
 * What `handoff view` serves and `handoff report` inlines: a document, the scenario text it came
 * from (so the viewer can re-run it), and the file names for display.
 */
export interface ViewerData {
  document?: ResultDocument | null;
  sweep?: SweepDocument | null;
  /** A backtest document (handoff backtest). */
  backtest?: BacktestDocument | null;
  /** A decision document (`handoff size|odds|pilot|sensitivity`): the Decide view. */
  decision?: DecisionDocument | null;
  scenarioText?: string | null;
  source?: string | null;
  scenarioSource?: string | null;
  /** The view to open first (the report opens on its summary). */
  view?: string | null;
  /** The assumptions register with the values the scenario uses (the report's appendix; scenario null: defaults only). */
  assumptions?: AssumptionsAppendix | null;
}

/** The assumptions register as the report's appendix. */
export interface AssumptionsAppendix {
  scenario: string | null;
  rows: AssumptionInForce[];
}

/** What an opened file turned out to be. */
export type OpenedFile =
  | { kind: 'result'; document: ResultDocument; scenarioText?: string; notes?: string[] }
  | { kind: 'sweep'; sweep: SweepDocument; scenarioText?: string; notes?: string[] }
  | { kind: 'backtest'; backtest: BacktestDocument }
  | { kind: 'decision'; document: DecisionDocument; scenarioText?: string }
  | { kind: 'scenario'; text: string }
  | { kind: 'error'; message: string };


/** What is missing from a decision document for the Decide view to draw it (null: nothing). */
function decisionProblem(d: Record<string, unknown>): string | null {
  if (!(DECISION_KINDS as readonly string[]).includes(d.kind as string)) return `a document of kind "${String(d.kind)}", which the viewer does not know`;
  if (typeof d.schemaVersion !== 'number' || d.schemaVersion > DECISION_SCHEMA_VERSION) return `a ${String(d.kind)} document of schema version ${String(d.schemaVersion)}, newer than this viewer reads (${DECISION_SCHEMA_VERSION})`;
  if (!isObject(d.scenario) || typeof d.scenario.name !== 'string') return `not a Handoff ${String(d.kind)} document: scenario.name is missing`;
  const needs: Record<string, string> = { size: 'candidates', odds: 'odds', pilot: 'lengths', sensitivity: 'levers' };
  if (!Array.isArray(d[needs[d.kind as string]])) return `not a Handoff ${String(d.kind)} document: ${needs[d.kind as string]} is missing`;
  if (d.kind === 'odds' && !(d.odds as unknown[]).every((o) => isObject(o) && Array.isArray(o.completionHours))) return 'an odds document without completion times (written by an older Handoff): run handoff odds again';
  return null;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

function resultProblem(r: unknown, where: string): string | null {
  if (!isObject(r)) return `${where} is not an object`;
  if (typeof r.model !== 'string') return `${where}.model is missing`;
  if (!isObject(r.metrics)) return `${where}.metrics is missing`;
  if (!isObject(r.cycleTimeQuantiles) || !Array.isArray(r.cycleTimeQuantiles.hours)) return `${where}.cycleTimeQuantiles is missing`;
  if (!isObject(r.series) || !Array.isArray(r.series.timeHours)) return `${where}.series is missing`;
  return null;
}

function headerProblem(d: Record<string, unknown>): string | null {
  if (typeof d.schemaVersion !== 'number') return 'schemaVersion is missing';
  if (!isObject(d.scenario) || typeof d.scenario.name !== 'string') return 'scenario.name is missing';
  if (!Array.isArray(d.scenario.people)) return 'scenario.people is missing';
  return null;
}

/** Checks parsed JSON and says which kind of document it is, or what is wrong with it. */
export function classifyJson(json: unknown, scenarioText?: string): OpenedFile {
  if (!isObject(json)) return { kind: 'error', message: 'this JSON is not a Handoff document (expected an object)' };
  if (json.kind === 'backtest') {
    const problem = backtestProblem(json);
    return problem ? { kind: 'error', message: `not a Handoff backtest document: ${problem}` } : { kind: 'backtest', backtest: json as unknown as BacktestDocument };
  }
  if (typeof json.kind === 'string' && 'schemaVersion' in json) {
    const problem = decisionProblem(json);
    if (problem) return { kind: 'error', message: problem };
    const text = typeof json.scenarioText === 'string' ? json.scenarioText : scenarioText;
    return { kind: 'decision', document: json as unknown as DecisionDocument, ...(text ? { scenarioText: text } : {}) };
  }
  if ('results' in json || 'points' in json) {
    const header = headerProblem(json);
    if (header) return { kind: 'error', message: `not a Handoff result document: ${header}` };
    // Earlier schema versions open under the names of what they counted; newer ones are refused.
    const migrated = migrateDocument(json);
    if (!migrated.ok) return { kind: 'error', message: migrated.message };
    return classifyDocument(migrated.document, migrated.notes, scenarioText);
  }
  if ('team' in json) return { kind: 'scenario', text: JSON.stringify(json, null, 2) };
  return { kind: 'error', message: 'this JSON is neither a result, sweep, decision or backtest document nor a scenario' };
}

/** Checks a result or sweep document of the current schema and says which it is, or what is wrong with it. */
function classifyDocument(json: Record<string, unknown>, notes: string[], scenarioText: string | undefined): OpenedFile {
  const text = typeof json.scenarioText === 'string' ? json.scenarioText : scenarioText;
  if (Array.isArray(json.points) && isObject(json.sweep) && Array.isArray(json.sweep.parameters)) {
    for (const [i, p] of json.points.entries()) {
      if (!isObject(p) || !isObject(p.settings) || !Array.isArray(p.results)) return { kind: 'error', message: `points.${i} is malformed` };
      for (const [j, r] of p.results.entries()) {
        const problem = resultProblem(r, `points.${i}.results.${j}`);
        if (problem) return { kind: 'error', message: `not a Handoff sweep document: ${problem}` };
      }
    }
    return { kind: 'sweep', sweep: json as unknown as SweepDocument, scenarioText: text, ...(notes.length ? { notes } : {}) };
  }
  if (!Array.isArray(json.results) || json.results.length === 0) return { kind: 'error', message: 'not a Handoff result document: results is empty' };
  for (const [i, r] of json.results.entries()) {
    const problem = resultProblem(r, `results.${i}`);
    if (problem) return { kind: 'error', message: `not a Handoff result document: ${problem}` };
  }
  return { kind: 'result', document: json as unknown as ResultDocument, scenarioText: text, ...(notes.length ? { notes } : {}) };
}

/** Reads an opened file's text: JSON documents are classified; anything else is taken as scenario YAML. */
export function classifyText(text: string, fileName = ''): OpenedFile {
  const trimmed = text.trimStart();
  if (/\.json$/i.test(fileName) || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      if (/\.json$/i.test(fileName)) return { kind: 'error', message: `not valid JSON: ${(e as Error).message}` };
      return { kind: 'scenario', text };
    }
    const opened = classifyJson(json);
    return opened.kind === 'scenario' ? { kind: 'scenario', text } : opened;
  }
  if (trimmed === '') return { kind: 'error', message: 'the file is empty' };
  return { kind: 'scenario', text };
}
