import { RunawayError, Simulation } from '../engine/simulation.js';
import { RandomStreams } from '../random/stream.js';
import type { Scenario, ModelName } from '../scenario/types.js';
import type { Asset, WaitCause } from './asset.js';
import { Person } from './person.js';
import { membershipSpans } from './membership.js';
import { plainTask, type HoursKind, type Task } from './task.js';
import type { Collector } from '../metrics/collector.js';

/** One row of the event log: what happened to which asset and who did it. */
export interface EventRow {
  timeMin: number;
  asset: string;
  person: string;
  activity: string;
  state: string;
  /** The asset's campaign (its index in `scenario.campaigns`); -1 for routine work and rows of no asset. */
  campaign: number;
  /** The asset's kind, type, channel and review route ('' on rows of no asset). */
  kind: string;
  assetType: string;
  channel: string;
  route: string;
  /** The asset's designer ('' before one is assigned, and on rows of no asset). */
  designer: string;
  /** Review rounds the asset had completed with a decision when the row was written (0 without an asset). */
  round: number;
}

/** The world's default source of shared work: none. */
const noSharedWork = (): Task | null => null;

/** What a timer set with `World.on` runs: the time, and the object it was set for. */
export type TimerFire<T> = (now: number, target: T) => void;

/** Everything one replication's policies share: clock, people, assets, streams, metrics. */
export class World {
  readonly sim: Simulation;
  readonly streams: RandomStreams;
  readonly seed: string;
  readonly people: Person[];
  /** Every asset made, kept only when `keepAssets` is on (tests inspect them); memory stays flat otherwise. */
  readonly assets: Asset[] = [];
  keepAssets = false;
  /** Assets made so far. */
  assetCount = 0;
  /** Called for each event-log row when an event log is asked for. */
  log: ((row: EventRow) => void) | null = null;
  /** Pending `at`/`on` callbacks by slot; freed slots are reused (no Map churn per event). */
  private readonly callbacks: Array<TimerFire<unknown> | null> = [];
  /** The object an `on` callback acts on (null for `at`). */
  private readonly callbackTarget: unknown[] = [];
  private readonly freeCallbacks: number[] = [];
  private readonly kindCallback: number;
  private readonly kindWake: number;
  private readonly kindDone: number;
  /** What each event source is (index 0: anything not named), to name the cause of a runaway run. */
  private readonly sourceNames: string[] = ['other scheduled actions'];
  /** Events run per source, and the asset of the latest one (the entity a runaway message names). */
  private readonly sourceCounts: number[] = [0];
  private readonly sourceAssets: Array<Asset | null> = [null];
  private readonly callbackSource: number[] = [];
  private readonly callbackAsset: Array<Asset | null> = [];
  /** Names of engine event kinds registered outside the world (arrivals, sampling). */
  private readonly kindNames = new Map<number, string>();
  // Hooks. Policies set them to a function kept in a named local first, never to a function
  // literal written straight into the property: V8 allocates a literal assigned to a property in
  // the old generation, and such a closure, holding the replication's young objects, keeps
  // everything they reach alive through every scavenge until the next full collection (measured
  // on the async model: 1 MB of a dead replication's objects promoted per scavenge, ten times the
  // scavenge time, and V8 then pretenured people's task lists too).

  /**
   * Source of shared work a free person consults when their own list is empty (the queue models
   * set it). Set in the constructor, not initialised here: V8 takes a class-body field for a
   * constant until it is first written, and that write, in the first queue model's replication,
   * changed every world's hidden class and threw away the code compiled against it.
   */
  sharedWork: (person: Person, now: number) => Task | null;
  /**
   * A person's last look at what was sent to them, at or before `now` (their attention habit; set
   * by the model). Until set: everyone reads at once.
   */
  lastLook: (person: Person, now: number) => number = (_person, now) => now;
  /** Hook run when a person becomes free (after a task or at the start of their window). */
  onIdle: (person: Person, now: number) => void = () => {};
  /** True when someone joins or leaves in this replication. */
  teamChanges = false;
  /**
   * Who takes work given to a person who is not on the team now (see team-changes); null parks it
   * until someone joins. Only consulted when the team changes.
   */
  takerFor: (person: Person, task: Task, now: number) => { person: Person; task: Task } | null = (person, task) => ({ person, task });

