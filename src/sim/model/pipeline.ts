import { RunawayError } from '../engine/simulation.js';
import type { AssetKind, CampaignSpec } from '../scenario/types.js';
import { createAsset, type Asset } from './asset.js';
import { campaignKeys, type AssetKey } from './asset-keys.js';
import { AssetDraws } from './draws.js';
import type { Decision, ReviewSetting } from './outcome.js';
import type { ReviewChannel } from './review-channel.js';
import { DesignTask, type DesignKind } from './design-task.js';
import { plainTask } from './task.js';
import type { World } from './world.js';

/** Top priority for quick answers to questions; revisions come before new work of equal priority. */
const ANSWER_PRIORITY = 100;

/** A version for a designer: its kind, its effort, and the written message it acts on (posted then). */
interface DesignWork {
  kind: DesignKind;
  effortMin: number;
  /** When the feedback, approval or written brief it acts on was posted; -Infinity when none. */
  postedAt: number;
}

/** The asset lifecycle: briefs become design tasks, designs are submitted, decisions send work back or on. */
export class Pipeline {
  readonly draws: AssetDraws;
  readonly designers: number[];
  /** Review intake per route, set by the model. */
  readonly channels: { sync?: ReviewChannel; async?: ReviewChannel } = {};
  /** Picks an asset's route (sync or async). */
  routeOf: (asset: Asset) => 'sync' | 'async' = () => 'async';
  /** Where a sent-back asset is reviewed next, when the model routes revisions apart (hybrid `revisions`); null: where it was. */
  revisionRouteOf: ((asset: Asset) => 'sync' | 'async') | null = null;
  /** Designers write a submission note for async tickets (not when the brief pre-fills it). */
  submissionNotes = false;
  /** Asset type → campaign whose approval first settled it. */
  private readonly decidedTypes = new Map<string, number>();
  private readonly campaignOpen = new Map<number, number>();

  constructor(readonly world: World) {
    this.draws = new AssetDraws(world.seed, world.scenario.quality.rework);
    this.designers = world.people.filter((p) => p.spec.role === 'designer').map((p) => p.id);
  }

  /**
   * A brief is published: a template per asset type (or the one-off asset) goes to design; a
   * one-off routed to the async queue first has its pipeline set up.
   */
  publish(c: CampaignSpec, now: number): void {
    const kind: AssetKind = c.oneOff ? 'one-off' : 'template';
    this.campaignOpen.set(c.id, c.oneOff ? 1 : c.assetTypes.length * (1 + c.channels.length));
    const keys = campaignKeys(c).templates;
    for (const type of c.assetTypes) {
      const asset = this.newAsset({ key: keys.get(type)!, kind, campaign: c.id, assetType: type, channel: kind === 'one-off' ? c.channels[0] : 'template', clarity: c.clarity, priority: c.priority, template: -1 }, now);
      const effort = this.draws.sample(asset, 'effort', this.world.scenario.effort.design) * (c.oneOff?.effortScale ?? 1);
      const work: DesignWork = { kind: 'design', effortMin: effort, postedAt: -Infinity };
      if (kind === 'one-off' && asset.route === 'async') this.setUpAsync(asset, work, now);
      else this.design(asset, work, now);
    }
  }

  /**
   * An async pipeline for a single asset is built for it alone: the queue's first reviewer writes
   * its tickets, rubric and written brief (documentation time) before design starts, and the
   * designer starts from the written brief when they next read it.
   */
  private setUpAsync(asset: Asset, work: DesignWork, now: number): void {
    const s = this.world.scenario;
    const owner = s.async.reviewers.length > 0 ? s.async.reviewers[0] : -1;
    if (s.async.oneOffSetupMin <= 0 || owner < 0) {
      this.design(asset, work, now);
      return;
    }
    this.world.assign(owner, plainTask({
      kind: 'setup',
      asset,
      effortMin: s.async.oneOffSetupMin,
      hoursKind: 'setup',
      priority: asset.priority,
      createdAt: now,
      done: (t) => this.design(asset, { ...work, postedAt: t }, t),
    }), now);
  }

  /** A routine asset of a stream arrives; `key` names its random numbers. */
  arrive(routine: { key: AssetKey; channel: string; clarity: number; priority: number }, now: number): void {
    const { key, channel, clarity, priority } = routine;
    const asset = this.newAsset({ key, kind: 'routine', campaign: -1, assetType: 'routine', channel, clarity, priority, template: -1 }, now);
    if (this.designers.length === 0) {
      asset.state = 'in-design';
      this.submit(asset, now);
      return;
    }
    this.design(asset, { kind: 'routine', effortMin: this.draws.sample(asset, 'effort', this.world.scenario.effort.routine), postedAt: -Infinity }, now);
  }

