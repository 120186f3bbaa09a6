import { classifyText, type OpenedFile, type ViewerData } from '../transforms/documents.js';
import { decodeState, encodeState, type ViewName, type ViewState } from '../transforms/url-state.js';
import { isBaseline, movedLever, nextMoves, whatIfOverrides, type LeverName, type WhatIfState } from '../transforms/what-if.js';
import type { ResultDocument } from '../transforms/sim-types.js';
import { SimulationPool } from '../worker/pool.js';
import type { RunOptions, RunReply } from '../worker/protocol.js';
import { buildLayout, updateChrome, updateStatus, type Layout } from './layout.js';
import { documentValues, emptyModel, type AppModel } from './model.js';
import type { ReplicationValues } from '../transforms/what-if-deltas.js';
import type { RunTimings } from './timings.js';
import { initialData } from './data-source.js';
import type { View, ViewActions } from './views/context.js';
import { compareView } from './views/compare.js';
import { timelineView } from './views/timeline.js';
import { overTimeView } from './views/over-time.js';
import { sweepView } from './views/sweep.js';
import { whatIfView } from './views/what-if.js';
import { reportView } from './views/report.js';
import { backtestView } from './views/backtest.js';
import { decideView } from './views/decide.js';
import { decideModel } from './decide-model.js';
import type { DecisionDocument } from '../../../src/sim/decide/decision-request.js';

const VIEWS: Record<ViewName, View> = {
  compare: compareView,
  timeline: timelineView,
  'over-time': overTimeView,
  sweep: sweepView,
  'what-if': whatIfView,
  decide: decideView,
  report: reportView,
  backtest: backtestView,
};

/** What a run is for: the results on screen, only the baseline and timelines, or the baseline for comparison. */
type RunPurpose = 'results' | 'inspect' | 'baseline';

/** Wires files, the URL, the worker and the views together. */
export class App {
  private readonly layout: Layout;
  private readonly client = new SimulationPool();
  private model: AppModel;
  private firstChartPending = false;
  /** Replications per model of the run under way, as the workers read them. */
  private runLength = 0;
  private completePending = false;
  private lastWidth = 0;
  /** The What-if lever moved last (null before any): its next steps are run ahead first. */
  private lastLever: LeverName | null = null;
  /** Where benchmarks and tests read how long the last run took to draw. */
  readonly timings: RunTimings = { runs: 0, startedAt: null, loadedAt: null, firstChartAt: null, completeAt: null, workerMs: null };

  /** The result document on screen (the browser tests compare it with the command line's). */
  get document(): ResultDocument | null {
    return this.model.document;
  }

  /** The replication values behind the document on screen and behind the scenario's own (what a what-if pairs; for the tests). */
  get replicationValues(): { document: ReplicationValues | null; base: ReplicationValues | null } {
    const { document, baseDocument } = this.model;
    return { document: (document && documentValues.get(document)) ?? null, base: (baseDocument && documentValues.get(baseDocument)) ?? null };
  }

  constructor(root: HTMLElement) {
    this.model = emptyModel(decodeState(location.hash));
    this.layout = buildLayout(root, {
      onTab: (view) => this.setView({ view }),
      onOpen: () => this.layout.fileInput.click(),
      onStop: () => this.stop(),
    });
    this.layout.fileInput.addEventListener('change', () => {
      const file = this.layout.fileInput.files?.[0];
      if (file) void this.openFile(file);
      this.layout.fileInput.value = '';
    });
    this.dragAndDrop(root.ownerDocument);
    window.addEventListener('hashchange', () => this.fromUrl());
    new ResizeObserver(() => {
      const w = this.layout.main.clientWidth;
      if (Math.abs(w - this.lastWidth) < 8) return;
      this.lastWidth = w;
      this.renderView();
    }).observe(this.layout.main);
    this.render();
    this.client.warm();
  }

