import { axisTop, line, scaleLinear, scaleUtc, select, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, zoom, zoomIdentity, type Selection, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { Mark, MarkKind, Span, SpanKind, Timeline } from '../transforms/timeline.js';
import { formatInstant, formatLocal, formatNumber } from '../transforms/format.js';
import { chartWidth, clearEmptyState, emptyState, frame, layer } from './frame.js';
import { legend, type LegendItem } from './legend.js';
import { dataTable } from './data-table.js';
import { OKABE_ITO } from './palette.js';
import { hideTooltip, showTooltip } from './tooltip.js';

/** Options of the swimlane timeline. */
export interface SwimlaneOptions {
  /** The visible window, hours since start. */
  window: [number, number];
  /** Called (often) while the user zooms or pans. */
  onWindow?: (from: number, to: number) => void;
}

const SPAN_STYLE: Record<SpanKind, { colour: string; label: string; wait?: boolean }> = {
  design: { colour: OKABE_ITO.blue, label: 'design / variant' },
  revision: { colour: OKABE_ITO.vermillion, label: 'revision / fix' },
  review: { colour: OKABE_ITO.green, label: 'review (queue or in the room)' },
  'other-work': { colour: OKABE_ITO.skyBlue, label: 'answering / upkeep' },
  meeting: { colour: OKABE_ITO.orange, label: 'meeting slot' },
  'waiting-review': { colour: '#6b6b6b', label: 'waiting for review', wait: true },
  'waiting-revision': { colour: OKABE_ITO.vermillion, label: 'waiting for a revision', wait: true },
  'waiting-answer': { colour: OKABE_ITO.purple, label: 'question waiting for an answer', wait: true },
};

const MARK_STYLE: Record<MarkKind, { colour: string; glyph: string; label: string; shape: Parameters<typeof symbol>[0] }> = {
  submitted: { colour: '#333', glyph: '○', label: 'submitted', shape: symbolCircle },
  approved: { colour: OKABE_ITO.green, glyph: '◆', label: 'approved', shape: symbolDiamond },
  changes: { colour: OKABE_ITO.vermillion, glyph: '✚', label: 'changes requested', shape: symbolCross },
  escalated: { colour: OKABE_ITO.black, glyph: '▲', label: 'escalated', shape: symbolTriangle },
  pinged: { colour: OKABE_ITO.purple, glyph: '●', label: 'chat ping', shape: symbolCircle },
  call: { colour: OKABE_ITO.orange, glyph: '■', label: 'ad-hoc call', shape: symbolSquare },
  'rolled-over': { colour: '#6b6b6b', glyph: 'Y', label: 'rolled over', shape: symbolWye },
};

const LANE = 30;
const MIN_WINDOW_HOURS = 2;

/** Draws one replication as swimlanes per person: working hours shaded in each person's zone, work, waits and events; zoom, pan and hover tracing. */
export function renderSwimlanes(element: HTMLElement, timeline: Timeline, options: SwimlaneOptions): void {
  if (timeline.lanes.length === 0) {
    emptyState(element, 'This scenario has nobody in it.');
    return;
  }
  clearEmptyState(element);
  const width = chartWidth(element, 900);
  const margin = { top: 36, right: 16, bottom: 10, left: 200 };
  const f = frame(element, {
    width,
    height: margin.top + margin.bottom + LANE * timeline.lanes.length,
    margin,
    title: `Timeline of replication 0 under ${timeline.model}`,
    description: `${timeline.lanes.length} people, ${timeline.spans.length} spans of work and waiting, ${timeline.marks.length} events; working hours shaded in each person's time zone.`,
  });
  const horizon = timeline.horizonHours;
  const x0 = scaleLinear().domain([0, horizon]).range([0, f.innerWidth]);
  const laneY = (lane: number) => lane * LANE;
  const date = (hours: number) => new Date(timeline.originMs + hours * 3_600_000);

  f.svg
    .selectAll('defs')
    .data([null])
    .join('defs')
    .selectAll('clipPath')
    .data([null])
    .join('clipPath')
    .attr('id', 'swimlane-clip')
    .selectAll('rect')
    .data([null])
    .join('rect')
    .attr('width', f.innerWidth)
    .attr('height', f.innerHeight + 2);

  const labels = layer(f.plot, 'lane-labels')
    .selectAll<SVGGElement, Timeline['lanes'][number]>('g.lane-label')
    .data(timeline.lanes)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane-label');
      g.append('text').attr('class', 'lane-name');
      g.append('text').attr('class', 'lane-zone');
      return g;
    })
    .attr('transform', (_, i) => `translate(-10,${laneY(i)})`);
  labels.select('text.lane-name').attr('text-anchor', 'end').attr('y', 12).text((d) => d.name);
  labels.select('text.lane-zone').attr('text-anchor', 'end').attr('y', 25).text((d) => `${d.role} · ${d.tz}`);

  const body = layer(f.plot, 'lanes-body').attr('clip-path', 'url(#swimlane-clip)');
  layer(body, 'lane-bands')
    .selectAll('rect')
    .data(timeline.lanes)
    .join('rect')
    .attr('x', 0)
    .attr('y', (_, i) => laneY(i) + 1)
    .attr('width', f.innerWidth)
    .attr('height', LANE - 2);
  const windows = timeline.lanes.flatMap((l, lane) => l.windows.map(([a, b]) => ({ lane, a, b })));
  const windowRects = layer(body, 'work-hours').selectAll<SVGRectElement, (typeof windows)[number]>('rect').data(windows).join('rect');
  const waits = timeline.spans.filter((s) => SPAN_STYLE[s.kind].wait);
  const meetings = timeline.spans.filter((s) => s.kind === 'meeting');
  const work = timeline.spans.filter((s) => !SPAN_STYLE[s.kind].wait && s.kind !== 'meeting');
  const meetingRects = layer(body, 'meetings')
    .selectAll<SVGRectElement, Span>('rect')
    .data(meetings)
    .join('rect')
    .attr('fill', SPAN_STYLE.meeting.colour)
    .attr('fill-opacity', 0.28)
    .attr('stroke', SPAN_STYLE.meeting.colour);
  const waitRects = layer(body, 'waits')
    .selectAll<SVGRectElement, Span>('rect')
    .data(waits)
    .join('rect')
    .attr('class', (d) => `wait ${d.kind}`)
    .attr('fill', (d) => SPAN_STYLE[d.kind].colour);
  const workRects = layer(body, 'work')
    .selectAll<SVGRectElement, Span>('rect')
    .data(work)
    .join('rect')
    .attr('class', 'work')
    .attr('fill', (d) => SPAN_STYLE[d.kind].colour);
  const markPaths = layer(body, 'marks')
    .selectAll<SVGPathElement, Mark>('path')
    .data(timeline.marks)
    .join('path')
    .attr('class', 'mark')
    .attr('d', (d) => symbol(MARK_STYLE[d.kind].shape, d.kind === 'pinged' ? 28 : 46)())
    .attr('fill', (d) => (d.kind === 'submitted' ? '#fff' : MARK_STYLE[d.kind].colour))
    .attr('stroke', (d) => (d.kind === 'submitted' ? '#333' : '#fff'))
    .attr('stroke-width', 1);
  // The trace must not take the pointer, or hovering would end as soon as it is drawn.
  const trace = layer(body, 'trace').attr('pointer-events', 'none').selectAll<SVGPathElement, null>('path').data([null]).join('path').attr('fill', 'none');
  const axis = layer(f.plot, 'axis x-axis top-axis');

  let x = x0.copy();
  const draw = () => {
    const [from, to] = x.domain();
    const xUtc = scaleUtc().domain([date(from), date(to)]).range([0, f.innerWidth]);
    axis.call(axisTop(xUtc).ticks(Math.max(3, Math.floor(f.innerWidth / 110))).tickSize(-f.innerHeight)).call((g) => g.select('.domain').remove());
    const w = (a: number, b: number) => Math.max(0.5, x(b) - x(a));
    windowRects.attr('x', (d) => x(d.a)).attr('width', (d) => w(d.a, d.b)).attr('y', (d) => laneY(d.lane) + 1).attr('height', LANE - 2);
    meetingRects.attr('x', (d) => x(d.startHours)).attr('width', (d) => w(d.startHours, d.endHours)).attr('y', (d) => laneY(d.lane) + 2).attr('height', LANE - 4);
    workRects.attr('x', (d) => x(d.startHours)).attr('width', (d) => w(d.startHours, d.endHours)).attr('y', (d) => laneY(d.lane) + 6).attr('height', 14);
    waitRects.attr('x', (d) => x(d.startHours)).attr('width', (d) => w(d.startHours, d.endHours)).attr('y', (d) => laneY(d.lane) + 22).attr('height', 4);
    markPaths.attr('transform', (d) => `translate(${x(d.hours)},${laneY(d.lane) + 13})`);
    if (traced) drawTrace(traced);
  };

  let traced: string | null = null;
  const tracePath = line<{ lane: number; hours: number }>()
    .x((p) => x(p.hours))
    .y((p) => laneY(p.lane) + 13);
  const drawTrace = (asset: string) => trace.attr('d', tracePath(timeline.paths[asset] ?? []) ?? '');
  const highlight = (asset: string | null) => {
    traced = asset;
    f.svg.classed('tracing', asset !== null);
    workRects.classed('on', (d) => d.asset === asset);
    waitRects.classed('on', (d) => d.asset === asset);
    markPaths.classed('on', (d) => d.asset === asset);
    if (asset) drawTrace(asset);
    else trace.attr('d', null);
  };
  const describe = (d: Span | Mark): string[] => {
    const lane = timeline.lanes[d.lane];
    const lines = [d.asset ? `asset ${d.asset}` : d.label, `${lane.name} (${lane.tz})`];
    if ('startHours' in d) {
      lines.push(
        `${d.label}: ${formatNumber(d.endHours - d.startHours)} h wall time`,
        `from ${formatInstant(timeline.originMs, d.startHours * 60)} — local ${formatLocal(timeline.originMs, d.startHours * 60, lane.tz)}`,
        `to ${formatInstant(timeline.originMs, d.endHours * 60)} — local ${formatLocal(timeline.originMs, d.endHours * 60, lane.tz)}`,
      );
    } else {
      lines.push(`${d.label} at ${formatInstant(timeline.originMs, d.hours * 60)}`, `local ${formatLocal(timeline.originMs, d.hours * 60, lane.tz)}`);
    }
    return lines;
  };
  // Hovering anything that belongs to an asset traces the asset and tells what it is.
  const hoverable = <E extends SVGElement, D extends Span | Mark>(sel: Selection<E, D, SVGGElement, null>) =>
    sel
      .on('pointerenter', (event: Event, d) => {
        const { clientX, clientY } = event as PointerEvent;
        highlight(d.asset || null);
        showTooltip(element, describe(d), { x: clientX, y: clientY });
      })
      .on('pointerleave', () => {
        highlight(null);
        hideTooltip(element);
      });
  for (const sel of [workRects, waitRects, meetingRects] as const) hoverable(sel);
  hoverable(markPaths);

  const behaviour: ZoomBehavior<SVGSVGElement, null> = zoom<SVGSVGElement, null>()
    .scaleExtent([1, Math.max(1, horizon / MIN_WINDOW_HOURS)])
    .translateExtent([
      [0, 0],
      [f.innerWidth, f.height],
    ])
    .extent([
      [0, 0],
      [f.innerWidth, f.height],
    ])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      x = event.transform.rescaleX(x0);
      draw();
      const [from, to] = x.domain();
      options.onWindow?.(from, to);
    });
  f.svg.call(behaviour).on('dblclick.zoom', null);
  const toTransform = (from: number, to: number): ZoomTransform => {
    const a = Math.max(0, Math.min(from, horizon - MIN_WINDOW_HOURS));
    const b = Math.min(horizon, Math.max(to, a + MIN_WINDOW_HOURS));
    const k = horizon / (b - a);
    return zoomIdentity.scale(k).translate(-x0(a), 0);
  };
  f.svg.call(behaviour.transform, toTransform(options.window[0], options.window[1]));
  draw();

  tools(element, (from, to) => f.svg.call(behaviour.transform, toTransform(from, to)), () => x.domain() as [number, number], timeline);

  const legendItems: LegendItem[] = [
    { colour: '#d3ebd8', label: 'working hours (each person’s own zone)', shape: 'box' },
    ...(['design', 'revision', 'review', 'other-work', 'meeting'] as const).map((k) => ({ colour: SPAN_STYLE[k].colour, label: SPAN_STYLE[k].label })),
    ...(['waiting-review', 'waiting-revision', 'waiting-answer'] as const).map((k) => ({ colour: SPAN_STYLE[k].colour, label: SPAN_STYLE[k].label, shape: 'dash' as const })),
    ...(Object.keys(MARK_STYLE) as MarkKind[])
      .filter((k) => timeline.marks.some((m) => m.kind === k))
      .map((k) => ({ colour: MARK_STYLE[k].colour, label: MARK_STYLE[k].label, glyph: MARK_STYLE[k].glyph, shape: 'outline' as const })),
  ];
  legend(element, legendItems);
  laneSummary(element, timeline);
}

