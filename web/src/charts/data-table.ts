import { select } from 'd3';

/**
 * A visually hidden table with a chart's numbers, so a screen reader can read what the chart
 * shows. Every cell is text.
 */
export function dataTable(element: HTMLElement, caption: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  // A div carries the hiding: a table does not shrink below its content's width.
  const table = select(element)
    .selectAll<HTMLDivElement, null>('div.sr-only')
    .data([null])
    .join('div')
    .attr('class', 'sr-only')
    .selectAll<HTMLTableElement, null>('table')
    .data([null])
    .join('table');
  table.selectAll('caption').data([caption]).join('caption').text((d) => d);
  table
    .selectAll('thead')
    .data([header])
    .join('thead')
    .selectAll('tr')
    .data((d) => [d])
    .join('tr')
    .selectAll('th')
    .data((d) => d)
    .join('th')
    .attr('scope', 'col')
    .text((d) => d);
  table
    .selectAll('tbody')
    .data([rows])
    .join('tbody')
    .selectAll('tr')
    .data((d) => d)
    .join('tr')
    .selectAll('td')
    .data((d) => d)
    .join('td')
    .text((d) => d);
}
