import type { EventRow } from './sim-types.js';

/** One replication's raw material for a timeline, as the worker sends it (times in minutes since start). */
export interface TimelineInput {
  model: string;
  originMs: number;
  horizonMin: number;
  warmupMin: number;
  people: Array<{ name: string; group: string; role: string; tz: string; windows: Array<[number, number]> }>;
  /** Required attendees of each kind of meeting, by the label the event log uses ("review meeting", "triage"). */
  meetings: Record<string, string[]>;
  rows: EventRow[];
}

/** What a span on a lane is. */
export type SpanKind =
  | 'design'
  | 'revision'
  | 'review'
  | 'other-work'
  | 'meeting'
  | 'waiting-review'
  | 'waiting-revision'
  | 'waiting-answer';

/** A mark at an instant. */
export type MarkKind = 'submitted' | 'approved' | 'changes' | 'escalated' | 'pinged' | 'call' | 'rolled-over';

/** A bar on a person's lane (hours since start). */
export interface Span {
  lane: number;
  asset: string;
  kind: SpanKind;
  startHours: number;
  endHours: number;
  label: string;
}

/** An event at an instant on a lane. */
export interface Mark {
  lane: number;
  asset: string;
  kind: MarkKind;
  hours: number;
  label: string;
}

/** Swimlanes ready to draw: lanes with working hours, spans, marks and each asset's path across lanes. */
export interface Timeline {
  model: string;
  originMs: number;
  horizonHours: number;
  warmupHours: number;
  lanes: Array<{ name: string; group: string; role: string; tz: string; windows: Array<[number, number]> }>;
  spans: Span[];
  marks: Mark[];
  /** Each asset's path in time order: the lanes it visits (for hover tracing). */
  paths: Record<string, Array<{ lane: number; hours: number }>>;
}

/** Work kinds as the chart colours them. */
const WORK_KIND: Record<string, SpanKind> = {
  design: 'design',
  variant: 'design',
  routine: 'design',
  revision: 'revision',
  fix: 'revision',
  review: 'review',
  answer: 'other-work',
  upkeep: 'other-work',
  setup: 'other-work',
};

const MEETING_START = /^(.*) starts \(slot (\d+(?:\.\d+)?)m\)$/;

/** Turns an event log into swimlane spans and marks. Pure: the same rows give the same timeline. */
export function buildTimeline(input: TimelineInput): Timeline {
  const h = (min: number) => min / 60;
  const laneOf = new Map(input.people.map((p, i) => [p.name, i]));
  const spans: Span[] = [];
  const marks: Mark[] = [];
  const open = new Map<string, { start: number; kind: string; asset: string }>();
  /** The lane of the person who last made each asset: submissions and waits are drawn there. */
  const owner = new Map<string, number>();
  const waitOpen = new Map<string, { kind: SpanKind; start: number }>();
  const lastSeen = new Map<string, number>();

  const closeWait = (asset: string, t: number) => {
    const w = waitOpen.get(asset);
    const lane = owner.get(asset);
    if (w && lane !== undefined && t > w.start) {
      spans.push({ lane, asset, kind: w.kind, startHours: h(w.start), endHours: h(t), label: waitLabel(w.kind) });
    }
    waitOpen.delete(asset);
  };
  const openWait = (asset: string, kind: SpanKind, t: number) => {
    closeWait(asset, t);
    waitOpen.set(asset, { kind, start: t });
  };
  /** Items being discussed in a meeting: drawn as a review on the chair's lane until the decision. */
  const discussing = new Map<string, { lane: number; start: number; label: string }>();
  const closeDiscussion = (asset: string, t: number) => {
    const d = discussing.get(asset);
    if (d) spans.push({ lane: d.lane, asset, kind: 'review', startHours: h(d.start), endHours: h(t), label: d.label });
    discussing.delete(asset);
  };
  const mark = (lane: number | undefined, asset: string, kind: MarkKind, t: number, label: string) => {
    if (lane !== undefined) marks.push({ lane, asset, kind, hours: h(t), label });
  };

  for (const row of input.rows) {
    const lane = laneOf.get(row.person);
    const t = row.timeMin;
    const meeting = MEETING_START.exec(row.activity);
    if (meeting) {
      const names = input.meetings[meeting[1]] ?? (row.person ? [row.person] : []);
      for (const name of names) {
        const l = laneOf.get(name);
        if (l !== undefined) spans.push({ lane: l, asset: '', kind: 'meeting', startHours: h(t), endHours: h(t + Number(meeting[2])), label: meeting[1] });
      }
      continue;
    }
    const [verb, ...rest] = row.activity.split(' ');
    const what = rest.join(' ');
    if ((verb === 'start' || verb === 'finish') && WORK_KIND[what] && lane !== undefined) {
      const key = `${lane}\u0000${row.asset}\u0000${what}`;
      if (verb === 'start') {
        open.set(key, { start: t, kind: what, asset: row.asset });
        if (what === 'revision' || what === 'fix' || what === 'answer') closeWait(row.asset, t);
        if (what === 'review') closeWait(row.asset, t);
        if (WORK_KIND[what] === 'design' || WORK_KIND[what] === 'revision' || what === 'answer') owner.set(row.asset, lane);
        if (what === 'answer') {
          const since = lastSeen.get(row.asset);
          if (since !== undefined && t > since) {
            spans.push({ lane, asset: row.asset, kind: 'waiting-answer', startHours: h(since), endHours: h(t), label: 'question waits for an answer' });
          }
        }
      } else {
        const o = open.get(key);
        open.delete(key);
        if (o) spans.push({ lane, asset: row.asset, kind: WORK_KIND[what], startHours: h(o.start), endHours: h(t), label: what });
        if (what === 'answer') openWait(row.asset, 'waiting-review', t);
      }
    } else if (verb === 'submitted') {
      const l = owner.get(row.asset);
      mark(l, row.asset, 'submitted', t, row.activity);
      openWait(row.asset, 'waiting-review', t);
    } else if (verb === 'discussed') {
      closeWait(row.asset, t);
      if (lane !== undefined) discussing.set(row.asset, { lane, start: t, label: row.activity });
    } else if (verb === 'approved') {
      closeWait(row.asset, t);
      closeDiscussion(row.asset, t);
      mark(lane ?? owner.get(row.asset), row.asset, 'approved', t, 'approved');
    } else if (verb === 'changes') {
      closeWait(row.asset, t);
      closeDiscussion(row.asset, t);
      mark(lane ?? owner.get(row.asset), row.asset, 'changes', t, row.activity);
      openWait(row.asset, 'waiting-revision', t);
    } else if (verb === 'escalated') {
      mark(owner.get(row.asset), row.asset, 'escalated', t, 'escalated');
    } else if (verb === 'pinged') {
      mark(lane, row.asset, 'pinged', t, 'pinged in chat');
    } else if (row.activity === 'ad-hoc call') {
      mark(lane, row.asset, 'call', t, 'ad-hoc call');
    } else if (row.activity === 'rolled over') {
      mark(owner.get(row.asset), row.asset, 'rolled-over', t, 'rolled over to the next meeting');
    }
    if (row.asset) lastSeen.set(row.asset, t);
  }
  // Work and waits still open at the horizon run to its end.
  for (const [key, o] of open) {
    const lane = Number(key.split('\u0000')[0]);
    spans.push({ lane, asset: o.asset, kind: WORK_KIND[o.kind], startHours: h(o.start), endHours: h(input.horizonMin), label: `${o.kind} (unfinished)` });
  }
  for (const asset of [...waitOpen.keys()]) closeWait(asset, input.horizonMin);

  const clipped = spans.flatMap((s) => (WORKING_KINDS.has(s.kind) ? clipToWindows(s, input.people[s.lane].windows, h) : [s]));
  clipped.sort((a, b) => a.startHours - b.startHours || a.lane - b.lane);
  marks.sort((a, b) => a.hours - b.hours || a.lane - b.lane);
  return {
    model: input.model,
    originMs: input.originMs,
    horizonHours: h(input.horizonMin),
    warmupHours: h(input.warmupMin),
    lanes: input.people.map((p) => ({ ...p, windows: p.windows.map(([a, b]) => [h(a), h(b)] as [number, number]) })),
    spans: clipped,
    marks,
    paths: assetPaths(clipped, marks),
  };
}