  constructor(
    readonly scenario: Scenario,
    readonly model: ModelName,
    seed: string,
    readonly metrics: Collector,
  ) {
    // A few dozen events are pending at most in every shipped scenario; the calendar grows if
    // needed. Sized small because its seven typed arrays are allocated per replication.
    this.sharedWork = noSharedWork;
    this.sim = new Simulation(64);
    this.streams = new RandomStreams(seed);
    this.seed = seed;
    this.people = scenario.people.map((p) => new Person(p, scenario.originMs));
    for (const person of this.people) {
      const spans = membershipSpans(person.spec, scenario.horizonMin, this.streams);
      if (spans !== null) {
        person.setSpans(spans);
        this.teamChanges = true;
      }
    }
    this.kindCallback = this.sim.register((id, now) => {
      const fn = this.callbacks[id]!;
      const target = this.callbackTarget[id];
      const source = this.callbackSource[id];
      this.sourceCounts[source]++;
      this.sourceAssets[source] = this.callbackAsset[id];
      this.callbacks[id] = null;
      this.callbackTarget[id] = null;
      this.callbackAsset[id] = null;
      this.freeCallbacks.push(id);
      fn(now, target);
    });
    this.kindWake = this.sim.register((id, now) => {
      const person = this.people[id];
      person.wakePending = false;
      this.dispatch(person, now);
    });
    this.kindDone = this.sim.register((id, now) => this.finish(this.people[id], now));
  }

  /**
   * Runs `fn` at time `time` (never earlier than now); returns a handle for cancel. `source` (from
   * `source()`) and `asset` say what scheduled it, for the message of a runaway run.
   */
  at(time: number, fn: (now: number) => void, source = 0, asset: Asset | null = null): number {
    return this.on(time, fn, null, source, asset);
  }

  /**
   * Runs `fire(now, target)` at `time`, like `at`: a timer whose action is one shared function
   * and whose state is `target` (a ticket), so that arming it allocates no closure.
   */
  on<T>(time: number, fire: TimerFire<T>, target: T, source = 0, asset: Asset | null = null): number {
    const id = this.freeCallbacks.length > 0 ? this.freeCallbacks.pop()! : this.callbacks.length;
    this.callbacks[id] = fire as TimerFire<unknown>;
    this.callbackTarget[id] = target;
    this.callbackSource[id] = source;
    this.callbackAsset[id] = asset;
    return this.sim.scheduleAt(time, this.kindCallback, id);
  }

  /** Registers a source of scheduled actions, described for people ("chat pings every 0s (async.pings.after)"). */
  source(description: string): number {
    this.sourceNames.push(description);
    this.sourceCounts.push(0);
    this.sourceAssets.push(null);
    return this.sourceNames.length - 1;
  }

  /** Names an engine event kind registered outside the world, for the message of a runaway run. */
  nameKind(kind: number, description: string): void {
    this.kindNames.set(kind, description);
  }

  /** The runaway error with the source that ran the most events named (and an asset it acted on). */
  explainRunaway(error: RunawayError): RunawayError {
    const counts: Array<[string, number]> = [];
    this.sim.kindCounts.forEach((n, kind) => {
      if (kind === this.kindCallback) return;
      const name = kind === this.kindWake || kind === this.kindDone ? "people's tasks and wake-ups" : (this.kindNames.get(kind) ?? 'other events');
      counts.push([name, n]);
    });
    this.sourceCounts.forEach((n, source) => {
      const asset = this.sourceAssets[source];
      counts.push([asset ? `${this.sourceNames[source]}, e.g. on asset ${asset.key}` : this.sourceNames[source], n]);
    });
    let best = counts[0];
    for (const c of counts) if (c[1] > best[1]) best = c;
    const total = this.sim.kindCounts.reduce((a, b) => a + b, 0);
    return error.withSource(`${best[0]} (${best[1].toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events run)`);
  }

