import { select } from 'd3';
import type { CostTable } from '../transforms/cost-table.js';
import type { HeadlineTable } from '../transforms/headline-table.js';
import { modelColour } from './palette.js';

function tableIn(element: HTMLElement, className: string) {
  return select(element)
    .selectAll<HTMLTableElement, null>(`table.${className}`)
    .data([null])
    .join('table')
    .attr('class', `data ${className}`);
}

function modelHeader(table: ReturnType<typeof tableIn>, first: string[], models: readonly string[]): void {
  const cells = [...first.map((label) => ({ label, model: '' })), ...models.map((m) => ({ label: m, model: m }))];
  table
    .selectAll('thead')
    .data([cells])
    .join('thead')
    .selectAll('tr')
    .data((d) => [d])
    .join('tr')
    .selectAll<HTMLTableCellElement, { label: string; model: string }>('th')
    .data((d) => d)
    .join('th')
    .attr('scope', 'col')
    .attr('class', (d) => (d.model ? 'model' : ''))
    .style('--model', (d) => (d.model ? modelColour(d.model) : null))
    .text((d) => d.label);
}

/** Renders the field guide's cost table with this scenario's measured numbers (text only). */
export function renderCostTable(element: HTMLElement, table: CostTable): void {
  const t = tableIn(element, 'cost-table');
  t.selectAll('caption')
    .data(['Cost table, measured: each cost type of the field guide as this scenario’s numbers (lowest of a row marked “least”, highest “most”).'])
    .join('caption')
    .text((d) => d);
  modelHeader(t, ['cost', 'measured as'], table.models);
  const rows = t
    .selectAll('tbody')
    .data([table.rows])
    .join('tbody')
    .selectAll<HTMLTableRowElement, CostTable['rows'][number]>('tr')
    .data((d) => d)
    .join('tr');
  rows
    .selectAll<HTMLTableCellElement, { text: string; header: boolean }>('th, td.measure')
    .data((r) => [
      { text: r.cost, header: true },
      { text: r.measure, header: false },
    ])
    .join((enter) => enter.append((d) => document.createElement(d.header ? 'th' : 'td')))
    .attr('scope', (d) => (d.header ? 'row' : null))
    .attr('class', (d) => (d.header ? 'cost' : 'measure'))
    .text((d) => d.text);
  const cells = rows
    .selectAll<HTMLTableCellElement, CostTable['rows'][number]['cells'][number]>('td.cell')
    .data((r) => r.cells)
    .join((enter) => {
      const td = enter.append('td').attr('class', 'cell');
      td.append('div').attr('class', 'figure');
      td.append('div').attr('class', 'detail');
      return td;
    })
    .classed('best', (d) => d.best)
    .classed('worst', (d) => d.worst);
  cells.select('div.figure').text((d) => d.text + (d.best ? ' · least' : d.worst ? ' · most' : ''));
  cells.select('div.detail').text((d) => d.detail);
}

/** Renders the headline metrics table: mean, 95% CI and the paired difference against the first model. */
export function renderHeadlineTable(element: HTMLElement, table: HeadlineTable): void {
  const t = tableIn(element, 'headline-table');
  t.selectAll('caption')
    .data([`Headline metrics: mean across replications, 95% CI below; “vs ${table.models[0] ?? 'first'}” is the paired difference (common random numbers), bold when significant.`])
    .join('caption')
    .text((d) => d);
  modelHeader(t, ['metric'], table.models);
  const rows = t
    .selectAll('tbody')
    .data([table.rows])
    .join('tbody')
    .selectAll<HTMLTableRowElement, HeadlineTable['rows'][number]>('tr')
    .data((d) => d, (d) => (d as HeadlineTable['rows'][number]).metric)
    .join((enter) => {
      const tr = enter.append('tr');
      tr.append('th').attr('scope', 'row');
      return tr;
    });
  rows.select('th').text((d) => d.label);
  const cells = rows
    .selectAll<HTMLTableCellElement, HeadlineTable['rows'][number]['cells'][number]>('td')
    .data((r) => r.cells)
    .join((enter) => {
      const td = enter.append('td');
      td.append('div').attr('class', 'figure');
      td.append('div').attr('class', 'detail ci');
      td.append('div').attr('class', 'detail diff');
      return td;
    });
  cells.select('div.figure').text((d) => d.text);
  cells.select('div.ci').text((d) => d.ci);
  cells
    .select('div.diff')
    .classed('significant', (d) => d.versusFirst?.significant ?? false)
    .classed('better', (d) => (d.versusFirst?.significant ?? false) && (d.versusFirst?.better ?? false))
    .classed('worse', (d) => (d.versusFirst?.significant ?? false) && !(d.versusFirst?.better ?? true))
    .text((d) => (d.versusFirst ? `vs ${table.models[0]}: ${d.versusFirst.text}${d.versusFirst.significant ? (d.versusFirst.better ? ' (better)' : ' (worse)') : ' (n.s.)'}` : ''));
}