/** Kinds of span that are work: drawn only inside the person's working hours, where effort happens. */
const WORKING_KINDS = new Set<SpanKind>(['design', 'revision', 'review', 'other-work']);

/** Splits a work span at the edges of the person's working windows (minutes), dropping the time off. */
export function clipToWindows(span: Span, windows: ReadonlyArray<readonly [number, number]>, toHours: (min: number) => number): Span[] {
  const out: Span[] = [];
  // Windows are sorted and disjoint: find the first that ends after the span starts.
  let lo = 0, hi = windows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toHours(windows[mid][1]) <= span.startHours) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < windows.length; i++) {
    const a = Math.max(span.startHours, toHours(windows[i][0]));
    const b = Math.min(span.endHours, toHours(windows[i][1]));
    if (toHours(windows[i][0]) >= span.endHours) break;
    if (b > a) out.push({ ...span, startHours: a, endHours: b });
  }
  // Work logged outside every window (e.g. a meeting decision at the edge) stays visible as it was.
  return out.length > 0 ? out : [span];
}

function waitLabel(kind: SpanKind): string {
  if (kind === 'waiting-review') return 'waiting for review';
  if (kind === 'waiting-revision') return 'waiting for a revision';
  return 'waiting';
}

/** Each asset's visits in time order: span starts and ends and marks, consecutive duplicates merged. */
export function assetPaths(spans: readonly Span[], marks: readonly Mark[]): Timeline['paths'] {
  const points = new Map<string, Array<{ lane: number; hours: number }>>();
  const add = (asset: string, lane: number, hours: number) => {
    if (!asset) return;
    let list = points.get(asset);
    if (!list) points.set(asset, (list = []));
    list.push({ lane, hours });
  };
  for (const s of spans) {
    add(s.asset, s.lane, s.startHours);
    add(s.asset, s.lane, s.endHours);
  }
  for (const m of marks) add(m.asset, m.lane, m.hours);
  const out: Timeline['paths'] = {};
  for (const [asset, list] of points) {
    list.sort((a, b) => a.hours - b.hours || a.lane - b.lane);
    out[asset] = list.filter((p, i) => i === 0 || p.lane !== list[i - 1].lane || p.hours !== list[i - 1].hours);
  }
  return out;
}

/** The spans and marks overlapping [fromHours, toHours] (what a zoomed view draws). */
export function visibleWindow(t: Timeline, fromHours: number, toHours: number): { spans: Span[]; marks: Mark[] } {
  return {
    spans: t.spans.filter((s) => s.endHours >= fromHours && s.startHours <= toHours),
    marks: t.marks.filter((m) => m.hours >= fromHours && m.hours <= toHours),
  };
}
