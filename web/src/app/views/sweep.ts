import { statisticsOf, sweepHeatmap, sweepMetrics, type Statistic } from '../../transforms/sweep-grid.js';
import { metricFormat, metricLabel } from '../../transforms/metric-names.js';
import { renderHeatmap } from '../../charts/heatmap.js';
import { card, el } from '../dom.js';
import type { View } from './context.js';
import { emptyView } from './empty.js';

/** A labelled select whose options are text. */
function select(label: string, options: Array<{ value: string; text: string }>, value: string, onChange: (v: string) => void): HTMLLabelElement {
  const s = el('select');
  for (const o of options) s.append(el('option', { text: o.text, attrs: { value: o.value } }));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return el('label', { className: 'field' }, el('span', { text: label }), s);
}

/** The target a heatmap outlines by default: the field guide's 24-hour cycle time, else none. */
function defaultTarget(metric: string): number | null {
  return metric.startsWith('cycleTimeHours') ? 24 : null;
}

/** Sweep: a grid of settings as a heatmap with the cells meeting a target outlined. */
export const sweepView: View = (container, model, actions) => {
  const sweep = model.sweep;
  if (!sweep) {
    emptyView(
      container,
      actions,
      'Open a sweep to see a heatmap',
      [
        'A sweep runs a grid of settings, e.g. reviewers × SLA, each point replicated. Open its JSON document here to see p90 cycle time (or any metric) at every point, with the points that meet your target outlined.',
      ],
      ['handoff sweep scenarios/async-with-sla.yaml --set team.reviewers.count=2,3,4,5 --set async.sla.firstResponse=4bh,8bh,24bh --json > sweep.json', 'handoff view sweep.json'],
    );
    return;
  }
  const metrics = sweepMetrics(sweep);
  const metric = metrics.includes(model.view.metric ?? '') ? model.view.metric! : metrics.includes('cycleTimeHours') ? 'cycleTimeHours' : metrics[0];
  const statistics = statisticsOf(sweep, metric);
  const statistic: Statistic = statistics.includes(model.view.statistic ?? 'mean') ? (model.view.statistic ?? (statistics.includes('p90') ? 'p90' : 'mean')) : statistics.includes('p90') ? 'p90' : 'mean';
  const target = model.view.target ?? defaultTarget(metric);
  const heatmap = sweepHeatmap(sweep, { metric, statistic, target, model: model.view.sweepModel });
  const share = metricFormat(metric) === 'percent';

  const targetInput = el('input', { attrs: { type: 'number', step: 'any', min: 0, 'aria-label': 'Target' } });
  targetInput.value = target === null ? '' : String(share ? target * 100 : target);
  targetInput.addEventListener('change', () => {
    const v = targetInput.value.trim() === '' ? undefined : Number(targetInput.value);
    actions.setView({ target: v === undefined || !Number.isFinite(v) ? undefined : share ? v / 100 : v });
  });
  const controls = el(
    'div',
    { className: 'toolbar wrap' },
    select('Metric', metrics.map((m) => ({ value: m, text: metricLabel(m) })), metric, (v) => actions.setView({ metric: v, statistic: undefined, target: undefined })),
    select('Statistic', statistics.map((s) => ({ value: s, text: s === 'mean' ? 'mean' : `${s} (pooled)` })), statistic, (v) => actions.setView({ statistic: v as Statistic })),
    heatmap.models.length > 1 ? select('Model', heatmap.models.map((m) => ({ value: m, text: m })), heatmap.model, (v) => actions.setView({ sweepModel: v })) : null,
    el('label', { className: 'field' }, el('span', { text: `Target (${heatmap.lowerIsBetter ? 'at most' : 'at least'}${share ? ', %' : metricFormat(metric) === 'hours' ? ', hours' : ''})` }), targetInput),
  );
  const parameters = sweep.sweep.parameters.map((p) => `${p.path} ∈ {${p.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}}`);
  const fixedNote = heatmap.fixed.length ? `Other parameters held at: ${heatmap.fixed.map((f) => `${f.path} = ${f.chosen}`).join(', ')}.` : '';
  const c = card(
    `${metricLabel(metric)} (${statistic}) across the sweep`,
    `${sweep.points.length} points × ${sweep.replications} replications of ${heatmap.model}. ${parameters.join('; ')}. ${fixedNote}`,
    'wide',
  );
  container.replaceChildren(controls, c.root);
  renderHeatmap(c.body, heatmap, { target });
  actions.chartsDrawn();
};