  private newAsset(init: Parameters<typeof createAsset>[0], now: number): Asset {
    const asset = createAsset(init, this.world.assetCount++, now);
    asset.route = this.routeOf(asset);
    if (this.world.keepAssets) this.world.assets.push(asset);
    if (this.world.log) this.world.record(asset, -1, 'created', now);
    const m = this.world.metrics;
    m.created(now);
    const open = m.counters.created - m.approvedAll;
    if (open > this.world.scenario.maxOpenAssets) throw new RunawayError('open', open, now);
    return asset;
  }

  /** The designer with the least work, among those on the team now when the team changes. */
  private leastLoadedDesigner(now: number): number {
    let best = -1, bestLoad = Infinity;
    const changing = this.world.teamChanges;
    for (const id of this.designers) {
      const p = this.world.people[id];
      if (changing && !p.memberAt(now)) continue;
      const load = p.tasks.length + (p.current ? 1 : 0);
      if (load < bestLoad) {
        best = id;
        bestLoad = load;
      }
    }
    return best;
  }

  /** Hands a first version to a designer (or submits at once when the team has none). */
  private design(asset: Asset, work: DesignWork, now: number): void {
    asset.baseEffortMin = work.effortMin;
    if (this.designers.length === 0) {
      this.submit(asset, now);
      return;
    }
    // Nobody on the team now: the first designer's seat, whoever takes work for it (team changes).
    asset.designer = this.leastLoadedDesigner(now);
    if (asset.designer < 0) asset.designer = this.designers[0];
    this.world.assign(asset.designer, this.designTask(asset, work, now), now);
  }

  /** A designer's task on a version; async submissions carry a note the designer writes (drawn now). */
  private designTask(asset: Asset, work: DesignWork, now: number): DesignTask {
    const note = this.submissionNotes && asset.route === 'async';
    const noteMin = note ? this.draws.sample(asset, 'note', this.world.scenario.effort.submissionNote) : 0;
    return new DesignTask({ pipeline: this, asset, kind: work.kind, effortMin: work.effortMin, writingMin: noteMin, createdAt: now, postedAt: work.postedAt });
  }

  /** A version is done: draw its trivial defect, run pre-flight if on, then send it to review. */
  submit(asset: Asset, now: number): void {
    const s = this.world.scenario;
    // Two draws a submission (defect, caught) keep the stream aligned whatever pre-flight does.
    const rework = s.quality.rework;
    asset.hasDefect = rework && this.draws.uniform(asset, 'defect') < s.quality.defectRate;
    const caught = rework && this.draws.uniform(asset, 'defect') < s.preflight.catchRate;
    if (!s.preflight.enabled) {
      this.toReview(asset, now);
      return;
    }
    asset.state = 'pre-flight';
    this.world.at(now + s.preflight.runMin, (t) => {
      if (!(asset.hasDefect && caught) || this.designers.length === 0) {
        this.toReview(asset, t);
        return;
      }
      this.world.metrics.count('preflightCatches', t);
      asset.state = 'in-revision';
      this.world.assign(asset.designer, plainTask({
        kind: 'fix',
        asset,
        effortMin: this.draws.sample(asset, 'fix', s.effort.preflightFix),
        hoursKind: 'design',
        priority: asset.priority + 1,
        createdAt: t,
        done: (t2) => {
          asset.hasDefect = false;
          this.world.at(t2 + s.preflight.runMin, (t3) => this.toReview(asset, t3));
        },
      }), t);
    });
  }

  private toReview(asset: Asset, now: number): void {
    if (Number.isNaN(asset.firstSubmittedAt)) {
      asset.firstSubmittedAt = now;
      this.world.metrics.submitted(asset, now);
    }
    asset.state = 'waiting-for-review';
    const channel = this.channels[asset.route]!;
    this.world.beginWait(asset, asset.route === 'sync' ? 'meeting' : 'queue', now);
    if (this.world.log) this.world.record(asset, -1, `submitted to ${asset.route}`, now);
    channel.enqueue(asset, now);
  }

  /**
   * True when this asset's type was settled in an earlier campaign: without a decision log the
   * rationale is lost by now and may be re-opened (variants of this campaign's template are not).
   */
  typeDecidedBefore(asset: Asset): boolean {
    if (asset.kind === 'routine' || asset.kind === 'variant') return false;
    const campaign = this.decidedTypes.get(asset.assetType);
    return campaign !== undefined && campaign !== asset.campaign;
  }

