import { axisBottom, max, scaleBand, scaleLinear } from 'd3';
import type { Tornado, TornadoSide } from '../transforms/decide-tornado.js';
import { formatNumber } from '../transforms/format.js';
import { axisTitle, chartWidth, clearEmptyState, emptyState, frame, layer } from './frame.js';
import { dataTable } from './data-table.js';
import { legend } from './legend.js';
import { OKABE_ITO } from './palette.js';

const SIDES = [
  { side: 'low', colour: OKABE_ITO.skyBlue, label: 'assumption at its plausible low' },
  { side: 'high', colour: OKABE_ITO.vermillion, label: 'assumption at its plausible high' },
] as const;

const sideText = (s: TornadoSide) => (s.sameAsScenario ? `${s.value} (the scenario's value)` : `${s.value}: ${s.difference >= 0 ? '+' : ''}${formatNumber(s.difference)}${s.ci95 ? ` [${formatNumber(s.ci95[0])}, ${formatNumber(s.ci95[1])}]` : ''}`);

/** Draws the tornado: per assumption, the paired change of the metric at its low and at its high, with 95% whiskers; the largest swing on top. */
export function renderTornado(element: HTMLElement, t: Tornado, unit: string): void {
  if (t.bars.length === 0) {
    emptyState(element, 'No assumption of the register applies to this scenario.');
    return;
  }
  clearEmptyState(element);
  const margin = { top: 10, right: 24, bottom: 46, left: 210 };
  const f = frame(element, {
    width: chartWidth(element),
    height: margin.top + margin.bottom + 26 * t.bars.length,
    margin,
    title: `Tornado: how far each assumption moves ${t.metric} (${t.model})`,
    description: t.bars.slice(0, 3).map((b) => `${b.parameter}: low ${sideText(b.low)}, high ${sideText(b.high)}`).join('; '),
  });
  const extent = max(t.bars.flatMap((b) => [b.low, b.high].flatMap((s) => [Math.abs(s.difference), ...(s.ci95 ?? []).map(Math.abs)]))) || 1;
  const x = scaleLinear().domain([-extent, extent]).range([0, f.innerWidth]).nice();
  const y = scaleBand().domain(t.bars.map((b) => b.parameter)).range([0, f.innerHeight]).padding(0.22);
  layer(f.plot, 'axis x-axis').attr('transform', `translate(0,${f.innerHeight})`).call(axisBottom(x).ticks(Math.max(3, Math.floor(f.innerWidth / 80)), '~s'));
  axisTitle(f.plot, 'x-title', `change of ${t.metric}${unit ? ` (${unit})` : ''} from the scenario as it stands${t.baseline === null ? '' : ` (${formatNumber(t.baseline)})`}, paired`, { x: f.innerWidth / 2, y: f.innerHeight + 38 });
  layer(f.plot, 'zero').selectAll('line').data([0]).join('line').attr('x1', x(0)).attr('x2', x(0)).attr('y1', 0).attr('y2', f.innerHeight);
  const rows = layer(f.plot, 'bars')
    .selectAll<SVGGElement, Tornado['bars'][number]>('g.bar-row')
    .data(t.bars, (b) => b.parameter)
    .join((e) => {
      const g = e.append('g').attr('class', 'bar-row');
      g.append('text').attr('class', 'row-label');
      for (const s of SIDES) {
        g.append('rect').attr('class', `bar ${s.side}`).append('title');
        g.append('line').attr('class', `whisker ${s.side}`);
      }
      return g;
    })
    .attr('transform', (b) => `translate(0,${y(b.parameter)})`);
  const h = y.bandwidth();
  rows.select('text.row-label').attr('x', -8).attr('y', h / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text((b) => b.parameter);
  for (const s of SIDES) {
    const bar = rows.select<SVGRectElement>(`rect.bar.${s.side}`);
    bar.attr('x', (b) => x(Math.min(0, b[s.side].difference))).attr('width', (b) => Math.abs(x(b[s.side].difference) - x(0))).attr('y', s.side === 'low' ? 0 : h / 2).attr('height', h / 2).attr('fill', s.colour).attr('fill-opacity', (b) => (b[s.side].excludesZero ? 0.9 : 0.35));
    bar.select('title').text((b) => `${b.parameter} at its ${s.side} ${sideText(b[s.side])}`);
    rows.select(`line.whisker.${s.side}`).attr('x1', (b) => x(b[s.side].ci95?.[0] ?? b[s.side].difference)).attr('x2', (b) => x(b[s.side].ci95?.[1] ?? b[s.side].difference)).attr('y1', s.side === 'low' ? h / 4 : (3 * h) / 4).attr('y2', s.side === 'low' ? h / 4 : (3 * h) / 4);
  }
  legend(element, [...SIDES.map((s) => ({ colour: s.colour, label: s.label })), { colour: '#888', label: 'pale: the 95% paired interval holds zero' }]);
  dataTable(element, `Paired change of ${t.metric} at each assumption's low and high (95% interval)`, ['assumption', 'low', 'high'], t.bars.map((b) => [b.parameter, sideText(b.low), sideText(b.high)]));
}
