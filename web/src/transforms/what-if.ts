import type { Override, Scenario } from './sim-types.js';

/** The scenario's own values of each what-if lever, and what the overrides need to know of its shape. */
export interface WhatIfBaseline {
  reviewerGroups: Array<{ group: string; count: number; names: string[] | null }>;
  sla: string | null;
  escalation: string | null;
  cadence: 'daily' | 'weekly' | 'biweekly';
  meetingLength: string;
  /** Brief clarity of the first campaign (or one-off); null when there is no brief. */
  clarity: number | null;
  campaigns: number;
  oneOffs: number;
  preflight: boolean;
  dashboard: boolean;
  /** Channels of the first campaign; null without campaigns. */
  channels: number | null;
  /** Each campaign's channel names as written (null where the file gives a count). */
  channelNames: Array<string[] | null>;
}

/** The levers a user moved (absent: as in the scenario). */
export interface WhatIfState {
  reviewers?: Record<string, number>;
  sla?: string;
  escalation?: string;
  cadence?: 'daily' | 'weekly' | 'biweekly';
  meetingLength?: string;
  clarity?: number;
  preflight?: boolean;
  dashboard?: boolean;
  channels?: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Writes minutes of wall time as the scenario language does ("45m", "1h", "90m"). */
export function wallText(minutes: number): string {
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${Math.round(minutes * 100) / 100}m`;
}

function durationText(d: { minutes: number; business: boolean } | undefined): string | null {
  if (!d) return null;
  return d.business ? `${Math.round((d.minutes / 60) * 100) / 100}bh` : wallText(d.minutes);
}

/** Reads the levers' current values from the raw file (its shape) and the compiled scenario (its values with defaults). */
export function whatIfBaseline(raw: unknown, scenario: Scenario): WhatIfBaseline {
  const doc = isObject(raw) ? raw : {};
  const team = isObject(doc.team) ? doc.team : {};
  const work = isObject(doc.work) ? doc.work : {};
  const campaigns = Array.isArray(work.campaigns) ? work.campaigns.filter(isObject) : [];
  const oneOffs = Array.isArray(work.oneOffs) ? work.oneOffs.filter(isObject) : [];
  const reviewerGroups = [...scenario.groups]
    .filter(([, ids]) => ids.length > 0 && scenario.people[ids[0]].role === 'reviewer')
    .map(([group, ids]) => {
      const g = isObject(team[group]) ? team[group] : {};
      const names = Array.isArray(g.names) ? g.names.map(String) : null;
      return { group, count: ids.length, names };
    });
  // Repeated campaigns compile to occurrences named "<name> #1", "<name> #2", …
  const first = campaigns[0];
  const ofFirst = scenario.campaigns.find((c) => !c.oneOff && first && (c.name === first.name || c.name.startsWith(`${String(first.name)} #`)));
  const firstChannels = ofFirst?.channels.length ?? null;
  const firstClarity = ofFirst?.clarity ?? scenario.campaigns[0]?.clarity ?? null;
  return {
    reviewerGroups,
    sla: durationText(scenario.async.sla?.firstResponse),
    escalation: durationText(scenario.async.escalation?.after),
    cadence: scenario.sync.daily ? 'daily' : scenario.sync.everyDays >= 14 ? 'biweekly' : 'weekly',
    meetingLength: wallText(scenario.sync.durationMin),
    clarity: campaigns.length + oneOffs.length > 0 ? firstClarity : null,
    campaigns: campaigns.length,
    oneOffs: oneOffs.length,
    preflight: scenario.preflight.enabled,
    dashboard: scenario.async.dashboard,
    channels: campaigns.length > 0 ? firstChannels : null,
    channelNames: campaigns.map((c) => (Array.isArray(c.channels) ? c.channels.map(String) : null)),
  };
}

/** `count` names: the given ones first, then `${prefix}-N` names not already taken. */
export function extendNames(names: readonly string[], count: number, prefix: string): string[] {
  const out = names.slice(0, count);
  for (let i = 1; out.length < count; i++) {
    const name = `${prefix}-${i}`;
    if (!names.includes(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The overrides (real scenario field paths) that set the moved levers. */
export function whatIfOverrides(baseline: WhatIfBaseline, state: WhatIfState): Override[] {
  const out: Override[] = [];
  for (const g of baseline.reviewerGroups) {
    const n = state.reviewers?.[g.group];
    if (n === undefined) continue;
    if (g.names) {
      out.push({ path: ['team', g.group, 'count'], value: n });
      out.push({ path: ['team', g.group, 'names'], value: extendNames(g.names, n, g.group) });
    } else {
      out.push({ path: ['team', g.group, 'count'], value: n });
    }
  }
  if (state.sla !== undefined) out.push({ path: ['async', 'sla', 'firstResponse'], value: state.sla });
  if (state.escalation !== undefined) out.push({ path: ['async', 'escalation', 'after'], value: state.escalation });
  if (state.cadence !== undefined) out.push({ path: ['sync', 'cadence'], value: state.cadence });
  if (state.meetingLength !== undefined) out.push({ path: ['sync', 'duration'], value: state.meetingLength });
  if (state.clarity !== undefined) {
    for (let i = 0; i < baseline.campaigns; i++) out.push({ path: ['work', 'campaigns', i, 'clarity'], value: state.clarity });
    for (let i = 0; i < baseline.oneOffs; i++) out.push({ path: ['work', 'oneOffs', i, 'clarity'], value: state.clarity });
  }
  if (state.preflight !== undefined) out.push({ path: ['preflight', 'enabled'], value: state.preflight });
  if (state.dashboard !== undefined) out.push({ path: ['async', 'dashboard'], value: state.dashboard });
  if (state.channels !== undefined) {
    baseline.channelNames.forEach((names, i) => {
      out.push({ path: ['work', 'campaigns', i, 'channels'], value: names ? extendNames(names, state.channels!, 'channel') : state.channels });
    });
  }
  return out;
}

/** Sets one lever; setting it back to the scenario's value removes it (the state holds changes only). */
export function setLever<K extends keyof WhatIfState>(baseline: WhatIfBaseline, state: WhatIfState, lever: K, value: WhatIfState[K]): WhatIfState {
  const next: WhatIfState = { ...state };
  if (lever === 'reviewers') {
    const merged = { ...state.reviewers, ...(value as Record<string, number>) };
    for (const g of baseline.reviewerGroups) if (merged[g.group] === g.count) delete merged[g.group];
    if (Object.keys(merged).length > 0) next.reviewers = merged;
    else delete next.reviewers;
    return next;
  }
  if (value === undefined || value === baseline[lever as Exclude<keyof WhatIfBaseline, 'reviewerGroups'>]) delete next[lever];
  else next[lever] = value;
  return next;
}

/** The settings the What-if view offers for its choice levers, in the order it lists them. */
export const SLA_CHOICES: readonly string[] = ['2bh', '4bh', '8bh', '16bh', '24bh', '40bh'];
export const ESCALATION_CHOICES: readonly string[] = ['4bh', '6bh', '8bh', '12bh', '24bh'];
export const LENGTH_CHOICES: readonly string[] = ['15m', '30m', '45m', '1h', '90m', '2h'];
export const CADENCE_CHOICES: ReadonlyArray<NonNullable<WhatIfState['cadence']>> = ['daily', 'weekly', 'biweekly'];
/** The brief clarity lever's step (a range from 0 to 1). */
export const CLARITY_STEP = 0.05;

/**
 * A choice lever's options as the view lists them: the file's own value first when it is not
 * among the choices, or '' (none) first when the file leaves the lever unset.
 */
export function leverOptions(values: readonly string[], current: string | null): string[] {
  if (!current) return ['', ...values];
  return values.includes(current) ? [...values] : [current, ...values];
}

/** The levers a user can move (the keys of a what-if state). */
export type LeverName = keyof WhatIfState;

/** The one lever whose setting differs between two states (the lever a user just moved); null when none or several do. */
export function movedLever(before: WhatIfState, after: WhatIfState): LeverName | null {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as LeverName[]);
  const moved = [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return moved.length === 1 ? moved[0] : null;
}

/** The settings one step either side of `state` on lever `lever` (the next option up, then down), as moving it there sets them. */
function stepsOf(baseline: WhatIfBaseline, state: WhatIfState, lever: Exclude<LeverName, 'reviewers'>): WhatIfState[] {
  const neighbours = <T>(options: readonly T[], current: T): T[] => {
    const i = options.indexOf(current);
    return i < 0 ? [] : [options[i + 1], options[i - 1]].filter((o): o is T => o !== undefined);
  };
  const choice = (values: readonly string[], lever: 'sla' | 'escalation' | 'meetingLength') => {
    const file = baseline[lever];
    const options = leverOptions(values, file);
    // Set as the view's select sets it: '' (none) unsets the lever.
    return neighbours(options, state[lever] ?? file ?? '').map((v) => setLever(baseline, state, lever, v === '' ? undefined : v));
  };
  switch (lever) {
    case 'sla':
      return choice(SLA_CHOICES, 'sla');
    case 'escalation':
      return choice(ESCALATION_CHOICES, 'escalation');
    case 'meetingLength':
      return choice(LENGTH_CHOICES, 'meetingLength');
    case 'cadence':
      return neighbours(CADENCE_CHOICES, state.cadence ?? baseline.cadence).map((c) => setLever(baseline, state, 'cadence', c));
    case 'clarity': {
      if (baseline.clarity === null) return [];
      // On the range's grid, as the browser snaps it; the values a move there reads back.
      const at = Math.round((state.clarity ?? baseline.clarity) / CLARITY_STEP);
      return [at + 1, at - 1].filter((k) => k >= 0 && k * CLARITY_STEP <= 1).map((k) => setLever(baseline, state, 'clarity', Number((k * CLARITY_STEP).toFixed(2))));
    }
    case 'channels': {
      if (baseline.channels === null) return [];
      const n = state.channels ?? baseline.channels;
      return [n + 1, n - 1].filter((k) => k >= 1 && k <= 60).map((k) => setLever(baseline, state, 'channels', k));
    }
    case 'preflight':
    case 'dashboard':
      return [setLever(baseline, state, lever, !(state[lever] ?? baseline[lever]))];
  }
}

/**
 * The levers' likeliest next settings from `state`: a step either way on the lever moved last
 * (`last`: people move the same lever again), then one reviewer more and one fewer in each group
 * (within the lever's 1–200). What the What-if view runs ahead while nobody is waiting.
 */
export function nextMoves(baseline: WhatIfBaseline, state: WhatIfState, last: LeverName | null = null): WhatIfState[] {
  const out: WhatIfState[] = last !== null && last !== 'reviewers' ? stepsOf(baseline, state, last) : [];
  for (const step of [1, -1]) {
    for (const g of baseline.reviewerGroups) {
      const n = (state.reviewers?.[g.group] ?? g.count) + step;
      if (n >= 1 && n <= 200) out.push(setLever(baseline, state, 'reviewers', { [g.group]: n }));
    }
  }
  return out;
}

/** The overrides as `path=value` lines, as the CLI would take them. */
export function overrideText(overrides: readonly Override[]): string[] {
  return overrides.map((o) => `${o.path.join('.')}=${typeof o.value === 'string' ? o.value : JSON.stringify(o.value)}`);
}

/** True when the state moves no lever. */
export function isBaseline(state: WhatIfState): boolean {
  return Object.keys(state).length === 0;
}
