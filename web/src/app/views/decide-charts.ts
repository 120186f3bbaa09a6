import type { DecisionDocument } from '../../../../src/sim/decide/decision-request.js';
import { formatAtOffset } from '../../../../src/sim/decide/deadline.js';
import { renderProbabilityCurves } from '../../charts/probability-curves.js';
import { renderScatter } from '../../charts/scatter.js';
import { renderTornado } from '../../charts/tornado.js';
import { modelColour, OKABE_ITO } from '../../charts/palette.js';
import { oddsChart } from '../../transforms/decide-odds-curve.js';
import { paretoChart } from '../../transforms/decide-pareto.js';
import { powerChart } from '../../transforms/decide-power.js';
import { tornado } from '../../transforms/decide-tornado.js';
import { formatNumber } from '../../transforms/format.js';
import { card } from '../dom.js';

const VERDICTS = [
  { group: 'meets', colour: OKABE_ITO.green, label: 'meets the target' },
  { group: 'fails', colour: OKABE_ITO.vermillion, label: 'fails it' },
  { group: 'undecided', colour: OKABE_ITO.grey, label: 'undecided at the cap' },
];
const pct = (p: number | null) => (p === null ? '—' : `${Math.round(p * 1000) / 10}%`);
const interval = (i: [number, number] | null) => (i ? `[${formatNumber(i[0])}, ${formatNumber(i[1])}]` : '—');

/** Size: per target, cost against the metric for every candidate (interval whiskers, verdict colour), the front, the bound and the answer. */
function sizeCharts(doc: Extract<DecisionDocument, { kind: 'size' }>, place: (card: HTMLElement) => void): void {
  doc.targets.forEach((_, i) => {
    const chart = paretoChart(doc, i);
    const c = card(`${chart.costName} against ${chart.metric}`, `Every candidate setting with its 95%-procedure interval; the line joins the Pareto front (no other setting is both cheaper and better); ${chart.target} is the target${chart.unmeasured ? `; ${chart.unmeasured} candidate(s) without a value are not drawn` : ''}.`, 'wide');
    c.root.dataset.chart = 'pareto';
    place(c.root);
    renderScatter(
      c.body,
      chart.points.map((p) => ({
        key: String(p.index),
        label: `#${p.index} ${p.label}`,
        x: p.cost,
        y: p.value,
        xInterval: p.costInterval,
        yInterval: p.interval,
        group: p.verdict,
        marked: p.chosen,
        // Few candidates: each is labelled with its setting; many: only the chosen one.
        ...(p.chosen ? { note: `chosen: ${p.label}` } : chart.points.length <= 12 ? { note: p.label } : {}),
      })),
      {
        title: `${chart.costName} against ${chart.metric}, by candidate`,
        description: `${chart.points.length} candidates; ${chart.front.length} on the Pareto front; target ${chart.target}.`,
        xLabel: chart.costName,
        yLabel: chart.metric,
        groups: VERDICTS,
        path: chart.front.map((p) => ({ x: p.cost, y: p.value })),
        pathLabel: 'Pareto front',
        hLine: { y: chart.bound, label: `target ${chart.target}` },
        markLabel: 'chosen',
        table: {
          caption: `Candidates of the size document against ${chart.target}`,
          header: ['candidate', chart.costName, chart.metric, 'interval', 'verdict', 'replications', 'front'],
          rows: chart.points.map((p) => [`#${p.index} ${p.label}`, formatNumber(p.cost), formatNumber(p.value), interval(p.interval), p.verdict + (p.chosen ? ' (chosen)' : ''), String(p.replications), p.onFront ? 'yes' : '']),
        },
      },
    );
  });
}

/** Odds: the probability-by-date curve per model, the deadline, and the 50/85/95% dates marked. */
function oddsCharts(doc: Extract<DecisionDocument, { kind: 'odds' }>, place: (card: HTMLElement) => void): void {
  const chart = oddsChart(doc);
  const at = (hours: number) => formatAtOffset(new Date(chart.originMs + hours * 3_600_000).toISOString(), chart.offset);
  const c = card('Probability that every asset is approved, by date', `Share of simulated runs in which the whole set is approved by each date; the deadline and each model's 50%, 85% and 95% dates are marked. Dates at ${chart.offset}.`, 'wide');
  c.root.dataset.chart = 'odds';
  place(c.root);
  renderProbabilityCurves(
    c.body,
    chart.curves.map((m) => ({
      key: m.model,
      label: `${m.model}: ${pct(m.atDeadline.probability)} by the deadline`,
      colour: modelColour(m.model),
      steps: true,
      points: m.points.map((p) => ({ x: p.hours, p: p.probability })),
      marks: m.marks.flatMap((k) => (k.hours === null ? [] : [{ x: k.hours, p: k.probability, label: `${Math.round(k.probability * 100)}%` }])),
    })),
    {
      title: 'Probability of completion by date',
      description: chart.curves.map((m) => `${m.model}: ${pct(m.atDeadline.probability)} by the deadline`).join('; '),
      xLabel: `date (${chart.offset})`,
      xDomain: [0, chart.maxHours],
      xFormat: (h) => at(h).slice(5, 16),
      yLabel: 'probability every asset is approved',
      vRules: [{ x: chart.deadlineHours, label: `deadline ${at(chart.deadlineHours)}` }],
      table: {
        caption: 'Probability by the deadline and the 50/85/95% dates, per model',
        header: ['model', 'by the deadline', '95% interval', ...chart.curves[0].marks.map((k) => `${Math.round(k.probability * 100)}% date`)],
        rows: chart.curves.map((m) => [m.model, pct(m.atDeadline.probability), `${pct(m.atDeadline.ci95[0])}–${pct(m.atDeadline.ci95[1])}`, ...m.marks.map((k) => (k.hours === null ? 'beyond the horizon' : at(k.hours)))]),
      },
    },
  );
}

