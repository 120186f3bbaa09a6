import workerCode from 'virtual:sim-worker-source';
import type { DecisionDocument, DecisionRequest } from '../../../src/sim/decide/decision-request.js';
import type { WorkerAnswer } from './protocol.js';

/** What a decision re-run tells the page. */
export type DecideReply =
  | { type: 'progress'; replications: number }
  | { type: 'done'; document: DecisionDocument; elapsedMs: number }
  | { type: 'problems'; problems: string[] }
  | { type: 'failed'; message: string };

/**
 * Re-runs a decision document's procedure in its own Web Worker (the same code as the simulation
 * pool's). A new run supersedes the one in flight: its worker is terminated.
 */
export class DecideClient {
  private worker: Worker | null = null;
  private id = 0;

  /** Starts a re-run; replies of any earlier one are dropped. */
  run(scenarioText: string, request: DecisionRequest, onReply: (reply: DecideReply) => void): void {
    this.stop();
    const run = ++this.id;
    const worker = new Worker(`data:text/javascript;charset=utf-8,${encodeURIComponent(workerCode)}`, { name: 'handoff-decide' });
    this.worker = worker;
    const finish = (reply: DecideReply) => {
      if (this.worker === worker) this.stop();
      onReply(reply);
    };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const a = event.data;
      if (a.run !== run || this.worker !== worker) return;
      if (a.type === 'decide-progress') onReply({ type: 'progress', replications: a.replications });
      else if (a.type === 'decided') finish({ type: 'done', document: a.document, elapsedMs: a.elapsedMs });
      else if (a.type === 'problems') finish({ type: 'problems', problems: a.problems });
      else if (a.type === 'failed') finish({ type: 'failed', message: a.message });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ type: 'failed', message: event.message || 'the decision worker stopped' });
    };
    worker.postMessage({ type: 'decide', run, scenarioText, request });
  }

  /** Stops the re-run in flight, if any. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
