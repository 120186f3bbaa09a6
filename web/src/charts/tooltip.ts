import { select } from 'd3';

/** A tooltip box inside a chart's element: lines of text, positioned near the pointer. */
export function showTooltip(element: HTMLElement, lines: readonly string[], at: { x: number; y: number }): void {
  const tip = select(element)
    .selectAll<HTMLDivElement, null>('div.tooltip')
    .data([null])
    .join('div')
    .attr('class', 'tooltip')
    .attr('role', 'status');
  tip
    .selectAll('div')
    .data(lines)
    .join('div')
    .attr('class', (_, i) => (i === 0 ? 'tooltip-head' : 'tooltip-line'))
    .text((d) => d);
  const box = element.getBoundingClientRect();
  const node = tip.node()!;
  const x = Math.min(Math.max(0, at.x - box.left + 14), Math.max(0, box.width - node.offsetWidth - 4));
  const y = at.y - box.top + 14;
  tip.style('left', `${x}px`).style('top', `${y}px`).style('display', 'block');
}

/** Hides the tooltip of a chart. */
export function hideTooltip(element: HTMLElement): void {
  select(element).selectAll<HTMLDivElement, null>('div.tooltip').style('display', 'none');
}