  /** Loads what the page was opened with, if anything. */
  async start(): Promise<void> {
    try {
      const data = await initialData(document);
      if (data) this.openData(data);
    } catch (e) {
      this.model.notice = `Could not read the data this page was opened with: ${(e as Error).message}`;
      this.render();
    }
  }

  private get actions(): ViewActions {
    return {
      setView: (patch, rerender = true) => this.setView(patch, rerender),
      setWhatIf: (state) => this.setWhatIf(state),
      openFile: () => this.layout.fileInput.click(),
      stop: () => this.stop(),
      chartsDrawn: () => this.chartsDrawn(),
    };
  }

  /** Opens data handed over by `handoff view` or `handoff report`. */
  openData(data: ViewerData): void {
    const m = this.model;
    m.source = data.source ?? null;
    m.scenarioSource = data.scenarioSource ?? null;
    m.assumptions = data.assumptions ?? null;
    if (data.view && !location.hash.includes('view=')) m.view = { ...m.view, view: decodeState(`view=${data.view}`).view };
    if (data.backtest) {
      m.backtest = data.backtest;
      m.view = { ...m.view, view: 'backtest' };
    }
    if (data.decision) this.openDecision(data.decision, data.scenarioText ?? null);
    if (data.sweep) this.openSweep(data.sweep, data.scenarioText ?? null, !data.document);
    if (data.document) this.openDocument(data.document, data.scenarioText ?? null);
    else if (data.scenarioText && !data.sweep && !data.decision) this.openScenario(data.scenarioText);
    this.writeUrl();
    this.render();
  }

  private async openFile(file: File): Promise<void> {
    let opened: OpenedFile;
    try {
      opened = classifyText(await file.text(), file.name);
    } catch (e) {
      opened = { kind: 'error', message: (e as Error).message };
    }
    const m = this.model;
    m.notice = null;
    if (opened.kind === 'error') {
      m.notice = `${file.name}: ${opened.message}`;
    } else if (opened.kind === 'result') {
      if (opened.notes) m.notice = `${file.name}: ${opened.notes.join(' ')}`;
      const keep = m.scenarioText && !opened.scenarioText && this.scenarioName() === opened.document.scenario.name;
      m.source = file.name;
      if (!keep) m.scenarioSource = opened.scenarioText ? file.name : null;
      this.openDocument(opened.document, opened.scenarioText ?? (keep ? m.scenarioText : null));
    } else if (opened.kind === 'backtest') {
      m.backtest = opened.backtest;
      m.view = { ...m.view, view: 'backtest' };
      this.writeUrl();
    } else if (opened.kind === 'decision') {
      m.source = file.name;
      m.scenarioSource = opened.scenarioText ? file.name : null;
      // Another document's levers do not carry over.
      m.view = { ...m.view, decide: undefined };
      this.openDecision(opened.document, opened.scenarioText ?? null);
    } else if (opened.kind === 'sweep') {
      if (opened.notes) m.notice = `${file.name}: ${opened.notes.join(' ')}`;
      m.source = file.name;
      this.openSweep(opened.sweep, opened.scenarioText ?? null, true);
    } else if (m.decide && m.view.view === 'decide' && !m.document) {
      // A scenario dropped on a decision: it is what the levers re-run.
      m.scenarioSource = file.name;
      m.scenarioText = opened.text;
    } else {
      m.scenarioSource = file.name;
      this.openScenario(opened.text, { attach: m.document !== null });
    }
    this.render();
  }

  private scenarioName(): string | null {
    return this.model.document?.scenario.name ?? this.model.sweep?.scenario.name ?? null;
  }

  private openDocument(doc: ResultDocument, scenarioText: string | null): void {
    const m = this.model;
    this.client.stop();
    m.document = doc;
    m.provisionalOf = null;
    m.baseDocument = doc;
    m.scenarioText = scenarioText;
    m.baseline = null;
    m.timelineInputs = [];
    m.runModels = doc.results.map((r) => r.model);
    m.runSeed = doc.seed;
    m.runReplications = doc.replications;
    m.status = { ...m.status, state: 'idle', problems: [], message: '' };
    if (!scenarioText) return;
    if (isBaseline(m.view.whatIf) && m.view.replications === undefined) this.run('inspect');
    else this.run('results');
  }

