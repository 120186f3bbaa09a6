import type { CalendarSpec } from '../calendar/working-calendar.js';
import type { Distribution } from '../random/distribution.js';
import type { PiecewiseRate } from '../random/piecewise-poisson.js';
import type { ParsedDuration } from './duration.js';

/** A review model. */
export type ModelName = 'sync' | 'async' | 'hybrid' | 'event-driven';
/** A role. */
export type Role = 'designer' | 'reviewer' | 'director' | 'lead';
/** The kind of an asset. */
export type AssetKind = 'template' | 'variant' | 'one-off' | 'routine';

/** When a person notices new review tickets. */
export type Habit = 'continuous' | 'fixed-times' | 'task-boundaries';

/** A person's own work and look habit, resolved. */
export interface AttentionSpec {
  /** Share of working hours own work claims (0: none). */
  ownWork: number;
  ownTask: Distribution;
  /** Working time between own-task arrivals, when given instead of a share. */
  ownTasksEvery?: Distribution;
  habit: Habit;
  /** One daily slot per look time (habit fixed-times), in the person's zone. */
  lookSlots: MeetingSpec[];
}

/** One person, resolved from a team group. */
export interface PersonSpec {
  id: number;
  name: string;
  group: string;
  role: Role;
  calendar: CalendarSpec;
  speed: number;
  perfectionism: number;
  attention: AttentionSpec;
  /** When the person joins (-Infinity: a member from the start) and leaves for good (Infinity: stays), simulation minutes. */
  joinMin: number;
  leaveMin: number;
  /** Random turnover of this member's seat: tenure exponential with this mean, then a vacancy until the replacement joins. */
  turnover?: { meanTenureMin: number; vacancy: Distribution };
  /** A new member (a join or a replacement) works at `speed` × their speed for `periodMin` after joining. */
  onboarding: { periodMin: number; speed: number };
  /** Working minutes whoever takes over this person's work spends reading into each piece. */
  handoverMin: number;
}

/** A campaign occurrence (repeats expanded). */
export interface CampaignSpec {
  id: number;
  name: string;
  publishMin: number;
  clarity: number;
  assetTypes: string[];
  channels: string[];
  priority: number;
  /** A one-off: one asset, designed at `effortScale` × template effort, no variants. */
  oneOff?: { effortScale: number };
}

/** How a stream's arrivals come: at drawn gaps (a renewal process), or Poisson with a rate by phase. */
export type StreamArrivals =
  | { kind: 'renewal'; interarrival: Distribution }
  | { kind: 'poisson'; phases: PiecewiseRate; expectedArrivals: number };

/** A stream of routine assets. */
export interface StreamSpec {
  /** Names its random numbers; '' for the unnamed `work.stream`. */
  name: string;
  /** Where the file writes it, for messages: "work.stream" or "work.streams.2". */
  source: string;
  arrivals: StreamArrivals;
  clarity: number;
  /** Its assets' channel, or channels (each arrival on one, drawn at random). */
  channels: string[];
  priority: number;
  untilMin: number;
}

/** A recurring meeting slot. */
export interface MeetingSpec {
  everyDays: number;
  /** ISO weekdays (1..7) of the meeting; for daily, every weekday (skipped when an attendee is off). */
  weekdays: number[];
  /** Daily meetings are skipped, not moved, when an attendee is away. */
  daily: boolean;
  minuteOfDay: number;
  tz: string;
  durationMin: number;
  attendees: number[];
  /** Minutes before or after their working hours the attendees still take the meeting (0 or absent: only in hours). */
  stretchMin?: number;
}

/** A validated scenario with every unit resolved to minutes: the simulation never re-checks it. */
export interface Scenario {
  name: string;
  description: string;
  originMs: number;
  horizonMin: number;
  warmupMin: number;
  replications: number;
  seed: number | string;
  model: ModelName;
  models: ModelName[];
  people: PersonSpec[];
  /** Person ids of each team group, by group name (only the groups the scenario defines). */
  groups: ReadonlyMap<string, readonly number[]>;
  campaigns: CampaignSpec[];
  /** Streams of routine assets: `work.stream` first (when given), then `work.streams`. */
  streams: StreamSpec[];
  effort: {
    design: Distribution;
    variant: Distribution;
    routine: Distribution;
    /** Revision effort as a fraction of the first version's, by send-back cause. */
    revisionFraction: Record<'defect' | 'misread' | 'relitigation' | 'perfectionism', number>;
    revisionDecay: number;
    preflightFix: Distribution;
    review: Distribution;
    feedback: Distribution;
    submissionNote: Distribution;
    discussion: Distribution;
    clarification: Distribution;
  };
  quality: {
    rework: boolean;
    defectRate: number;
    misread: number;
    meetingMisread: number;
    questionRate: number;
    perfectionism: number;
    meetingPressure: number;
    roundDecay: number;
    variantInheritance: number;
  };
  preflight: { enabled: boolean; catchRate: number; runMin: number };
  acceptanceCriteria: { enabled: boolean; residual: number };
  decisionLog: { enabled: boolean; relitigation: number; upkeepMin: number };
  sync: MeetingSpec & {
    presenters: boolean;
    cutoffMin: number;
    schedulingMin: number;
    rescheduleMin: number;
    /** Each required attendee's working minutes to agree the slot again after a change of attendees. */
    renegotiateMin: number;
    /** The meeting times used in turn (one: the meeting itself, always at its time). */
    rotation: MeetingSpec[];
    /** More than `rollover` items left over: an overflow session, or a longer next meeting. */
    overflow?: { rollover: number; action: 'session' | 'longer'; durationMin: number };
    /** Items of these kinds are signed off by the chair without discussion. */
    fastTrack?: { kinds: AssetKind[]; perItemMin: number };
    /** A meeting with fewer agenda items than this is skipped (0: never). */
    skipBelow: number;
  };
  async: {
    reviewers: number[];
    assignment: 'pull' | 'round-robin' | 'least-loaded';
    order: 'fifo' | 'priority' | 'oldest-first';
    sla?: { firstResponse: ParsedDuration; calendar: 'reviewer' | string; switchBefore: ParsedDuration };
    escalation?: { after: ParsedDuration; action: 'reassign' | 'lead'; lead: number[]; handoverMin: number };
    dashboard: boolean;
    pings: { after: ParsedDuration; interruptMin: number };
    triage?: MeetingSpec & { items: number };
    adHocCall?: { after: ParsedDuration; durationMin: number };
    /** Working minutes to set up the async pipeline for one one-off (0: none). */
    oneOffSetupMin: number;
  };
  hybrid: {
    routes: Array<{ kind?: AssetKind; channels?: string[]; campaign?: string; model: 'sync' | 'async'; revisions?: 'sync' | 'async' }>;
  };
  eventDriven: { prefill: number; escalateAfter: ParsedDuration; handoverMin: number };
  maxEvents: number;
  /** Most events pending at once before the run stops as a runaway. */
  maxPendingEvents: number;
  /** Most assets open at once (created, not yet approved) before the run stops as a runaway. */
  maxOpenAssets: number;
}
