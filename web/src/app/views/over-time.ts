import { seriesLines, seriesOf } from '../../transforms/time-series.js';
import { renderLines } from '../../charts/lines.js';
import { card, el } from '../dom.js';
import type { View } from './context.js';
import { emptyView } from './empty.js';
import { provisionalOf, runSummary, waiting } from './compare.js';

/** Over time: queue length, oldest waiting item, work in progress and open assets through the horizon. */
export const overTimeView: View = (container, model, actions) => {
  const doc = model.document;
  if (!doc) {
    if (model.status.state === 'running') return waiting(container, 'The series appear when the first model finishes.');
    emptyView(container, actions, 'Nothing to plot yet', ['Open a result document or a scenario file to see how queues and work in progress move through the horizon.']);
    return;
  }
  const originMs = Date.parse(doc.scenario.start);
  const cards = seriesOf(doc).map((s) => ({ s, c: card(s.title, `${s.unit}; mean across ${doc.replications} replications, sampled ${doc.results[0]?.series.timeHours.length ?? 0} times.`, 'wide') }));
  container.replaceChildren(runSummary(doc, provisionalOf(model)), el('div', { className: 'grid' }, ...cards.map(({ c }) => c.root)));
  for (const { s, c } of cards) renderLines(c.body, seriesLines(doc, s.key), { title: s.title, unit: s.unit, originMs });
  actions.chartsDrawn();
};
