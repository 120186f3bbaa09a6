import type { Statistic } from './sweep-grid.js';
import type { WhatIfState } from './what-if.js';
import { decodeDecide, encodeDecide, type DecideLevers } from './decide-levers.js';

/** The views of the viewer. */
export const VIEWS = ['compare', 'timeline', 'over-time', 'sweep', 'what-if', 'decide', 'report', 'backtest'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Everything a link reproduces: the view, its choices and the what-if levers. */
export interface ViewState {
  view: ViewName;
  /** Compare: cycle time on a log axis. */
  logTime?: boolean;
  /** Timeline: the model whose replication 0 is drawn. */
  model?: string;
  /** Timeline: the visible window, hours since start. */
  from?: number;
  to?: number;
  /** Sweep: what the heatmap shows. */
  metric?: string;
  statistic?: Statistic;
  target?: number;
  sweepModel?: string;
  /** Re-runs: replications per model (default: the document's). */
  replications?: number;
  /** Decide: the levers that re-run the decision document. */
  decide?: DecideLevers;
  whatIf: WhatIfState;
}

const CADENCES = ['daily', 'weekly', 'biweekly'] as const;
const STATISTICS = ['mean', 'p50', 'p90', 'p95'] as const;

const finite = (text: string | null): number | undefined => {
  if (text === null || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};
const bool = (text: string | null): boolean | undefined => (text === 'on' ? true : text === 'off' ? false : undefined);
const duration = (text: string | null): string | undefined => (text !== null && /^\d+(\.\d+)?(s|m|h|d|w|bh)$/.test(text) ? text : undefined);

/** Reads the state from a location hash ("#view=what-if&sla=4bh"); unknown or malformed entries are ignored. */
export function decodeState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view = (VIEWS as readonly string[]).includes(p.get('view') ?? '') ? (p.get('view') as ViewName) : 'compare';
  const whatIf: WhatIfState = {};
  const reviewers: Record<string, number> = {};
  for (const [k, v] of p) {
    const m = /^reviewers\.([A-Za-z][\w-]*)$/.exec(k);
    const n = finite(v);
    if (m && n !== undefined && Number.isInteger(n) && n >= 1 && n <= 1000) reviewers[m[1]] = n;
  }
  if (Object.keys(reviewers).length > 0) whatIf.reviewers = reviewers;
  const sla = duration(p.get('sla'));
  if (sla) whatIf.sla = sla;
  const escalation = duration(p.get('escalation'));
  if (escalation) whatIf.escalation = escalation;
  const cadence = p.get('cadence');
  if ((CADENCES as readonly string[]).includes(cadence ?? '')) whatIf.cadence = cadence as WhatIfState['cadence'];
  const meeting = duration(p.get('meeting'));
  if (meeting) whatIf.meetingLength = meeting;
  const clarity = finite(p.get('clarity'));
  if (clarity !== undefined && clarity >= 0 && clarity <= 1) whatIf.clarity = clarity;
  const preflight = bool(p.get('preflight'));
  if (preflight !== undefined) whatIf.preflight = preflight;
  const dashboard = bool(p.get('dashboard'));
  if (dashboard !== undefined) whatIf.dashboard = dashboard;
  const channels = finite(p.get('channels'));
  if (channels !== undefined && Number.isInteger(channels) && channels >= 1 && channels <= 500) whatIf.channels = channels;

  const state: ViewState = { view, whatIf };
  const model = p.get('model');
  if (model) state.model = model;
  if (p.get('log') === '1') state.logTime = true;
  const from = finite(p.get('from'));
  const to = finite(p.get('to'));
  if (from !== undefined && to !== undefined && to > from) Object.assign(state, { from, to });
  const metric = p.get('metric');
  if (metric && /^[A-Za-z]\w*$/.test(metric)) state.metric = metric;
  const statistic = p.get('stat');
  if ((STATISTICS as readonly string[]).includes(statistic ?? '')) state.statistic = statistic as Statistic;
  const target = finite(p.get('target'));
  if (target !== undefined) state.target = target;
  const sweepModel = p.get('sweepModel');
  if (sweepModel) state.sweepModel = sweepModel;
  const reps = finite(p.get('reps'));
  if (reps !== undefined && Number.isInteger(reps) && reps >= 1 && reps <= 100000) state.replications = reps;
  const decide = decodeDecide(p);
  if (decide) state.decide = decide;
  return state;
}

/** Writes the state as a location hash (only what differs from the defaults). */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  p.set('view', state.view);
  if (state.model) p.set('model', state.model);
  if (state.logTime) p.set('log', '1');
  if (state.from !== undefined && state.to !== undefined) {
    p.set('from', String(Math.round(state.from * 100) / 100));
    p.set('to', String(Math.round(state.to * 100) / 100));
  }
  if (state.metric) p.set('metric', state.metric);
  if (state.statistic) p.set('stat', state.statistic);
  if (state.target !== undefined) p.set('target', String(state.target));
  if (state.sweepModel) p.set('sweepModel', state.sweepModel);
  if (state.replications !== undefined) p.set('reps', String(state.replications));
  const w = state.whatIf;
  for (const [group, n] of Object.entries(w.reviewers ?? {})) p.set(`reviewers.${group}`, String(n));
  if (w.sla) p.set('sla', w.sla);
  if (w.escalation) p.set('escalation', w.escalation);
  if (w.cadence) p.set('cadence', w.cadence);
  if (w.meetingLength) p.set('meeting', w.meetingLength);
  if (w.clarity !== undefined) p.set('clarity', String(w.clarity));
  if (w.preflight !== undefined) p.set('preflight', w.preflight ? 'on' : 'off');
  if (w.dashboard !== undefined) p.set('dashboard', w.dashboard ? 'on' : 'off');
  if (w.channels !== undefined) p.set('channels', String(w.channels));
  encodeDecide(state.decide, p);
  return `#${p.toString()}`;
}
