import { renderCycleTimeEcdf } from '../../charts/ecdf.js';
import { backtestCurves, backtestSummary, calibrationRows, CALIBRATION_HEADER } from '../../transforms/backtest.js';
import { card, el } from '../dom.js';
import type { View } from './context.js';
import { emptyView } from './empty.js';

/** Backtest: what happened against what the model says, the two cycle-time ECDFs and the calibration table. */
export const backtestView: View = (container, model, actions) => {
  const doc = model.backtest;
  if (!doc) {
    emptyView(
      container,
      actions,
      'No backtest opened',
      ['A backtest simulates the later part of a team\'s review audit and compares it with what really happened. Write one with handoff backtest and open its document here.'],
      ['handoff backtest audit.csv --scenario team.yaml --holdout 30% --out backtest.json', 'handoff view backtest.json'],
    );
    return;
  }
  const [intro, setup, verdict] = backtestSummary(doc);
  const ecdf = card('Cycle time: real against simulated', 'Share of the later period\'s assets approved within a given number of hours: the audit, and all replications pooled.', 'wide');
  const rows = calibrationRows(doc);
  const table = el(
    'table',
    { className: 'data calibration' },
    el('thead', {}, el('tr', {}, ...CALIBRATION_HEADER.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el('tbody', {}, ...rows.map((r) => el('tr', { className: `verdict-${r[r.length - 1]}` }, ...r.map((c, i) => (i === 0 ? el('th', { text: c, attrs: { scope: 'row' } }) : el('td', { text: c })))))),
  );
  container.replaceChildren(
    el(
      'article',
      { className: 'report backtest' },
      el('header', { className: 'report-head' }, el('h2', { text: `Backtest: ${doc.scenario.name}` }), el('p', { className: 'lede', text: intro }), el('p', { className: 'run-summary', text: setup })),
      el('section', { className: `card wide verdict verdict-${doc.verdict.overall}` }, el('h3', { text: verdict })),
      ecdf.root,
      el('section', { className: 'card wide' }, el('h3', { text: 'Calibration' }), el('p', { className: 'card-sub', text: doc.verdict.rule }), el('div', { className: 'table-scroll' }, table)),
      el('p', { className: 'fine-print', text: `${doc.workInProgress.rule} Bootstrap: ${doc.bootstrap.resamples} resamples of the real assets (stream "${doc.bootstrap.stream}", seed ${String(doc.seed)}). Backtest schema v${doc.schemaVersion}.` }),
    ),
  );
  renderCycleTimeEcdf(ecdf.body, backtestCurves(doc), { title: 'Cycle time distribution, real and simulated', description: 'Share of the later period\'s assets approved within a given number of hours, real (the audit) and simulated (replications pooled); p50 and p90 marked.' });
  actions.chartsDrawn();
};
