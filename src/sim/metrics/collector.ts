import { Histogram } from './histogram.js';
import { RunningStats, TimeAverage } from './running-stats.js';
import type { CountedAsset as Asset, ReworkCause, WaitCause } from './counted-asset.js';
import type { MeetingRow } from './agenda.js';
import { tallyRevisions, type RevisionTally } from './rework.js';

/** Number of time-series samples over the horizon. */
export const SERIES_POINTS = 120;

/** Per-replication collector: running sums and counters only, nothing kept per event. */
export class Collector {
  readonly cycleTime = new Histogram();
  readonly cycleStats = new RunningStats();
  readonly firstResponse = new RunningStats();
  readonly rounds = new RunningStats();
  readonly makespan = new RunningStats();
  /** One row per meeting held in the window (review gate and triage): agenda items and those discussed. */
  readonly meetings: MeetingRow[] = [];
  /** Approved assets by the number of times they were sent back (index = revisions). */
  readonly revisions: RevisionTally = [];
  /** Cycle time of urgent work (priority 4 or 5): does what matters most go first? */
  readonly urgentCycle = new RunningStats();
  /** Cycle time and send-backs by review route (sync / async), for pilots and hybrid gates. */
  readonly byRoute = {
    sync: { cycle: new RunningStats(), revisions: [] as RevisionTally },
    async: { cycle: new RunningStats(), revisions: [] as RevisionTally },
  };
  readonly waiting: Record<WaitCause | 'outsideHours', number> = {
    meeting: 0, queue: 0, revision: 0, clarification: 0, outsideHours: 0,
  };
  readonly reworkCauses: Record<ReworkCause, number> = { defect: 0, misread: 0, relitigation: 0, perfectionism: 0 };
  counters = {
    submitted: 0, approved: 0, tickets: 0, ticketsWaited: 0, slaTickets: 0, slaMet: 0,
    escalations: 0, pings: 0, adHocCalls: 0, meetings: 0, meetingMoves: 0, rollovers: 0, questions: 0,
    preflightCatches: 0, created: 0,
    // Adaptations of the sync gate and changes of the team (minutes: person-minutes they cost).
    overflows: 0, overflowMin: 0, fastTracked: 0, fastTrackMin: 0, meetingsSkipped: 0, skipSavedMin: 0,
    renegotiations: 0, renegotiationMin: 0, teamJoins: 0, teamLeaves: 0, handovers: 0, handoverMin: 0,
    // Meeting minutes taken outside attendees' working hours (sync.stretch), person-minutes.
    meetingOutOfHoursMin: 0,
  };
  /** Work in progress: assets submitted for review at least once and not yet approved (what cycle time spans). */
  readonly inReview: TimeAverage;
  /** Assets created (briefed) and not yet approved, design included. */
  readonly open: TimeAverage;
  readonly queued: TimeAverage;
  inReviewNow = 0;
  /** Approvals at any time (warm-up included), for work in progress. */
  approvedAll = 0;
  /** Tickets waiting now (queue models only): set in the constructor, not here (see Person's fields). */
  queuedNow: number;
  /**
   * Time-series samples, zero until sampled. Plain arrays rather than typed ones: they become the
   * replication's result as they are, with no copy and no off-heap buffer per replication.
   */
  readonly series = {
    queueLength: zeroSeries(),
    oldestTicketAgeHours: zeroSeries(),
    workInProgress: zeroSeries(),
    assetsOpen: zeroSeries(),
  };

  constructor(readonly warmupMin: number, readonly horizonMin: number) {
    this.queuedNow = 0;
    this.inReview = new TimeAverage(warmupMin);
    this.open = new TimeAverage(warmupMin);
    this.queued = new TimeAverage(warmupMin);
  }

  private inWindow(now: number): boolean {
    return now >= this.warmupMin;
  }

  /** An asset is created (briefed or arrived): it is open until approved. */
  created(now: number): void {
    this.counters.created++;
    this.open.set(Math.max(now, this.warmupMin), this.counters.created - this.approvedAll);
  }

  /** An asset's first submission: counted if after the warm-up. */
  submitted(asset: Asset, now: number): void {
    asset.counted = this.inWindow(now);
    if (asset.counted) this.counters.submitted++;
    this.setInReview(now, this.inReviewNow + 1);
  }

