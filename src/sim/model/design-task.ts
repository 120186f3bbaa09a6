import type { Pipeline } from './pipeline.js';
import type { Asset } from './asset.js';
import type { Task, TaskKind } from './task.js';

/** Kinds of work a designer does on a version of an asset. */
export type DesignKind = Extract<TaskKind, 'design' | 'variant' | 'routine' | 'revision'>;

/** A design task's fields. */
export interface DesignTaskInit {
  pipeline: Pipeline;
  asset: Asset;
  kind: DesignKind;
  effortMin: number;
  /** The submission note written with the version (0 when none). */
  writingMin: number;
  createdAt: number;
  /** When the written message it acts on was posted (feedback, an approval, a brief); -Infinity if none. */
  postedAt: number;
}

/**
 * A designer's work on a version of an asset: a first version (design, variant, routine) or a
 * revision. Starting it ends the wait for a revision; finishing it submits the version. A class,
 * so that its hooks are shared methods, not two closures per task.
 */
export class DesignTask implements Task {
  readonly hoursKind = 'design';
  readonly asset: Asset;
  readonly kind: DesignKind;
  readonly effortMin: number;
  readonly writingMin: number;
  readonly priority: number;
  readonly createdAt: number;
  readonly postedAt: number;
  private readonly pipeline: Pipeline;

  constructor(init: DesignTaskInit) {
    this.asset = init.asset;
    this.kind = init.kind;
    this.effortMin = init.effortMin;
    this.writingMin = init.writingMin;
    this.priority = init.asset.priority;
    this.createdAt = init.createdAt;
    this.postedAt = init.postedAt;
    this.pipeline = init.pipeline;
  }

  started(now: number, person: number): void {
    if (this.kind === 'revision') this.pipeline.world.endWait(this.asset, now, person);
    this.asset.state = this.asset.rounds > 0 ? 'in-revision' : 'in-design';
  }

  done(now: number): void {
    this.pipeline.submit(this.asset, now);
  }
}
