import { whatIfDeltas, type DeltaTable } from '../../transforms/what-if-deltas.js';
import {
  CADENCE_CHOICES,
  CLARITY_STEP,
  ESCALATION_CHOICES,
  isBaseline,
  LENGTH_CHOICES,
  leverOptions,
  overrideText,
  setLever,
  SLA_CHOICES,
  whatIfOverrides,
  type WhatIfBaseline,
  type WhatIfState,
} from '../../transforms/what-if.js';
import { modelColour } from '../../charts/palette.js';
import { el } from '../dom.js';
import { documentValues, type AppModel } from '../model.js';
import type { View, ViewActions } from './context.js';
import { emptyView } from './empty.js';
import { compareCharts, provisionalOf, runSummary } from './compare.js';

const REPLICATION_CHOICES = [10, 30, 100, 200];

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = `lever-${label.replace(/\W+/g, '-').toLowerCase()}`;
  control.id = id;
  return el('div', { className: 'lever' }, el('label', { text: label, attrs: { for: id } }), control, hint ? el('p', { className: 'lever-hint', text: hint }) : null);
}

function choices(values: readonly string[], current: string | null, fileText: string): HTMLSelectElement {
  const s = el('select');
  for (const v of leverOptions(values, current)) {
    s.append(el('option', { text: v === '' ? `none (${fileText})` : v === current ? `${v} (${fileText})` : v, attrs: { value: v } }));
  }
  return s;
}

function levers(model: AppModel, baseline: WhatIfBaseline, actions: ViewActions): HTMLElement {
  const state = model.view.whatIf;
  const set = <K extends keyof WhatIfState>(lever: K, value: WhatIfState[K]) => actions.setWhatIf(setLever(baseline, state, lever, value));
  const fields: HTMLElement[] = [];

  for (const g of baseline.reviewerGroups) {
    const input = el('input', { attrs: { type: 'number', min: 1, max: 200, step: 1 } });
    input.value = String(state.reviewers?.[g.group] ?? g.count);
    input.addEventListener('change', () => {
      const n = Math.round(Number(input.value));
      if (Number.isFinite(n) && n >= 1 && n <= 200) set('reviewers', { [g.group]: n });
    });
    fields.push(field(baseline.reviewerGroups.length === 1 ? 'Reviewers' : `Reviewers (${g.group})`, input, `team.${g.group}.count — ${g.count} in the file`));
  }
  const sla = choices(SLA_CHOICES, baseline.sla, 'as in the file');
  sla.value = state.sla ?? baseline.sla ?? '';
  sla.addEventListener('change', () => set('sla', sla.value || undefined));
  fields.push(field('First-response SLA', sla, 'async.sla.firstResponse, business hours'));
  const esc = choices(ESCALATION_CHOICES, baseline.escalation, 'as in the file');
  esc.value = state.escalation ?? baseline.escalation ?? '';
  esc.addEventListener('change', () => set('escalation', esc.value || undefined));
  fields.push(field('Escalate after', esc, 'async.escalation.after'));

  const cadence = el('select');
  for (const c of CADENCE_CHOICES) cadence.append(el('option', { text: c === baseline.cadence ? `${c} (as in the file)` : c, attrs: { value: c } }));
  cadence.value = state.cadence ?? baseline.cadence;
  cadence.addEventListener('change', () => set('cadence', cadence.value as WhatIfState['cadence']));
  fields.push(field('Meeting cadence', cadence, 'sync.cadence — sync and hybrid'));
  const length = choices(LENGTH_CHOICES, baseline.meetingLength, 'as in the file');
  length.value = state.meetingLength ?? baseline.meetingLength;
  length.addEventListener('change', () => set('meetingLength', length.value));
  fields.push(field('Meeting length', length, 'sync.duration'));

  if (baseline.clarity !== null) {
    const range = el('input', { attrs: { type: 'range', min: 0, max: 1, step: CLARITY_STEP } });
    const shown = el('output', { className: 'range-value' });
    const value = state.clarity ?? baseline.clarity;
    range.value = String(value);
    shown.textContent = value.toFixed(2);
    range.addEventListener('input', () => (shown.textContent = Number(range.value).toFixed(2)));
    range.addEventListener('change', () => set('clarity', Number(range.value)));
    const wrap = el('div', { className: 'range' }, range, shown);
    const f = field('Brief clarity', wrap, `work.campaigns.*.clarity — 0 ambiguous, 1 clear; ${baseline.clarity.toFixed(2)} in the file`);
    f.querySelector('label')!.setAttribute('for', (range.id = 'lever-clarity-range'));
    fields.push(f);
  }
  if (baseline.channels !== null) {
    const input = el('input', { attrs: { type: 'number', min: 1, max: 60, step: 1 } });
    input.value = String(state.channels ?? baseline.channels);
    input.addEventListener('change', () => {
      const n = Math.round(Number(input.value));
      if (Number.isFinite(n) && n >= 1 && n <= 60) set('channels', n);
    });
    fields.push(field('Channels per campaign', input, `work.campaigns.*.channels — ${baseline.channels} in the file`));
  }
  const toggle = (label: string, lever: 'preflight' | 'dashboard', hint: string) => {
    const box = el('input', { attrs: { type: 'checkbox' } });
    box.checked = state[lever] ?? baseline[lever];
    box.addEventListener('change', () => set(lever, box.checked));
    const id = `lever-${lever}`;
    box.id = id;
    return el('div', { className: 'lever toggle' }, box, el('label', { text: label, attrs: { for: id } }), el('p', { className: 'lever-hint', text: hint }));
  };
  fields.push(toggle('Pre-flight checks', 'preflight', `preflight.enabled — ${baseline.preflight ? 'on' : 'off'} in the file`));
  fields.push(toggle('Queue dashboard', 'dashboard', `async.dashboard — ${baseline.dashboard ? 'on' : 'off'} in the file; without it, chat pings`));

  const reps = el('select');
  const fileReps = model.runReplications ?? 0;
  for (const n of [...new Set([fileReps, ...REPLICATION_CHOICES])].filter((n) => n > 0).sort((a, b) => a - b)) {
    reps.append(el('option', { text: n === fileReps ? `${n} (as opened)` : String(n), attrs: { value: n } }));
  }
  reps.value = String(model.view.replications ?? fileReps);
  reps.addEventListener('change', () => actions.setView({ replications: Number(reps.value) === fileReps ? undefined : Number(reps.value) }));
  fields.push(field('Replications per model', reps, 'more: tighter intervals, longer runs'));

  const overrides = overrideText(whatIfOverrides(baseline, state));
  return el(
    'form',
    { className: 'levers', attrs: { 'aria-label': 'What-if levers' }, on: { submit: (e) => e.preventDefault() } },
    ...fields,
    el(
      'div',
      { className: 'lever-actions' },
      el('button', { text: 'Reset to the scenario', attrs: { type: 'button', disabled: isBaseline(state) }, on: { click: () => actions.setWhatIf({}) } }),
    ),
    el('div', { className: 'overrides' }, el('h4', { text: 'Settings changed' }), overrides.length ? el('pre', {}, el('code', { text: overrides.join('\n') })) : el('p', { text: 'None: the results are the scenario’s own.' })),
  );
}

