import { select } from 'd3';
import type { AppendixTable } from '../transforms/assumptions-appendix.js';

/** Renders the assumptions appendix as a text table (safe to call again on the same element). */
export function renderAppendixTable(element: HTMLElement, table: AppendixTable): void {
  const t = select(element).selectAll<HTMLTableElement, null>('table.assumptions').data([null]).join('table').attr('class', 'data assumptions');
  t.selectAll('caption').data([table.note]).join('caption').text((d) => d);
  t.selectAll('thead').data([table.columns]).join('thead').selectAll('tr').data((d) => [d]).join('tr')
    .selectAll('th').data((d) => d).join('th').attr('scope', 'col').text((d) => d);
  t.selectAll('tbody').data([table.rows]).join('tbody').selectAll('tr').data((d) => d).join('tr')
    .attr('class', (d) => (d.set ? 'set' : null))
    .selectAll('td').data((d) => d.cells).join('td').text((d) => d);
}
