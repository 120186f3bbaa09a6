import type { DecisionDocument } from '../../../../src/sim/decide/decision-request.js';
import { METRIC_KEYS, PERCENTILE_METRICS } from '../../../../src/sim/decide/metric-keys.js';
import { instantAtOffset } from '../../../../src/sim/decide/decision-request.js';
import type { DecideLevers } from '../../transforms/decide-levers.js';
import { el } from '../dom.js';

/** A labelled input that reports its value on change. */
function field(label: string, name: string, value: string, attrs: Record<string, string | number>, onChange: (v: string) => void): HTMLLabelElement {
  const input = el('input', { attrs: { name, ...attrs } });
  input.value = value;
  input.addEventListener('change', () => onChange(input.value.trim()));
  return el('label', { className: 'field' }, el('span', { text: label }), input);
}

/** Every "metric[.statistic]" a sensitivity may read. */
function metricChoices(): string[] {
  return METRIC_KEYS.flatMap((m) => [m, ...(PERCENTILE_METRICS[m] ?? []).map((s) => `${m}.${s}`)]);
}

/**
 * The levers of a decision document's kind, showing the values in force (the URL's, else the
 * document's); a change hands the new levers to `onChange`.
 */
export function leversForm(doc: DecisionDocument, levers: DecideLevers, onChange: (next: DecideLevers) => void): HTMLElement {
  const set = (patch: DecideLevers) => onChange({ ...levers, ...patch });
  const fields: HTMLElement[] = [];
  if (doc.kind === 'size') {
    const targets = levers.targets ?? doc.targets.map((t) => t.text);
    targets.forEach((text, i) => {
      const m = /^(.*?)(<=|>=)(.*)$/.exec(text);
      if (!m) return;
      fields.push(field(`Target: ${m[1]} ${m[2] === '<=' ? 'at most' : 'at least'}`, `target-${i}`, m[3], { type: 'number', step: 'any' }, (v) => {
        if (v === '' || !Number.isFinite(Number(v))) return;
        set({ targets: targets.map((t, j) => (j === i ? `${m[1]}${m[2]}${Number(v)}` : t)) });
      }));
    });
    fields.push(field('Confidence (0–1)', 'confidence', String(levers.confidence ?? doc.confidence), { type: 'number', step: 0.01, min: 0.5, max: 0.999 }, (v) => {
      const c = Number(v);
      if (c > 0 && c < 1) set({ confidence: c });
    }));
  } else if (doc.kind === 'odds') {
    const current = levers.deadline ?? instantAtOffset(doc.deadline, doc.deadlineOffset);
    const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(current)?.[1] ?? doc.deadlineOffset;
    fields.push(field(`Deadline (${offset})`, 'deadline', current.slice(0, 16), { type: 'datetime-local' }, (v) => {
      if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) set({ deadline: `${v}${offset}` });
    }));
  } else if (doc.kind === 'pilot') {
    const weeks = levers.weeks ?? doc.lengths.filter((l) => l.requested).map((l) => l.weeks);
    fields.push(field('Pilot lengths (weeks)', 'weeks', weeks.join(','), { type: 'text', inputmode: 'numeric', pattern: '[0-9, ]+' }, (v) => {
      const list = v.split(',').map((w) => Number(w.trim())).filter((w) => w !== 0);
      if (list.length > 0 && list.every((w) => Number.isInteger(w) && w >= 1 && w <= 520)) set({ weeks: [...new Set(list)].sort((a, b) => a - b) });
    }));
    fields.push(field('α (significance)', 'alpha', String(levers.alpha ?? doc.alpha), { type: 'number', step: 0.01, min: 0.001, max: 0.5 }, (v) => {
      const a = Number(v);
      if (a > 0 && a < 1) set({ alpha: a });
    }));
  } else {
    const select = el('select', { attrs: { name: 'metric' } });
    for (const m of metricChoices()) select.append(el('option', { text: m, attrs: { value: m } }));
    select.value = levers.metric ?? doc.metric;
    select.addEventListener('change', () => set({ metric: select.value }));
    fields.push(el('label', { className: 'field' }, el('span', { text: 'Metric' }), select));
  }
  const reset = el('button', { text: 'The document’s own settings', attrs: { type: 'button', name: 'reset' }, on: { click: () => onChange({}) } });
  reset.disabled = Object.keys(levers).length === 0;
  return el('div', { className: 'toolbar wrap decide-levers' }, ...fields, reset);
}