function deltaTable(table: DeltaTable): HTMLElement {
  const head = el('tr', {}, el('th', { text: 'figure', attrs: { scope: 'col' } }), ...table.models.map((m) => el('th', { text: m, className: 'model', attrs: { scope: 'col', style: `--model: ${modelColour(m)}` } })));
  const body = table.rows.map((row) =>
    el(
      'tr',
      {},
      el('th', { text: row.label, attrs: { scope: 'row' } }),
      ...row.cells.map((c) => {
        // A change within noise is not coloured as better or worse: the runs cannot tell yet.
        const shown = c.clear === false ? 'unclear' : c.direction;
        return el('td', { className: shown ?? '' }, el('div', { className: 'figure', text: c.text }), el('div', { className: 'detail', text: c.change + (shown === 'better' ? ' · better' : shown === 'worse' ? ' · worse' : '') }));
      }),
    ),
  );
  return el('table', { className: 'data delta-table' }, el('caption', { text: 'The scenario’s own settings → with the levers as set (means; p90 pooled). Changes within 0.5% read “no change”; a mean that moved less than the 95% interval of the difference reads “within noise” and is not called better or worse. The interval pairs the two runs replication by replication (they share their random numbers) when both ran here with the same replications; otherwise it combines their own intervals, which errs towards caution. p90 has no interval.' }), el('thead', {}, head), el('tbody', {}, ...body));
}

/** What-if: move the levers, re-run in the worker, watch every chart move. */
export const whatIfView: View = (container, model, actions) => {
  if (!model.scenarioText) {
    emptyView(container, actions, 'What-if needs the scenario', [
      model.document
        ? `To re-run “${model.document.scenario.name}” with different settings, open the scenario file it came from; the result document holds statistics, not the scenario.`
        : 'Open a scenario file (YAML or JSON) to move its levers and re-run it here.',
      'handoff view and handoff report carry the scenario when they can find it.',
    ]);
    return;
  }
  const baseline = model.baseline;
  if (!baseline) {
    container.replaceChildren(el('div', { className: 'empty-view' }, el('h2', { text: 'Reading the scenario…' })));
    return;
  }
  const results = el('div', { className: 'what-if-results' });
  container.replaceChildren(el('div', { className: 'what-if' }, levers(model, baseline, actions), results));
  const doc = model.document;
  if (!doc) {
    results.append(el('p', { className: 'run-summary', text: model.status.state === 'running' ? 'Running…' : 'No results yet.' }));
    return;
  }
  const moved = !isBaseline(model.view.whatIf);
  const provisional = provisionalOf(model);
  const parts: HTMLElement[] = [runSummary(doc, provisional)];
  if (moved && model.baseDocument && (model.status.state !== 'running' || provisional !== null)) parts.push(el('div', { className: 'table-scroll' }, deltaTable(whatIfDeltas(model.baseDocument, doc, { before: documentValues.get(model.baseDocument) ?? null, after: documentValues.get(doc) ?? null }))));
  else if (moved && model.status.state === 'running') parts.push(el('p', { className: 'notice', text: 'Re-running with the new settings… a provisional answer from every model’s first replications comes first, then the whole run.' }));
  else parts.push(el('p', { className: 'notice', text: 'Move a lever: the scenario re-runs in the background and every chart updates; the link in the address bar reproduces this view.' }));
  const grid = el('div', { className: 'grid' });
  parts.push(grid);
  results.replaceChildren(...parts);
  compareCharts(grid, doc, { logTime: model.view.logTime ?? false, only: ['cycle', 'rework', 'sla', 'waits', 'pays'] });
  actions.chartsDrawn();
};
