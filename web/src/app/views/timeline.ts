import { renderSwimlanes } from '../../charts/swimlanes.js';
import { timelineOf } from '../model.js';
import { card, el } from '../dom.js';
import type { View } from './context.js';
import { emptyView } from './empty.js';

/** Timeline: replication 0 of one model as swimlanes per person. */
export const timelineView: View = (container, model, actions) => {
  if (model.timelineInputs.length === 0) {
    if (model.status.state === 'running') {
      container.replaceChildren(el('div', { className: 'empty-view' }, el('h2', { text: 'Preparing the timeline…' }), el('p', { text: 'Replication 0 of each model is re-run with its event log once the results are in.' })));
      return;
    }
    if (model.document && !model.scenarioText) {
      emptyView(container, actions, 'The timeline needs the scenario', [
        'A result document holds statistics, not events. Open the scenario file this result came from and replication 0 of each model is re-run here, with its event log, to draw the timeline.',
        `This result is “${model.document.scenario.name}”.`,
      ]);
      return;
    }
    emptyView(container, actions, 'No timeline yet', ['Open a scenario file (or a result with its scenario) to see one replication as swimlanes per person.']);
    return;
  }
  const models = model.timelineInputs.map((t) => t.model);
  const chosen = models.includes(model.view.model ?? '') ? model.view.model! : models[0];
  const timeline = timelineOf(model, chosen)!;
  const picker = el('div', { className: 'segmented', attrs: { role: 'radiogroup', 'aria-label': 'Model shown in the timeline' } });
  for (const m of models) {
    picker.append(
      el('button', {
        text: m,
        className: m === chosen ? 'selected' : '',
        attrs: { type: 'button', role: 'radio', 'aria-checked': m === chosen ? 'true' : 'false' },
        on: { click: () => actions.setView({ model: m }) },
      }),
    );
  }
  const c = card(
    `Replication 0 under ${chosen}`,
    'One person per lane, working hours shaded in their own time zone; work as bars, waits as thin lines under the designer who waits, events as symbols. Times on the axis are UTC.',
    'wide',
  );
  container.replaceChildren(el('div', { className: 'toolbar' }, el('span', { className: 'toolbar-label', text: 'Model:' }), picker), c.root);
  const start = timeline.warmupHours;
  const from = model.view.from ?? start;
  const to = model.view.to ?? Math.min(timeline.horizonHours, start + 7 * 24);
  renderSwimlanes(c.body, timeline, {
    window: [from, to],
    onWindow: (a, b) => actions.setView({ from: a, to: b }, false),
  });
  actions.chartsDrawn();
};
