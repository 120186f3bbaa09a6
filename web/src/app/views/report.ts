import { headlineTable } from '../../transforms/headline-table.js';
import { SERIES, seriesLines } from '../../transforms/time-series.js';
import { findings } from '../../transforms/findings.js';
import { renderHeadlineTable } from '../../charts/tables.js';
import { appendixTable } from '../../transforms/assumptions-appendix.js';
import { renderAppendixTable } from '../../charts/appendix-table.js';
import { renderLines } from '../../charts/lines.js';
import { card, el } from '../dom.js';
import type { View } from './context.js';
import { emptyView } from './empty.js';
import { compareCharts, provisionalOf, runSummary, waiting } from './compare.js';
import { decideView } from './decide.js';

/** Report: one printable page with the headline numbers, the comparison charts and the queue over time. */
export const reportView: View = (container, model, actions) => {
  const doc = model.document;
  if (!doc) {
    // A decision document's report is its Decide view: the charts and the sentences.
    if (model.decide) return decideView(container, model, actions);
    if (model.status.state === 'running') return waiting(container, 'The report is assembled when the results are in.');
    emptyView(container, actions, 'Nothing to report yet', ['Open a result document or a scenario; this page then summarises it for printing or sending.'], ['handoff report result.json -o report.html']);
    return;
  }
  const headline = el('div', { className: 'table-scroll' });
  const grid = el('div', { className: 'grid' });
  const queue = card(SERIES[0].title, `${SERIES[0].unit}, mean across replications.`, 'wide');
  const migrated = doc.migratedFrom !== undefined ? ` (written as schema v${doc.migratedFrom} and read as v${doc.schemaVersion}: what it called reworkRate, assets sent back at least once, shows as “Sent back at least once”)` : '';
  const appendix = el('div', { className: 'table-scroll' });
  const generated = el('p', { className: 'fine-print', text: `Handoff result schema v${doc.schemaVersion}${migrated}; ${doc.replications} replications per model with common random numbers; seed ${String(doc.seed)}. Intervals are 95% confidence intervals of the mean across replications; percentiles pool every approved asset.` });
  container.replaceChildren(
    el(
      'article',
      { className: 'report' },
      el('header', { className: 'report-head' }, el('h2', { text: doc.scenario.name }), doc.scenario.description ? el('p', { className: 'lede', text: doc.scenario.description }) : null, runSummary(doc, provisionalOf(model))),
      el('section', { className: 'card wide' }, el('h3', { text: 'What the numbers say' }), el('ul', { className: 'findings' }, ...findings(doc).map((f) => el('li', { text: f })))),
      el('section', { className: 'card wide' }, el('h3', { text: 'Headline metrics' }), headline),
      grid,
      queue.root,
      el(
        'section',
        { className: 'card wide appendix', attrs: { id: 'assumptions-appendix', 'aria-label': 'Appendix: the assumptions behind these numbers' } },
        el('h3', { text: 'Appendix: the assumptions behind these numbers' }),
        el('p', { className: 'card-sub', text: 'Every behavioural parameter of the model (attention, misread and question rates, perfectionism, meeting pressure, effort defaults…), the value these results used and where its default comes from. The metrics each one drives are the ones to re-check if a value is in doubt.' }),
        appendix,
      ),
      generated,
      el('div', { className: 'no-print report-actions' }, el('button', { className: 'primary', text: 'Print or save as PDF', attrs: { type: 'button' }, on: { click: () => window.print() } })),
    ),
  );
  renderHeadlineTable(headline, headlineTable(doc));
  renderAppendixTable(appendix, appendixTable(model.assumptions));
  compareCharts(grid, doc, { logTime: model.view.logTime ?? false });
  renderLines(queue.body, seriesLines(doc, SERIES[0].key), { title: SERIES[0].title, unit: SERIES[0].unit, originMs: Date.parse(doc.scenario.start), height: 200 });
  actions.chartsDrawn();
};