  /** Opens a decision document on the Decide view; its scenario (when known) is what the levers re-run. */
  private openDecision(doc: DecisionDocument, scenarioText: string | null): void {
    const m = this.model;
    this.client.stop();
    m.decide = decideModel(doc, m.decide);
    m.document = null;
    m.provisionalOf = null;
    m.baseDocument = null;
    m.sweep = null;
    m.scenarioText = scenarioText;
    m.view = { ...m.view, view: 'decide' };
    m.status = { ...m.status, state: 'idle', problems: [], message: '' };
    this.writeUrl();
  }

  /** Opens a sweep; with its scenario and no result on screen, the scenario's own point runs too (for the other views). */
  private openSweep(sweep: NonNullable<AppModel['sweep']>, scenarioText: string | null, showIt: boolean): void {
    const m = this.model;
    m.sweep = sweep;
    if (showIt) m.view = { ...m.view, view: 'sweep' };
    this.writeUrl();
    if (!scenarioText || m.document) return;
    this.client.stop();
    m.scenarioText = scenarioText;
    m.baseline = null;
    m.timelineInputs = [];
    m.runModels = [...new Set(sweep.points.flatMap((p) => p.results.map((r) => r.model as string)))];
    m.runSeed = sweep.seed;
    m.runReplications = sweep.replications;
    this.run('results');
  }

  /** Opens scenario text: run it, or (attach) give it to the opened result when it is the same scenario. */
  private openScenario(text: string, options: { attach?: boolean } = {}): void {
    const m = this.model;
    m.scenarioText = text;
    m.baseline = null;
    m.timelineInputs = [];
    if (options.attach && m.document) {
      this.run(isBaseline(m.view.whatIf) && m.view.replications === undefined ? 'inspect' : 'results', { expectName: m.document.scenario.name });
      return;
    }
    m.document = null;
    m.provisionalOf = null;
    m.baseDocument = null;
    m.runModels = null;
    m.runSeed = null;
    m.runReplications = null;
    this.run('results');
  }

  /**
   * What a run asks the workers, for the levers at `state`: a lever move and a run made ahead of
   * it ask alike, so the cache, and a run under way, serve both.
   */
  private runOptions(scenarioText: string, purpose: RunPurpose, state: WhatIfState): RunOptions {
    const m = this.model;
    const overrides = m.baseline && purpose !== 'baseline' ? whatIfOverrides(m.baseline, state) : [];
    const replications = purpose === 'inspect' ? 0 : (m.view.replications ?? m.runReplications);
    return { scenarioText, overrides, models: m.runModels, replications, seed: m.runSeed, timelines: purpose !== 'baseline' };
  }

  /** Starts a run in the worker. */
  private run(purpose: RunPurpose, options: { expectName?: string } = {}): void {
    const m = this.model;
    if (!m.scenarioText) return;
    // The levers' overrides depend on the scenario's shape: without it, read the scenario first, then run.
    const needsBaseline = purpose !== 'baseline' && m.baseline === null && !isBaseline(m.view.whatIf);
    if (needsBaseline) purpose = 'inspect';
    m.status = { state: 'running', done: 0, total: 0, label: purpose, message: purpose === 'inspect' ? 'Reading the scenario and re-running replication 0 for the timeline…' : 'Starting the simulation…', problems: [], elapsedMs: null };
    if (purpose === 'results') {
      this.timings.runs++;
      this.timings.startedAt = performance.now();
      this.timings.loadedAt = null;
      this.timings.firstChartAt = null;
      this.timings.completeAt = null;
      this.timings.workerMs = null;
      this.firstChartPending = false;
      this.completePending = false;
    }
    const rerunAfterInspect = needsBaseline;
    this.client.run(this.runOptions(m.scenarioText, purpose, m.view.whatIf), { onReply: (reply) => this.onReply(purpose, reply, { expectName: options.expectName, rerunAfterInspect }) });
    updateStatus(this.layout, m);
  }