  /** Cancels an `at` callback. */
  cancel(handle: number): void {
    const id = this.sim.payloadOf(handle);
    if (!this.sim.cancel(handle)) return;
    this.callbacks[id] = null;
    this.callbackTarget[id] = null;
    this.callbackAsset[id] = null;
    this.freeCallbacks.push(id);
  }

  /** Gives a task to a person; they start it when free and working. */
  assign(personId: number, task: Task, now: number): void {
    let person = this.people[personId];
    if (this.teamChanges && !person.memberAt(now)) {
      const taken = this.takerFor(person, task, now);
      if (taken === null) return;
      person = taken.person;
      task = taken.task;
    }
    person.tasks.push(task);
    this.dispatch(person, now);
  }

  /** Starts the next task for a person if they are free and working, else arranges a wake-up. */
  dispatch(person: Person, now: number): void {
    if (person.current !== null) return;
    if (!person.calendar.isWorking(now)) {
      this.wakeAt(person, person.calendar.nextWorkingInstant(now));
      return;
    }
    // Personal pipeline tasks they have read first, then what the review queue offers, then own work.
    const seen = person.tasks.length === 0 || person.spec.attention.habit === 'continuous' ? now : this.lastLook(person, now);
    const task = person.takeNextTask(seen) ?? this.sharedWork(person, now) ?? person.takeOwnTask();
    if (task === null) {
      // A message not read yet is read at the next look.
      if (person.tasks.length > 0) this.wakeAt(person, person.nextLookAt);
      this.onIdle(person, now);
      return;
    }
    this.start(person, task, now);
  }

  /** Wakes a person at `time` to look for work (at most one pending wake-up each). */
  wakeAt(person: Person, time: number): void {
    if (person.wakePending || !Number.isFinite(time)) return;
    person.wakePending = true;
    this.sim.scheduleAt(time, this.kindWake, person.id);
  }

  private start(person: Person, task: Task, now: number): void {
    const minutes = (task.effortMin + task.writingMin) / person.speed;
    person.current = task;
    person.currentStart = now;
    person.finishAt = person.calendar.addWorkingTime(now, minutes);
    person.finishHandle = this.sim.scheduleAt(person.finishAt, this.kindDone, person.id);
    this.chargeTask(person, task, now, minutes);
    task.started(now, person.id);
    if (this.log) this.record(task.asset, person.id, `start ${task.kind}`, now);
  }

  private finish(person: Person, now: number): void {
    const task = person.current!;
    person.current = null;
    if (this.log) this.record(task.asset, person.id, `finish ${task.kind}`, now);
    if (person.spec.attention.habit === 'task-boundaries') person.lookedAt = now;
    task.done(now, person.id);
    this.dispatch(person, now);
  }

  /**
   * Stops a person's own task now, for a pressing review ticket: the part done is charged, the
   * rest goes back on top of their own work. False when they are not on their own work.
   */
  preemptOwnWork(person: Person, now: number): boolean {
    const task = person.current;
    if (task === null || task.kind !== 'own') return false;
    this.sim.cancel(person.finishHandle);
    const leftMin = person.calendar.workingMinutesBetween(now, person.finishAt);
    const totalMin = task.effortMin / person.speed;
    this.charge(person, 'ownWork', Math.max(0, totalMin - leftMin), now);
    person.current = null;
    person.ownTasks.unshift(plainTask({ kind: 'own', asset: null, effortMin: leftMin * person.speed, hoursKind: 'ownWork', priority: 0, createdAt: task.createdAt }));
    if (this.log) this.record(null, person.id, 'own work pre-empted', now);
    this.dispatch(person, now);
    return true;
  }

