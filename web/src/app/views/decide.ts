import { requestOf, type DecisionDocument, type DecisionRequest } from '../../../../src/sim/decide/decision-request.js';
import { decisionSentences } from '../../../../src/sim/decide/decision-sentence.js';
import { decisionTitle, requestKey, withLevers } from '../../transforms/decide-levers.js';
import type { DecideModel } from '../decide-model.js';
import { el, replaceChildren } from '../dom.js';
import type { View, ViewActions } from './context.js';
import { decisionCharts } from './decide-charts.js';
import { leversForm } from './decide-levers-form.js';
import { emptyView } from './empty.js';

/** Starts the re-run of `request` in the worker; the view is drawn again when it answers. */
function rerun(d: DecideModel, scenarioText: string, request: DecisionRequest, key: string, actions: ViewActions): void {
  d.runningKey = key;
  d.replicationsDone = 0;
  d.message = 'Re-running in the page…';
  d.client.run(scenarioText, request, (reply) => {
    if (d.runningKey !== key) return;
    if (reply.type === 'progress') {
      d.replicationsDone = reply.replications;
      d.message = `Re-running in the page: ${reply.replications} replications so far…`;
      const status = document.getElementById('decide-status');
      if (status) status.textContent = d.message;
      return;
    }
    d.runningKey = null;
    d.resultKey = key;
    d.result = reply.type === 'done' ? reply.document : null;
    d.problems = reply.type === 'problems' ? reply.problems : reply.type === 'failed' ? [reply.message] : [];
    d.message = reply.type === 'done' ? `Re-ran in the page in ${(reply.elapsedMs / 1000).toFixed(1)} s.` : 'The re-run could not be made:';
    actions.setView({});
  });
}

/** The header of a decision: what was asked, the answer in a sentence per result. */
function answer(doc: DecisionDocument, stale: boolean): HTMLElement {
  return el(
    'section',
    { className: 'card wide decide-answer', attrs: { 'data-kind': doc.kind, 'data-stale': String(stale) } },
    el('h3', { text: decisionTitle(doc) }),
    el('ul', { className: 'findings decide-sentences' }, ...decisionSentences(doc).map((s) => el('li', { text: s }))),
  );
}

/** Decide: a size, odds, pilot or sensitivity document as charts with its answer in words; its levers re-run it in the page. */
export const decideView: View = (container, model, actions) => {
  const d = model.decide;
  if (!d) {
    emptyView(
      container,
      actions,
      'Open a decision document',
      ['handoff size, odds, pilot and sensitivity answer a decision: the cheapest team that meets a target, the odds of a date, how long a pilot must run, which assumptions matter. Open the JSON document one of them wrote (with --json or --out) to see its charts; the levers re-run it here.'],
      ["handoff odds scenarios/flagship-launch.yaml --deadline 2026-03-13T17:00+01:00 --out odds.json", 'handoff view odds.json'],
    );
    return;
  }
  const levers = model.view.decide ?? {};
  const base = requestOf(d.opened);
  const request = withLevers(base, levers);
  const key = requestKey(request);
  const own = key === requestKey(base);
  if (own) {
    if (d.runningKey !== null) d.client.stop();
    d.runningKey = null;
  } else if (d.resultKey !== key && d.runningKey !== key && model.scenarioText) {
    rerun(d, model.scenarioText, request, key, actions);
  }
  const fresh = own ? d.opened : d.resultKey === key ? d.result : null;
  const shown = fresh ?? (d.result && d.resultKey !== null ? d.result : d.opened);
  const state = own ? 'document' : d.runningKey === key ? 'running' : d.resultKey === key ? (d.result ? 'done' : 'failed') : 'no-scenario';
  const note =
    state === 'no-scenario'
      ? 'These levers need the scenario the document came from: open it too (or run handoff view with --scenario). Showing the document as written.'
      : state === 'document'
        ? `As written by handoff ${d.opened.kind}${model.scenarioText ? '; move a lever to re-run it in the page.' : ' (no scenario: the levers cannot re-run it).'}`
        : d.message;
  const status = el('p', { className: 'decide-status', text: note, attrs: { id: 'decide-status', 'data-state': state, role: 'status' } });
  const problems = state === 'failed' ? el('ul', { className: 'problems' }, ...d.problems.map((p) => el('li', { text: p }))) : null;
  const charts = el('div', { className: 'decide-charts' });
  replaceChildren(
    container,
    leversForm(d.opened, levers, (next) => actions.setView({ decide: Object.keys(next).length > 0 ? next : undefined })),
    status,
    problems,
    answer(shown, fresh === null),
    charts,
    el('p', { className: 'fine-print', text: `Handoff ${shown.kind} document, schema v${shown.schemaVersion}; seed ${String(shown.seed)}. ${'procedure' in shown && typeof shown.procedure === 'object' && shown.procedure !== null && 'statement' in shown.procedure ? String(shown.procedure.statement) : ''}` }),
  );
  decisionCharts(charts, shown);
  actions.chartsDrawn();
};
