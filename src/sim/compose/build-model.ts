import type { Random } from '../random/stream.js';
import type { ModelName } from '../scenario/types.js';
import type { Person } from '../model/person.js';
import { Pipeline } from '../model/pipeline.js';
import { armTeamChanges } from '../model/team-changes.js';
import type { World } from '../model/world.js';
import { AsyncQueue } from '../policies/async-queue.js';
import { followTheSun, leastLoaded, pull, roundRobin, type Assignment } from '../policies/assignment.js';
import { arbitrary, queueOrder, type QueueOrder } from '../policies/queue-order.js';
import { armSla } from '../policies/sla.js';
import { armOwnWork, lastLook } from '../policies/attention.js';
import { armPings } from '../policies/pings.js';
import { armAdHocCalls } from '../policies/ad-hoc-call.js';
import { armTriage } from '../policies/triage.js';
import { SyncGate } from '../policies/sync-gate.js';
import { revisionRouterFor, routerFor } from '../policies/routing.js';

/** Wires a review model into a world: the pipeline, its routes and their policies. */
export function buildModel(world: World, model: ModelName): Pipeline {
  const s = world.scenario;
  const pipeline = new Pipeline(world);
  pipeline.routeOf = routerFor(model, s);
  pipeline.revisionRouteOf = revisionRouterFor(model, s);
  // A named function, not a literal assigned to the hook: see World (hooks).
  const look = (person: Person, now: number) => lastLook(person, s.originMs, now);
  world.lastLook = look;
  const usesSync = model === 'sync' || (model === 'hybrid' && s.hybrid.routes.some((r) => r.model === 'sync' || r.revisions === 'sync'));
  const usesAsync = model !== 'sync';
  armOwnWork(world);
  if (usesSync) pipeline.channels.sync = new SyncGate(pipeline);
  if (usesAsync) pipeline.channels.async = model === 'event-driven' ? eventDrivenQueue(pipeline) : asyncQueue(pipeline);
  armTeamChanges(world, pipeline);
  return pipeline;
}

function asyncQueue(pipeline: Pipeline): AsyncQueue {
  const w = pipeline.world;
  const a = w.scenario.async;
  pipeline.submissionNotes = true;
  const assignment: Assignment = a.assignment === 'pull' ? pull : a.assignment === 'round-robin' ? roundRobin() : leastLoaded;
  const queue = new AsyncQueue(pipeline, {
    reviewers: a.reviewers,
    assignment,
    orderFor: a.dashboard ? constant(queueOrder(a.order)) : arbitraryPerReviewer(w),
    prefill: 0,
  });
  if (a.sla || a.escalation) {
    armSla(queue, {
      firstResponse: a.sla?.firstResponse,
      switchBefore: a.sla?.switchBefore,
      calendarPeople: a.sla && a.sla.calendar !== 'reviewer' ? (w.scenario.groups.get(a.sla.calendar) ?? []).map((id) => w.people[id]) : null,
      escalation: a.escalation,
    });
  }
  if (!a.dashboard) armPings(queue, a.pings.after, a.pings.interruptMin);
  if (a.adHocCall) armAdHocCalls(queue, a.adHocCall.after, a.adHocCall.durationMin);
  if (a.triage) armTriage(queue, a.triage);
  return queue;
}

/** Event-driven: tickets pre-filled from the brief, assigned to whoever works now, escalated automatically. */
function eventDrivenQueue(pipeline: Pipeline): AsyncQueue {
  const w = pipeline.world;
  const a = w.scenario.async;
  const e = w.scenario.eventDriven;
  const queue = new AsyncQueue(pipeline, {
    reviewers: a.reviewers,
    assignment: followTheSun,
    orderFor: constant(queueOrder(a.order)),
    prefill: e.prefill,
  });
  armSla(queue, {
    firstResponse: a.sla?.firstResponse,
    switchBefore: a.sla?.switchBefore,
    calendarPeople: a.sla && a.sla.calendar !== 'reviewer' ? (w.scenario.groups.get(a.sla.calendar) ?? []).map((id) => w.people[id]) : null,
    escalation: { after: e.escalateAfter, action: 'reassign', lead: [], handoverMin: e.handoverMin },
  });
  return queue;
}

function constant(order: QueueOrder): (reviewer: Person) => QueueOrder {
  return () => order;
}

function arbitraryPerReviewer(w: World): (reviewer: Person) => QueueOrder {
  const orders = new Map<number, QueueOrder>();
  return (reviewer) => {
    let order = orders.get(reviewer.id);
    if (!order) {
      const rng: Random = w.streams.get('pick', reviewer.id);
      order = arbitrary(rng);
      orders.set(reviewer.id, order);
    }
    return order;
  };
}