  /** Takes `minutes` of a person's working time now (a meeting, a ping): their task in hand finishes later. */
  interrupt(personId: number, minutes: number, kind: HoursKind, now: number): void {
    const person = this.people[personId];
    this.charge(person, kind, minutes, now);
    if (person.current === null || minutes <= 0) return;
    this.sim.cancel(person.finishHandle);
    person.finishAt = person.calendar.addWorkingTime(person.finishAt, minutes);
    person.finishHandle = this.sim.scheduleAt(person.finishAt, this.kindDone, person.id);
  }

  /**
   * Charges `minutes` of a person's working time of a kind, from `now` or the end of what was
   * charged before: only the part inside the measurement window counts.
   */
  charge(person: Person, kind: HoursKind, minutes: number, now: number): void {
    if (!(minutes > 0)) return;
    const from = Math.max(now, person.busyUntil);
    const to = person.calendar.addWorkingTime(from, minutes);
    person.busyUntil = to;
    person.addHours(kind, this.inWindow(person, from, to, minutes));
  }

  /**
   * Charges a task when it starts, over the span it will take (the part beyond the horizon or
   * before the warm-up ends does not count): its effort to its kind, its writing to its kind of documentation.
   */
  private chargeTask(person: Person, task: Task, now: number, minutes: number): void {
    if (!(minutes > 0)) return;
    // Usually nothing charged is still running and the span is the one just scheduled.
    const from = Math.max(now, person.busyUntil);
    const to = from === now ? person.finishAt : person.calendar.addWorkingTime(from, minutes);
    person.busyUntil = to;
    const counted = this.inWindow(person, from, to, minutes);
    if (counted <= 0) return;
    const share = counted / minutes;
    person.addHours(task.hoursKind, (task.effortMin / person.speed) * share);
    if (task.writingMin > 0) person.addHours(task.writingKind, (task.writingMin / person.speed) * share);
  }

  /** Working minutes of the span [from, to] (holding `minutes` of work) inside [warm-up, horizon]. */
  private inWindow(person: Person, from: number, to: number, minutes: number): number {
    const { warmupMin, horizonMin } = this.scenario;
    if (from >= warmupMin && to <= horizonMin) return minutes;
    const lo = Math.max(from, warmupMin);
    const hi = Math.min(to, horizonMin);
    return hi > lo ? Math.min(minutes, person.calendar.workingMinutesBetween(lo, hi)) : 0;
  }

  /** Marks the start of a wait for an asset. */
  beginWait(asset: Asset, cause: WaitCause, now: number): void {
    asset.waitSince = now;
    asset.waitCause = cause;
  }

  /** Ends an asset's wait; the part outside `actor`'s working hours is charged to outside-hours. */
  endWait(asset: Asset, now: number, actor: number): void {
    if (asset.waitCause === null) return;
    const wall = now - asset.waitSince;
    const working = actor >= 0 ? this.people[actor].calendar.workingMinutesBetween(asset.waitSince, now) : wall;
    this.metrics.waited(asset, asset.waitCause, working, wall - working);
    asset.waitCause = null;
    asset.waitSince = NaN;
  }

  /** Appends an event-log row when logging is on. */
  record(asset: Asset | null, person: number, activity: string, now: number): void {
    if (this.log === null) return;
    this.log({
      timeMin: now,
      asset: asset?.key ?? '',
      person: person >= 0 ? this.people[person].spec.name : '',
      activity,
      state: asset?.state ?? '',
      campaign: asset?.campaign ?? -1,
      kind: asset?.kind ?? '',
      assetType: asset?.assetType ?? '',
      channel: asset?.channel ?? '',
      route: asset?.route ?? '',
      designer: asset && asset.designer >= 0 ? this.people[asset.designer].spec.name : '',
      round: asset?.rounds ?? 0,
    });
  }
}
