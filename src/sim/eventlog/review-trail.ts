import type { EventRow } from '../model/world.js';
import type { PersonSpec, Scenario } from '../scenario/types.js';
import { readActivity, type Activity } from './activity.js';

/** An event-log row read in its context: its activity, who did it, and the ticket or meeting it belongs to. */
export interface TrailEvent {
  row: EventRow;
  activity: Activity;
  /** The acting person, when the row names one. */
  person: PersonSpec | undefined;
  /** The zone the event's time is written in: the acting person's, else the asset's designer's, else UTC. */
  tz: string;
  /** The async ticket the event is part of ('' when none): one per submission of an asset to the queue. */
  ticket: string;
  /** The meeting the event is part of ('' when none). */
  meeting: string;
  /** True on the first look at a submission: its first review started, its discussion in a meeting, an ad-hoc call on it. */
  firstResponse: boolean;
}

/** What the trail remembers of an asset while it is in review. */
interface AssetTrail {
  submissions: number;
  ticket: string;
  responded: boolean;
  meeting: string;
}

/**
 * Follows the event-log rows of one replication in time order and tells, for each, the ticket and
 * meeting it belongs to and whether it is a first response — things a row does not say by itself.
 * A ticket opens when an asset is submitted to the async queue and closes at the decision on it; a
 * meeting opens at its start row, and the assets discussed in it belong to it until their decision.
 * It remembers only the assets in review (memory grows with work in progress, not with the log).
 */
export class ReviewTrail {
  private readonly people = new Map<string, PersonSpec>();
  private readonly assets = new Map<string, AssetTrail>();
  private readonly activities = new Map<string, Activity>();
  private readonly openMeetings = new Map<string, string>();
  private lastMeeting = '';
  private meetings = 0;
  /** The one event `read` fills in and returns (a log has a million rows: no object each). */
  private readonly event: TrailEvent = { row: null as unknown as EventRow, activity: readActivity(''), person: undefined, tz: 'UTC', ticket: '', meeting: '', firstResponse: false };

  constructor(readonly scenario: Scenario) {
    for (const p of scenario.people) if (!this.people.has(p.name)) this.people.set(p.name, p);
  }

  /** The person of a name ('' or unknown: undefined). */
  person(name: string): PersonSpec | undefined {
    return name === '' ? undefined : this.people.get(name);
  }

  /**
   * The row read in context; rows must come in the order the simulation wrote them. The event
   * returned is the trail's own, filled in again by the next call: use it before reading on.
   */
  read(row: EventRow): TrailEvent {
    let activity = this.activities.get(row.activity);
    if (activity === undefined) this.activities.set(row.activity, (activity = readActivity(row.activity)));
    const person = this.person(row.person);
    const event = this.event;
    event.row = row;
    event.activity = activity;
    event.person = person;
    event.tz = person?.calendar.tz ?? this.person(row.designer)?.calendar.tz ?? 'UTC';
    event.ticket = '';
    event.meeting = '';
    event.firstResponse = false;
    if (row.asset === '') {
      if (activity.detailName === 'slot') {
        const id = `m${++this.meetings}`;
        this.openMeetings.set(activity.name, id);
        this.lastMeeting = id;
        event.meeting = id;
      }
      return event;
    }
    let trail = this.assets.get(row.asset);
    const name = activity.name;
    if (name === 'submitted') {
      if (trail === undefined) this.assets.set(row.asset, (trail = { submissions: 0, ticket: '', responded: false, meeting: '' }));
      trail.submissions++;
      trail.responded = false;
      trail.meeting = '';
      trail.ticket = activity.detail === 'async' ? `${row.asset}#${trail.submissions}` : '';
      event.ticket = trail.ticket;
      return event;
    }
    if (trail === undefined) return event;
    if (name === 'discussed') {
      trail.meeting = this.openMeetings.get(activity.detail) ?? this.lastMeeting;
    } else if (name === 'rolled over') {
      event.meeting = this.lastMeeting;
    }
    event.ticket = trail.ticket;
    event.meeting ||= trail.meeting;
    if (!trail.responded && (name === 'discussed' || name === 'ad-hoc call' || (name === 'review' && activity.transition === 'start'))) {
      trail.responded = true;
      event.firstResponse = true;
    }
    if (name === 'approved' || name === 'changes requested') {
      trail.ticket = '';
      trail.meeting = '';
      if (name === 'approved') this.assets.delete(row.asset);
    }
    return event;
  }
}
