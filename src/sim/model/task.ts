import type { Asset } from './asset.js';

/** Kinds of person-hours a run reports. */
export type HoursKind = 'design' | 'review' | 'meetings' | 'scheduling' | 'documentation' | 'interruptions';

/** What a task is, for the event log and for who may do it. */
export type TaskKind =
  | 'design'
  | 'variant'
  | 'routine'
  | 'revision'
  | 'fix'
  | 'answer'
  | 'review'
  | 'upkeep';

/** A piece of work a person does in their working time, then hands on through `done`. */
export interface Task {
  kind: TaskKind;
  asset: Asset | null;
  /** Working minutes at speed 1; the person's speed divides it. */
  effortMin: number;
  /** Extra working minutes charged to another kind (e.g. written feedback after a review). */
  extra?: { minutes: number; kind: HoursKind };
  hoursKind: HoursKind;
  priority: number;
  createdAt: number;
  /** Called when the work is finished, at the finishing time. */
  done: (now: number, person: number) => void;
  /** Called when the person starts the task. */
  started?: (now: number, person: number) => void;
}