function tools(element: HTMLElement, zoomTo: (from: number, to: number) => void, current: () => [number, number], timeline: Timeline): void {
  const bar = select(element).selectAll<HTMLDivElement, null>('div.chart-tools').data([null]).join('div').attr('class', 'chart-tools');
  const start = timeline.warmupHours;
  const buttons: Array<{ label: string; title: string; act: () => void }> = [
    { label: 'Zoom in', title: 'Halve the visible span', act: () => { const [a, b] = current(); const m = (a + b) / 2; const h = (b - a) / 4; zoomTo(m - h, m + h); } },
    { label: 'Zoom out', title: 'Double the visible span', act: () => { const [a, b] = current(); const m = (a + b) / 2; const h = b - a; zoomTo(m - h, m + h); } },
    { label: 'One day', title: 'Show 24 hours', act: () => { const [a] = current(); zoomTo(a, a + 24); } },
    { label: 'One week', title: 'Show 7 days', act: () => { const [a] = current(); zoomTo(a, a + 168); } },
    { label: 'Whole horizon', title: 'Show the whole run', act: () => zoomTo(0, timeline.horizonHours) },
    { label: 'After warm-up', title: 'Jump to the first week that counts', act: () => zoomTo(start, start + 168) },
  ];
  bar
    .selectAll<HTMLButtonElement, (typeof buttons)[number]>('button')
    .data(buttons, (d) => d.label)
    .join('button')
    .attr('type', 'button')
    .attr('title', (d) => d.title)
    .text((d) => d.label)
    .on('click', (_, d) => d.act());
  bar
    .selectAll('span.hint')
    .data(['Scroll or pinch to zoom, drag to pan; hover a bar to trace its asset through the team.'])
    .join('span')
    .attr('class', 'hint')
    .text((d) => d);
}

function laneSummary(element: HTMLElement, t: Timeline): void {
  const rows = t.lanes.map((lane, i) => {
    const spans = t.spans.filter((s) => s.lane === i);
    const hours = (kinds: SpanKind[]) => spans.filter((s) => kinds.includes(s.kind)).reduce((a, s) => a + (s.endHours - s.startHours), 0);
    const working = lane.windows.reduce((a, [p, q]) => a + (q - p), 0);
    return [
      lane.name,
      `${lane.role}, ${lane.tz}`,
      formatNumber(working),
      formatNumber(hours(['design', 'revision', 'review', 'other-work'])),
      formatNumber(hours(['meeting'])),
      String(t.marks.filter((m) => m.lane === i && m.kind === 'approved').length),
    ];
  });
  dataTable(element, `Timeline of replication 0 under ${t.model}: per person over the whole horizon`, ['person', 'role and zone', 'working hours', 'hours with work in hand (wall time)', 'meeting hours', 'approvals given'], rows);
}