  /** An asset's final approval. */
  approved(asset: Asset, now: number): void {
    this.setInReview(now, this.inReviewNow - 1);
    this.approvedAll++;
    this.open.set(Math.max(now, this.warmupMin), this.counters.created - this.approvedAll);
    if (!asset.counted) return;
    const cycle = now - asset.firstSubmittedAt;
    this.counters.approved++;
    this.cycleTime.add(cycle);
    this.cycleStats.add(cycle);
    this.rounds.add(asset.rounds);
    if (asset.priority >= 4) this.urgentCycle.add(cycle);
    const route = asset.route === 'sync' ? this.byRoute.sync : this.byRoute.async;
    route.cycle.add(cycle);
    tallyRevisions(this.revisions, asset.changesRequested);
    tallyRevisions(route.revisions, asset.changesRequested);
  }

  /** A review sent an asset back. */
  changesRequested(asset: Asset, cause: ReworkCause): void {
    if (!asset.counted) return;
    // A fixed field per cause: reworkCauses[cause]++ with a varying cause is a megamorphic keyed store.
    const r = this.reworkCauses;
    switch (cause) {
      case 'defect': r.defect++; return;
      case 'misread': r.misread++; return;
      case 'relitigation': r.relitigation++; return;
      case 'perfectionism': r.perfectionism++; return;
    }
  }

  /** A ticket's first response after `waitMin` (sla: met or not, undefined without an SLA). */
  firstResponded(asset: Asset, waitMin: number, slaMet: boolean | undefined): void {
    if (!asset.counted) return;
    this.counters.tickets++;
    this.firstResponse.add(waitMin);
    if (waitMin > 1e-9) this.counters.ticketsWaited++;
    if (slaMet !== undefined) {
      this.counters.slaTickets++;
      if (slaMet) this.counters.slaMet++;
    }
  }

  /** A wait ended: `workingMin` charged to its cause, `offHoursMin` to outside working hours. */
  waited(asset: Asset, cause: WaitCause, workingMin: number, offHoursMin: number): void {
    if (!asset.counted) return;
    const w = this.waiting;
    w.outsideHours += offHoursMin;
    // A fixed field per cause, as in changesRequested.
    switch (cause) {
      case 'meeting': w.meeting += workingMin; return;
      case 'queue': w.queue += workingMin; return;
      case 'revision': w.revision += workingMin; return;
      case 'clarification': w.clarification += workingMin; return;
    }
  }

  /** Counts an occurrence (escalation, ping, …) if within the window. */
  count(name: keyof Collector['counters'], now: number, by = 1): void {
    if (this.inWindow(now)) this.counters[name] += by;
  }

  /** A meeting: how many agenda items it had and discussed. */
  meeting(now: number, agenda: number, discussed: number): void {
    if (!this.inWindow(now)) return;
    this.counters.meetings++;
    this.counters.rollovers += agenda - discussed;
    this.meetings.push({ agenda, discussed });
  }

  /** A campaign whose assets are all approved: its makespan. */
  campaignDone(publishedAt: number, now: number): void {
    if (publishedAt >= this.warmupMin) this.makespan.add(now - publishedAt);
  }

  /** The number of tickets waiting for review changed. */
  setQueued(now: number, n: number): void {
    this.queuedNow = n;
    this.queued.set(Math.max(now, this.warmupMin), n);
  }

  private setInReview(now: number, n: number): void {
    this.inReviewNow = n;
    this.inReview.set(Math.max(now, this.warmupMin), n);
  }

  /** Records time-series sample `i` (work in progress and open assets are read from the collector's own levels). */
  sample(i: number, queueLength: number, oldestAgeMin: number): void {
    this.series.queueLength[i] = queueLength;
    this.series.oldestTicketAgeHours[i] = oldestAgeMin / 60;
    this.series.workInProgress[i] = this.inReviewNow;
    this.series.assetsOpen[i] = this.counters.created - this.approvedAll;
  }
}

/**
 * A series of zeros to copy. Made of fractions first, so that V8 stores it (and every copy) as
 * unboxed doubles: a copy costs a quarter of filling a new array, and the first fractional sample
 * written into it converts nothing.
 */
const ZERO_SERIES: number[] = Array.from({ length: SERIES_POINTS }, () => 0.5).fill(0);

function zeroSeries(): number[] {
  return ZERO_SERIES.slice();
}
