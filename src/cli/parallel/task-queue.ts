import type { ReplicationTask } from './protocol.js';

/** The replications still to hand out; the main thread and the worker threads take from it in turn. */
export class TaskQueue {
  private next = 0;

  constructor(readonly tasks: readonly ReplicationTask[]) {}

  /** True when every task has been handed out. */
  get empty(): boolean {
    return this.next >= this.tasks.length;
  }

  /** Tasks not handed out yet. */
  get remaining(): number {
    return this.tasks.length - this.next;
  }

  /** Hands out up to `count` tasks. */
  take(count: number): ReplicationTask[] {
    const batch = this.tasks.slice(this.next, this.next + count);
    this.next += batch.length;
    return batch;
  }
}
