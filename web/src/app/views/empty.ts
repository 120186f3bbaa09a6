import { el } from '../dom.js';
import type { ViewActions } from './context.js';

/** A friendly empty state: what is missing, how to get it, and a button to open a file. */
export function emptyView(container: HTMLElement, actions: ViewActions, title: string, lines: readonly string[], commands: readonly string[] = []): void {
  container.replaceChildren(
    el(
      'div',
      { className: 'empty-view' },
      el('h2', { text: title }),
      ...lines.map((line) => el('p', { text: line })),
      commands.length ? el('pre', { className: 'commands' }, el('code', { text: commands.join('\n') })) : null,
      el('button', { className: 'primary', text: 'Open a file…', attrs: { type: 'button' }, on: { click: () => actions.openFile() } }),
    ),
  );
}