  private onReply(purpose: RunPurpose, reply: RunReply, options: { expectName?: string; rerunAfterInspect: boolean }): void {
    const m = this.model;
    switch (reply.type) {
      case 'loaded': {
        if (options.expectName && reply.name !== options.expectName) {
          // A different scenario than the opened result: run it on its own.
          m.notice = `The scenario “${reply.name}” is not the one of the opened result (“${options.expectName}”); showing the scenario’s own results.`;
          m.document = null;
          m.provisionalOf = null;
          m.baseDocument = null;
          m.runModels = null;
          m.runSeed = null;
          m.runReplications = null;
          m.baseline = reply.baseline;
          this.run('results');
          this.render();
          return;
        }
        if (purpose === 'results') this.timings.loadedAt = performance.now();
        this.runLength = reply.replications;
        m.baseline = reply.baseline;
        m.assumptions = { scenario: reply.name, rows: reply.assumptions };
        m.runModels ??= reply.models;
        m.runSeed ??= reply.seed;
        m.runReplications ??= reply.replications;
        const total = reply.models.length * (purpose === 'inspect' ? 0 : reply.replications);
        m.status = { ...m.status, total, message: purpose === 'inspect' ? m.status.message : `Running ${reply.models.length} model${reply.models.length === 1 ? '' : 's'} × ${reply.replications} replications…` };
        if (options.rerunAfterInspect) {
          this.run('results');
          return;
        }
        this.render();
        return;
      }
      case 'progress':
        m.status = { ...m.status, done: reply.done, total: reply.total, message: `${purpose === 'baseline' ? 'Running the baseline for comparison' : 'Simulating'}: ${reply.done} of ${reply.total} replications` };
        updateStatus(this.layout, m);
        return;
      case 'partial': {
        if (purpose !== 'results') return;
        m.document = reply.document;
        documentValues.set(reply.document, reply.values);
        // Every model's first replications (a provisional answer), or the first model's.
        m.provisionalOf = reply.document.replications < this.runLength ? this.runLength : null;
        this.firstChartPending = this.timings.firstChartAt === null;
        this.renderView();
        return;
      }
      case 'result':
        documentValues.set(reply.document, reply.values);
        if (purpose === 'baseline') {
          m.baseDocument = reply.document;
          m.status = { ...m.status, state: 'done', done: m.status.total, elapsedMs: reply.elapsedMs, message: `Baseline done in ${(reply.elapsedMs / 1000).toFixed(1)} s.` };
          this.render();
          this.runAhead();
          return;
        }
        m.document = reply.document;
        m.provisionalOf = null;
        this.firstChartPending = this.timings.firstChartAt === null;
        this.timings.workerMs = reply.elapsedMs;
        if (isBaseline(m.view.whatIf) && (m.view.replications === undefined || m.baseDocument === null)) m.baseDocument = reply.document;
        m.status = { ...m.status, done: m.status.total, elapsedMs: reply.elapsedMs, message: `Simulated ${reply.document.results.length} × ${reply.document.replications} replications in ${(reply.elapsedMs / 1000).toFixed(1)} s; preparing the timeline…` };
        this.completePending = true;
        this.render();
        return;
      case 'timelines': {
        m.timelineInputs = reply.timelines;
        const elapsed = m.status.elapsedMs;
        m.status = { ...m.status, state: 'done', message: elapsed !== null ? `Simulated in ${(elapsed / 1000).toFixed(1)} s.` : 'Scenario loaded: the levers and the timeline are ready.' };
        this.render();
        if (m.baseDocument === null && m.document && !isBaseline(m.view.whatIf)) this.run('baseline');
        else this.runAhead();
        return;
      }
      case 'problems':
        m.status = { ...m.status, state: 'failed', message: 'The scenario has problems:', problems: reply.problems };
        this.render();
        return;
      case 'failed':
        m.status = { ...m.status, state: 'failed', message: `The simulation failed: ${reply.message}` };
        this.render();
        return;
    }
  }