/** Pilot: each test's power against pilot length with its interval, the power target and α. */
function pilotCharts(doc: Extract<DecisionDocument, { kind: 'pilot' }>, place: (card: HTMLElement) => void): void {
  const chart = powerChart(doc);
  const colours = { cycleTime: OKABE_ITO.blue, rework: OKABE_ITO.orange };
  const c = card('Power against pilot length', `Share of simulated pilots in which the team's test finds the difference at α = ${chart.alpha}, with 95% intervals; ${pct(chart.target)} power marked.`, 'wide');
  c.root.dataset.chart = 'power';
  place(c.root);
  renderProbabilityCurves(
    c.body,
    chart.series.map((s) => ({ key: s.test, label: `${s.label}: ${s.weeksNeeded === null ? `no length up to ${chart.maxWeeks} weeks reaches ${pct(chart.target)}` : `${s.weeksNeeded} weeks for ${pct(chart.target)}`}`, colour: colours[s.test], steps: false, points: s.points.map((p) => ({ x: p.weeks, p: p.power, lo: p.ci95[0], hi: p.ci95[1] })) })),
    {
      title: 'Power of each test by pilot length',
      description: chart.series.map((s) => `${s.label}: ${s.points.map((p) => `${p.weeks} weeks ${pct(p.power)}`).join(', ')}`).join('; '),
      xLabel: 'pilot length (weeks)',
      xDomain: [0.5, chart.maxWeeks + 0.5],
      xFormat: (w) => (Number.isInteger(w) ? String(w) : ''),
      yLabel: 'power',
      hRules: [{ p: chart.target, label: `${pct(chart.target)} power` }],
      vRules: chart.series.flatMap((s) => (s.weeksNeeded === null ? [] : [{ x: s.weeksNeeded, label: `${s.test === 'cycleTime' ? 'cycle time' : 'rework'}: ${s.weeksNeeded} wk` }])),
      table: {
        caption: 'Power of each test by pilot length (95% interval)',
        header: ['weeks', ...chart.series.map((s) => s.label)],
        rows: Array.from({ length: chart.maxWeeks }, (_, i) => [String(i + 1), ...chart.series.map((s) => {
          const p = s.points.find((q) => q.weeks === i + 1);
          return p ? `${pct(p.power)} [${pct(p.ci95[0])}, ${pct(p.ci95[1])}]` : 'not testable';
        })]),
      },
    },
  );
}

/** Sensitivity: the tornado, and Morris μ* against σ when the document has them. */
function sensitivityCharts(doc: Extract<DecisionDocument, { kind: 'sensitivity' }>, place: (card: HTMLElement) => void): void {
  const t = tornado(doc);
  const unit = /Hours/.test(doc.metric) ? 'hours' : '';
  const c = card(`Tornado: what moves ${doc.metric}`, `Each assumption of the register at its plausible low and high, the rest as the scenario has them; paired runs (${doc.replications} each), 95% intervals.${t.hidden ? ` The ${t.hidden} smallest swings are left out.` : ''}`, 'wide');
  c.root.dataset.chart = 'tornado';
  place(c.root);
  renderTornado(c.body, t, unit);
  if (t.morris) {
    const m = card('Elementary effects (Morris)', 'μ*: how much an assumption matters on average; σ: how much its effect depends on the others (interactions, or an effect that is not monotone).', 'wide');
    m.root.dataset.chart = 'morris';
    place(m.root);
    renderScatter(m.body, t.morris.map((p, i) => ({ key: p.parameter, label: p.parameter, x: p.muStar, y: p.sigma, group: 'lever', ...(i < 5 ? { note: p.parameter } : {}) })), {
      title: `Morris μ* against σ for ${doc.metric}`,
      description: t.morris.slice(0, 3).map((p) => `${p.parameter}: μ* ${formatNumber(p.muStar)}, σ ${formatNumber(p.sigma)}`).join('; '),
      xLabel: `μ* (mean |effect|${unit ? `, ${unit}` : ''})`,
      yLabel: 'σ (sd of the effects)',
      groups: [{ group: 'lever', colour: OKABE_ITO.blue, label: 'assumption' }],
      table: { caption: 'Elementary effects by assumption', header: ['assumption', 'μ*', 'σ'], rows: t.morris.map((p) => [p.parameter, formatNumber(p.muStar), formatNumber(p.sigma)]) },
    });
  }
}

/** Draws the charts of a decision document, each in a card appended to `container` before it is drawn (so it takes the page's width). */
export function decisionCharts(container: HTMLElement, doc: DecisionDocument): void {
  const place = (c: HTMLElement) => container.append(c);
  if (doc.kind === 'size') sizeCharts(doc, place);
  else if (doc.kind === 'odds') oddsCharts(doc, place);
  else if (doc.kind === 'pilot') pilotCharts(doc, place);
  else sensitivityCharts(doc, place);
}
