import type { Asset } from './asset.js';
import type { DocumentationKind, HoursKind, Task, TaskKind } from './task.js';

/**
 * A piece of work that changed hands because its holder left: the taker first reads into it
 * (`handoverMin`) and then does what is left of it; its hooks are the original task's, so the
 * asset goes on as if nothing had happened.
 */
export class HandedOverTask implements Task {
  readonly kind: TaskKind;
  readonly asset: Asset | null;
  readonly effortMin: number;
  readonly writingMin: number;
  readonly writingKind: DocumentationKind;
  readonly hoursKind: HoursKind;
  readonly priority: number;
  readonly createdAt: number;
  /** As the original's: work nobody had read yet still waits for its reader's look. */
  readonly postedAt: number;

  constructor(private readonly inner: Task, options: { leftMin: number; writingMin: number; handoverMin: number }) {
    this.kind = inner.kind;
    this.asset = inner.asset;
    this.effortMin = options.leftMin + options.handoverMin;
    this.writingMin = options.writingMin;
    this.writingKind = inner.writingKind;
    this.hoursKind = inner.hoursKind;
    this.priority = inner.priority;
    this.createdAt = inner.createdAt;
    this.postedAt = inner.postedAt;
  }

  started(now: number, person: number): void {
    this.inner.started(now, person);
  }

  done(now: number, person: number): void {
    this.inner.done(now, person);
  }
}
