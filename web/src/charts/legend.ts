import { select } from 'd3';

/** One legend entry: a swatch colour (or pattern class), a label and optional extra text. */
export interface LegendItem {
  colour: string;
  label: string;
  note?: string;
  /** 'line', 'box' (default), 'hatch' or a symbol glyph drawn as text. */
  shape?: 'line' | 'box' | 'hatch' | 'dash' | 'outline';
  glyph?: string;
}

/** Renders a legend under a chart (HTML, text only); called again it updates in place. */
export function legend(element: HTMLElement, items: readonly LegendItem[], title?: string): void {
  const root = select(element)
    .selectAll<HTMLDivElement, null>('div.legend')
    .data([null])
    .join('div')
    .attr('class', 'legend');
  root
    .selectAll('span.legend-title')
    .data(title ? [title] : [])
    .join('span')
    .attr('class', 'legend-title')
    .text((d) => d);
  const entries = root
    .selectAll<HTMLSpanElement, LegendItem>('span.legend-item')
    .data(items, (d) => d.label)
    .join((enter) => {
      const span = enter.append('span').attr('class', 'legend-item');
      span.append('span').attr('class', 'swatch').attr('aria-hidden', 'true');
      span.append('span').attr('class', 'legend-label');
      span.append('span').attr('class', 'legend-note');
      return span;
    });
  entries
    .select<HTMLSpanElement>('span.swatch')
    .attr('class', (d) => `swatch swatch-${d.shape ?? 'box'}`)
    .style('--swatch', (d) => d.colour)
    .text((d) => d.glyph ?? '');
  entries.select('span.legend-label').text((d) => d.label);
  entries.select('span.legend-note').text((d) => d.note ?? '');
}
