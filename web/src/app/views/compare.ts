import { cycleTimeCurves } from '../../transforms/cycle-time.js';
import { estimateBars } from '../../transforms/estimates.js';
import { personHoursByKind, waitingByCause } from '../../transforms/breakdowns.js';
import { costTable } from '../../transforms/cost-table.js';
import { headlineTable } from '../../transforms/headline-table.js';
import type { ResultDocument } from '../../transforms/sim-types.js';
import { renderCycleTimeEcdf } from '../../charts/ecdf.js';
import { renderCiBars } from '../../charts/ci-bars.js';
import { renderStackedBars } from '../../charts/stacked-bars.js';
import { renderCostTable, renderHeadlineTable } from '../../charts/tables.js';
import { metricDefinition, metricLabel } from '../../transforms/metric-names.js';
import { card, el } from '../dom.js';
import type { AppModel } from '../model.js';
import type { View, ViewActions } from './context.js';
import { emptyView } from './empty.js';

/** The charts of a comparison, drawn into a grid (shared by Compare, What-if and Report). */
export function compareCharts(grid: HTMLElement, doc: ResultDocument, options: { logTime: boolean; onLogTime?: (on: boolean) => void; only?: string[] }): void {
  const want = (name: string) => !options.only || options.only.includes(name);
  const cards: HTMLElement[] = [];
  const draws: Array<() => void> = [];
  if (want('cycle')) {
    const c = card(metricLabel('cycleTimeHours'), 'First submission to final approval, pooled over replications: the share of assets approved within each time. Circles mark p50 and p90.', 'wide');
    if (options.onLogTime) {
      const box = el('input', { attrs: { type: 'checkbox', id: `log-${grid.id || 'x'}` } });
      box.checked = options.logTime;
      box.addEventListener('change', () => options.onLogTime?.(box.checked));
      c.root.insertBefore(el('label', { className: 'inline-option' }, box, ' log time axis'), c.body);
    }
    cards.push(c.root);
    draws.push(() => renderCycleTimeEcdf(c.body, cycleTimeCurves(doc), { logScale: options.logTime }));
  }
  if (want('rework')) {
    for (const metric of ['reworkRate', 'sentBackShare']) {
      const c = card(metricLabel(metric), `${metricDefinition(metric)} Bars are means, whiskers the 95% CI.`);
      cards.push(c.root);
      draws.push(() => renderCiBars(c.body, estimateBars(doc, metric), { metric }));
    }
  }
  if (want('sla')) {
    const c = card(metricLabel('slaAttainment'), `${metricDefinition('slaAttainment')} Whiskers are the 95% CI.`);
    cards.push(c.root);
    draws.push(() =>
      renderCiBars(c.body, estimateBars(doc, 'slaAttainment'), {
        metric: 'slaAttainment',
        missingMessage: 'No model has an SLA here: the scenario sets no async.sla.firstResponse (try one in What-if), and meetings have no first-response clock.',
      }),
    );
  }
  if (want('waits')) {
    const c = card('Who waits', 'Hours an asset spends waiting, by cause (mean per submitted asset).');
    cards.push(c.root);
    draws.push(() => renderStackedBars(c.body, waitingByCause(doc), { title: 'Waiting by cause', unit: 'hours waiting per asset' }));
  }
  if (want('pays')) {
    const c = card('Who pays', 'Person-hours spent over the measurement window, by kind of work.');
    cards.push(c.root);
    draws.push(() => renderStackedBars(c.body, personHoursByKind(doc), { title: 'Person-hours by kind', unit: 'person-hours' }));
  }
  if (want('costs')) {
    const c = card('The cost table, measured', 'The field guide’s cost types with this scenario’s numbers in place of adjectives.', 'wide');
    cards.push(c.root);
    draws.push(() => renderCostTable(c.body, costTable(doc)));
  }
  grid.replaceChildren(...cards);
  // Charts measure their card, so they draw once the cards are in the page.
  for (const draw of draws) draw();
}

/** Compare: every model side by side. */
export const compareView: View = (container, model, actions) => {
  const doc = model.document;
  if (!doc) {
    if (model.status.state === 'running') return waiting(container, 'A first answer appears once every model has a few replications (or the first model is done, in a short run).');
    emptyView(
      container,
      actions,
      'Open a result to compare review models',
      [
        'Open a result document (from handoff compare or run with --json), or a scenario file to run it here in the browser.',
        'You can also drop a file anywhere on this page.',
      ],
      ['handoff compare scenarios/flagship-launch.yaml --json > result.json', 'handoff view result.json'],
    );
    return;
  }
  const table = el('div', { className: 'card wide' }, el('h3', { text: 'Headline metrics' }));
  const tableBody = el('div', { className: 'table-scroll' });
  table.append(tableBody);
  renderHeadlineTable(tableBody, headlineTable(doc));
  const grid = el('div', { className: 'grid', attrs: { id: 'compare-grid' } });
  container.replaceChildren(runSummary(doc, provisionalOf(model)), table, grid);
  compareCharts(grid, doc, { logTime: model.view.logTime ?? false, onLogTime: (on) => actions.setView({ logTime: on || undefined }) });
  actions.chartsDrawn();
};

/**
 * One line on what the results are: models, replications, seed, window; and, when `provisional`,
 * a note that the document is every model's first replications of a longer run (`of` each), the
 * rest still `running` or stopped.
 */
export function runSummary(doc: ResultDocument, provisional: { of: number; running: boolean } | null = null): HTMLElement {
  const models = doc.results.map((r) => r.model).join(', ');
  const line = el('p', {
    className: 'run-summary',
    text: `${doc.results.length} model${doc.results.length === 1 ? '' : 's'} (${models}) × ${doc.replications} replications, seed ${String(doc.seed)}; horizon ${Math.round(doc.scenario.horizonHours / 24)} days, the first ${Math.round(doc.scenario.warmupHours / 24)} days of warm-up not counted.`,
  });
  if (provisional === null) return line;
  const then = provisional.running ? 'the whole run replaces it when it is done' : 'the run was stopped before the rest';
  const note = el('p', {
    className: 'notice provisional',
    text: `Provisional answer: the first ${doc.replications} of ${provisional.of} replications of each model (what a run of ${doc.replications} gives). The intervals are wider; ${then}.`,
  });
  return el('div', {}, line, note);
}

/** How runSummary describes a provisional document on screen (null: the document is whole). */
export function provisionalOf(model: AppModel): { of: number; running: boolean } | null {
  return model.provisionalOf === null ? null : { of: model.provisionalOf, running: model.status.state === 'running' };
}

/** Shown while the first results are on their way. */
export function waiting(container: HTMLElement, line: string): void {
  container.replaceChildren(el('div', { className: 'empty-view' }, el('h2', { text: 'Running the simulation…' }), el('p', { text: line })));
}

export type { ViewActions };