  private stop(): void {
    this.client.stop();
    this.model.status = { ...this.model.status, state: 'idle', message: '' };
    this.render();
  }

  private setView(patch: Partial<Omit<ViewState, 'whatIf'>>, rerender = true): void {
    const before = this.model.view;
    this.model.view = { ...before, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete (this.model.view as unknown as Record<string, unknown>)[k];
    this.writeUrl();
    if (!rerender) return;
    if (patch.replications !== before.replications && 'replications' in patch) this.run('results');
    this.render();
    if (patch.view === 'what-if' && before.view !== 'what-if') this.runAhead();
    if (patch.view && patch.view !== before.view) this.layout.main.focus({ preventScroll: true });
  }

  private setWhatIf(state: WhatIfState): void {
    this.lastLever = movedLever(this.model.view.whatIf, state) ?? this.lastLever;
    this.model.view = { ...this.model.view, whatIf: state };
    this.writeUrl();
    this.run('results');
    this.render();
  }

  /**
   * On the What-if view, with the results on screen and nothing running, the levers' likeliest
   * next settings run in the workers ahead of time (SimulationPool.runAhead): asked exactly as a
   * lever move asks, so the move is answered from the cache, or joins the run under way.
   */
  private runAhead(): void {
    const m = this.model;
    const { scenarioText, baseline } = m;
    if (m.view.view !== 'what-if' || m.status.state !== 'done' || !scenarioText || !baseline || !(m.view.replications ?? m.runReplications)) return;
    this.client.runAhead(nextMoves(baseline, m.view.whatIf, this.lastLever).map((state) => this.runOptions(scenarioText, 'results', state)));
  }

  /** Runs made ahead of a lever move and finished, and runs asked for that started from scratch (the tests and the bench read them). */
  get runCounts(): { ahead: number; fromScratch: number } {
    return { ahead: this.client.aheadDone, fromScratch: this.client.askedRuns };
  }

  /** The URL was edited (or went back): follow it. */
  private fromUrl(): void {
    const next = decodeState(location.hash);
    if (encodeState(next) === encodeState(this.model.view)) return;
    const leversMoved = JSON.stringify(next.whatIf) !== JSON.stringify(this.model.view.whatIf) || next.replications !== this.model.view.replications;
    this.model.view = next;
    if (leversMoved && this.model.scenarioText) this.run('results');
    this.render();
  }

  private writeUrl(): void {
    const hash = encodeState(this.model.view);
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  private chartsDrawn(): void {
    const now = performance.now();
    if (this.firstChartPending) {
      this.firstChartPending = false;
      this.timings.firstChartAt = now;
      performance.mark('handoff:first-chart');
    }
    if (this.completePending) {
      this.completePending = false;
      this.timings.completeAt = now;
      performance.mark('handoff:complete');
    }
  }

  private render(): void {
    updateChrome(this.layout, this.model);
    this.renderView();
  }

  private renderView(): void {
    VIEWS[this.model.view.view](this.layout.main, this.model, this.actions);
  }

  private dragAndDrop(doc: Document): void {
    let depth = 0;
    const show = (on: boolean) => this.layout.dropOverlay.classList.toggle('visible', on);
    doc.addEventListener('dragenter', (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      depth++;
      show(true);
    });
    doc.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) show(false);
    });
    doc.addEventListener('dragover', (e) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    });
    doc.addEventListener('drop', (e) => {
      e.preventDefault();
      depth = 0;
      show(false);
      const file = e.dataTransfer?.files[0];
      if (file) void this.openFile(file);
    });
  }
}
