import { el } from './dom.js';
import type { AppModel } from './model.js';
import { VIEWS, type ViewName } from '../transforms/url-state.js';

/** Tab labels of the views. */
export const VIEW_LABELS: Record<ViewName, string> = {
  compare: 'Compare',
  timeline: 'Timeline',
  'over-time': 'Over time',
  sweep: 'Sweep',
  'what-if': 'What-if',
  decide: 'Decide',
  report: 'Report',
  backtest: 'Backtest',
};

/** The fixed parts of the page; the app fills them. */
export interface Layout {
  title: HTMLHeadingElement;
  description: HTMLParagraphElement;
  sources: HTMLParagraphElement;
  tabs: Map<ViewName, HTMLButtonElement>;
  status: HTMLDivElement;
  progress: HTMLProgressElement;
  statusText: HTMLSpanElement;
  stopButton: HTMLButtonElement;
  problems: HTMLUListElement;
  notice: HTMLDivElement;
  main: HTMLElement;
  fileInput: HTMLInputElement;
  dropOverlay: HTMLDivElement;
}

/** Builds the page skeleton into `root`. */
export function buildLayout(root: HTMLElement, handlers: { onTab: (view: ViewName) => void; onOpen: () => void; onStop: () => void }): Layout {
  const title = el('h1', { text: 'Handoff viewer' });
  const description = el('p', { className: 'description' });
  const sources = el('p', { className: 'sources' });
  const fileInput = el('input', { attrs: { type: 'file', accept: '.json,.yaml,.yml,application/json,text/yaml', hidden: true, 'aria-hidden': 'true' } });
  const openButton = el('button', { className: 'primary', text: 'Open file…', attrs: { type: 'button', title: 'Open a result document, a sweep document or a scenario (.json, .yaml)' }, on: { click: handlers.onOpen } });
  const tabs = new Map<ViewName, HTMLButtonElement>();
  const tablist = el('nav', { className: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Views' } });
  for (const view of VIEWS) {
    const b = el('button', { text: VIEW_LABELS[view], attrs: { type: 'button', role: 'tab', id: `tab-${view}`, 'aria-controls': 'view' }, on: { click: () => handlers.onTab(view) } });
    tabs.set(view, b);
    tablist.append(b);
  }
  const progress = el('progress', { attrs: { max: 1, value: 0 } });
  const statusText = el('span', { className: 'status-text' });
  const stopButton = el('button', { text: 'Stop', attrs: { type: 'button' }, on: { click: handlers.onStop } });
  const problems = el('ul', { className: 'problems' });
  const status = el('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } }, progress, statusText, stopButton, problems);
  const notice = el('div', { className: 'notice-bar', attrs: { role: 'alert' } });
  const main = el('main', { attrs: { id: 'view', role: 'tabpanel', tabindex: -1 } });
  const dropOverlay = el('div', { className: 'drop-overlay', attrs: { 'aria-hidden': 'true' } }, el('p', { text: 'Drop a result document, a sweep or a scenario file' }));
  root.replaceChildren(
    el(
      'header',
      { className: 'top' },
      el('div', { className: 'brand' }, el('span', { className: 'logo', text: 'Handoff', attrs: { 'aria-hidden': 'true' } }), el('span', { className: 'tagline', text: 'review pipelines, simulated' })),
      el('div', { className: 'doc-title' }, title, description, sources),
      el('div', { className: 'top-actions' }, openButton, fileInput),
    ),
    tablist,
    status,
    notice,
    main,
    dropOverlay,
  );
  return { title, description, sources, tabs, status, progress, statusText, stopButton, problems, notice, main, fileInput, dropOverlay };
}

/** Updates the header, tabs and status from the model (all text). */
export function updateChrome(layout: Layout, model: AppModel): void {
  const scenario = model.document?.scenario ?? model.sweep?.scenario ?? model.backtest?.scenario ?? model.decide?.opened.scenario ?? null;
  layout.title.textContent = scenario?.name ?? (model.scenarioText ? 'Scenario' : 'Handoff viewer');
  layout.description.textContent = scenario?.description ?? (scenario ? '' : 'Compare sync, async, hybrid and event-driven review at a glance.');
  const sources = [model.source, model.scenarioSource].filter((s): s is string => Boolean(s));
  layout.sources.textContent = sources.length ? `Opened: ${sources.join(' · ')}` : '';
  document.title = scenario ? `${scenario.name} — Handoff` : 'Handoff viewer';
  for (const [view, tab] of layout.tabs) {
    const selected = view === model.view.view;
    tab.setAttribute('aria-selected', String(selected));
    tab.classList.toggle('selected', selected);
    tab.tabIndex = selected ? 0 : -1;
  }
  layout.main.setAttribute('aria-labelledby', `tab-${model.view.view}`);
  updateStatus(layout, model);
  layout.notice.textContent = model.notice ?? '';
  layout.notice.hidden = !model.notice;
}

/** Updates only the status line (progress arrives often). */
export function updateStatus(layout: Layout, model: AppModel): void {
  const s = model.status;
  layout.status.dataset.state = s.state;
  layout.status.hidden = s.state === 'idle';
  layout.progress.hidden = s.state !== 'running';
  layout.progress.max = Math.max(1, s.total);
  layout.progress.value = s.done;
  layout.stopButton.hidden = s.state !== 'running';
  layout.statusText.textContent = s.message;
  layout.problems.replaceChildren(...s.problems.map((p) => el('li', { text: p })));
  document.documentElement.dataset.runState = s.state;
}