  /**
   * Applies a review decision made by `decider` at `now`, in a meeting or in writing. Written
   * feedback (changes, or an approval that opens the variants) is acted on when the designer next
   * reads it; a decision in a meeting is known at once.
   */
  decided(asset: Asset, decision: Decision, decider: number, now: number, setting: ReviewSetting): void {
    asset.rounds++;
    if (setting === 'meeting') asset.settledInRoom = true;
    const w = this.world;
    if (decision.approve) {
      asset.state = 'approved';
      asset.approvedAt = now;
      w.metrics.approved(asset, now);
      w.record(asset, decider, 'approved', now);
      if (asset.kind !== 'routine' && !this.decidedTypes.has(asset.assetType)) this.decidedTypes.set(asset.assetType, asset.campaign);
      if (w.scenario.decisionLog.enabled && decider >= 0) {
        w.assign(decider, plainTask({ kind: 'upkeep', asset, effortMin: w.scenario.decisionLog.upkeepMin, hoursKind: 'decisionLog', priority: 0, createdAt: now }), now);
      }
      if (asset.kind === 'template') this.spawnVariants(asset, setting, now);
      this.closeOne(asset.campaign, now);
      // Approved is final: nothing draws for this asset again.
      this.draws.release(asset);
      return;
    }
    asset.state = 'changes-requested';
    asset.changesRequested++;
    w.metrics.changesRequested(asset, decision.cause!);
    if (w.log) w.record(asset, decider, `changes requested (${decision.cause})`, now);
    const s = w.scenario;
    const fraction = s.effort.revisionFraction[decision.cause!];
    const effort = asset.baseEffortMin * fraction * Math.pow(s.effort.revisionDecay, asset.rounds - 1);
    if (this.revisionRouteOf !== null) asset.route = this.revisionRouteOf(asset);
    if (this.designers.length === 0) {
      this.submit(asset, now);
      return;
    }
    w.beginWait(asset, 'revision', now);
    const postedAt = setting === 'written' ? now : -Infinity;
    w.assign(asset.designer, this.designTask(asset, { kind: 'revision', effortMin: effort, postedAt }, now), now);
  }

  /** A reviewer's written question reaches the designer, who answers it when they next read it, in their working time. */
  ask(asset: Asset, now: number, answered: (t: number) => void): void {
    const w = this.world;
    w.metrics.count('questions', now);
    asset.state = 'clarification';
    w.beginWait(asset, 'clarification', now);
    if (this.designers.length === 0 || asset.designer < 0) {
      w.endWait(asset, now, -1);
      answered(now);
      return;
    }
    w.assign(asset.designer, plainTask({
      kind: 'answer',
      asset,
      effortMin: this.draws.sample(asset, 'clarify', w.scenario.effort.clarification),
      hoursKind: 'questions',
      priority: ANSWER_PRIORITY,
      createdAt: now,
      postedAt: now,
      started: (t, person) => w.endWait(asset, t, person),
      done: (t) => answered(t),
    }), now);
  }

  /**
   * An approved template's variants go to design. A template decided in a meeting in any round
   * settled its open questions for the whole type in the room: its variants carry less of the
   * brief's ambiguity, even when its last revision was approved in writing.
   */
  private spawnVariants(template: Asset, setting: ReviewSetting, now: number): void {
    const s = this.world.scenario;
    const c = s.campaigns[template.campaign];
    const ambiguity = (1 - c.clarity) * (template.settledInRoom ? s.quality.meetingMisread / Math.max(s.quality.misread, 1e-9) : 1);
    const clarity = 1 - Math.min(1 - c.clarity, ambiguity);
    const postedAt = setting === 'written' ? now : -Infinity;
    const keys = campaignKeys(c).variants.get(template.assetType)!;
    for (const channel of c.channels) {
      const asset = this.newAsset({ key: keys.get(channel)!, kind: 'variant', campaign: c.id, assetType: template.assetType, channel, clarity, priority: c.priority, template: template.id }, now);
      this.design(asset, { kind: 'variant', effortMin: this.draws.sample(asset, 'effort', this.world.scenario.effort.variant), postedAt }, now);
    }
  }

  private closeOne(campaign: number, now: number): void {
    if (campaign < 0) return;
    const left = (this.campaignOpen.get(campaign) ?? 1) - 1;
    this.campaignOpen.set(campaign, left);
    if (left === 0) this.world.metrics.campaignDone(this.world.scenario.campaigns[campaign].publishMin, now);
  }
}
