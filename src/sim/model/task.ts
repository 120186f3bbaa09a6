import type { Asset } from './asset.js';

/** Kinds of person-hours: the pipeline's (reported) and own work outside the pipeline (not reported). */
export type HoursKind = 'design' | 'review' | 'meetings' | 'scheduling' | 'documentation' | 'interruptions' | 'ownWork';

/** What a task is, for the event log and for who may do it. */
export type TaskKind =
  | 'design'
  | 'variant'
  | 'routine'
  | 'revision'
  | 'fix'
  | 'answer'
  | 'review'
  | 'upkeep'
  | 'setup'
  | 'own';

/**
 * A piece of work a person does in their working time, then hands on through `done`. The hot
 * kinds (design, review) are classes whose hooks are prototype methods, so a task is one object
 * rather than an object and two closures.
 */
export interface Task {
  readonly kind: TaskKind;
  readonly asset: Asset | null;
  /** Working minutes at speed 1; the person's speed divides it. */
  readonly effortMin: number;
  /** Extra working minutes of writing (a submission note, written feedback), charged to documentation; 0 when none. */
  readonly writingMin: number;
  readonly hoursKind: HoursKind;
  readonly priority: number;
  readonly createdAt: number;
  /**
   * When the written message that brings this task was posted (feedback, a question, an answer,
   * a written brief): the person takes it only once they have looked since, by their attention
   * habit. -Infinity for work that needs no reading first (a first version, an urgent hand-over).
   */
  readonly postedAt: number;
  /** Called when the person starts the task. */
  started(now: number, person: number): void;
  /** Called when the work is finished, at the finishing time. */
  done(now: number, person: number): void;
}

/** What `plainTask` needs: a task's fields and whichever hooks it has. */
export type PlainTaskInit = Omit<Task, 'started' | 'done' | 'writingMin' | 'postedAt'> & Partial<Pick<Task, 'started' | 'done' | 'postedAt'>>;

const nothing = (): void => {};

/** A task of a rare kind (a fix, an answer, upkeep, a one-off's setup) with hooks given as functions; missing hooks do nothing. */
export function plainTask(init: PlainTaskInit): Task {
  // Spelled out so that every plain task has one hidden class.
  return {
    kind: init.kind,
    asset: init.asset,
    effortMin: init.effortMin,
    writingMin: 0,
    hoursKind: init.hoursKind,
    priority: init.priority,
    createdAt: init.createdAt,
    postedAt: init.postedAt ?? -Infinity,
    started: init.started ?? nothing,
    done: init.done ?? nothing,
  };
}
