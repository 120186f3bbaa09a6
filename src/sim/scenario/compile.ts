import { assumed } from './assumptions.js';
import type { ScenarioDocument } from './schema/scenario.js';
import { CompileContext } from './compile-context.js';
import { compileStreams } from './compile-streams.js';
import { compileTeam, lookSlots, looksEvery, resolveNames, withRole, type CompiledTeam } from './compile-team.js';
import type { Problem } from './problem.js';
import { followsFrom } from './schema-problems.js';
import { semanticProblems } from './semantic.js';
import type { CampaignSpec, MeetingSpec, ModelName, Scenario } from './types.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ALL_MODELS: ModelName[] = ['sync', 'async', 'hybrid', 'event-driven'];

/** Converts a schema-valid document into a precise Scenario, or returns its problems (checked also for `models`, beyond the file's own). */
export function compileScenario(doc: ScenarioDocument, models: readonly ModelName[] = []): { scenario: Scenario; problems: Problem[] } {
  const ctx = new CompileContext();
  const team = compileTeam(doc, ctx);
  const originMs = Date.parse(doc.start);
  const horizonMin = ctx.minutes(doc.horizon, ['horizon']);
  const warmupMin = ctx.minutes(doc.warmup, ['warmup']);
  if (horizonMin <= 0) ctx.problem(['horizon'], 'the horizon must be longer than zero');
  if (warmupMin >= horizonMin && horizonMin > 0) ctx.problem(['warmup'], 'the warm-up must end before the horizon');
  const e = doc.effort;
  const d = (input: Parameters<CompileContext['distribution']>[0], ...path: (string | number)[]) =>
    ctx.distribution(input, ['effort', ...path]);
  const variant = d(e.variant, 'variant');
  const scenario: Scenario = {
    name: doc.name,
    description: doc.description ?? '',
    originMs,
    horizonMin,
    warmupMin,
    replications: doc.replications,
    seed: doc.seed,
    model: doc.model,
    models: doc.models ?? ALL_MODELS,
    people: team.people,
    groups: team.groups,
    campaigns: compileCampaigns(doc, horizonMin, ctx),
    streams: compileStreams(doc, { originMs, horizonMin }, ctx),
    effort: {
      design: d(e.design, 'design'),
      variant,
      routine: e.routine ? d(e.routine, 'routine') : variant,
      revisionFraction: {
        defect: e.revision.defect,
        misread: e.revision.misread,
        relitigation: e.revision.relitigation,
        perfectionism: e.revision.perfectionism,
      },
      revisionDecay: e.revision.decay,
      preflightFix: d(e.preflightFix, 'preflightFix'),
      review: d(e.review, 'review'),
      feedback: d(e.feedback, 'feedback'),
      submissionNote: d(e.submissionNote, 'submissionNote'),
      discussion: d(e.discussion, 'discussion'),
      clarification: d(e.clarification, 'clarification'),
    },
    quality: { ...doc.quality, rework: doc.quality.rework === 'mechanisms' },
    preflight: {
      enabled: doc.preflight.enabled,
      catchRate: doc.preflight.catchRate,
      runMin: ctx.minutes(doc.preflight.run, ['preflight', 'run']),
    },
    acceptanceCriteria: { ...doc.acceptanceCriteria },
    decisionLog: {
      enabled: doc.decisionLog.enabled,
      relitigation: doc.decisionLog.relitigation,
      upkeepMin: ctx.minutes(doc.decisionLog.upkeep, ['decisionLog', 'upkeep']),
    },
    sync: compileSync(doc, team, ctx),
    async: compileAsync(doc, team, ctx),
    hybrid: {
      routes: doc.hybrid.routes.map((r) => ({
        kind: r.when.kind,
        channels: r.when.channel === undefined ? undefined : [r.when.channel].flat(),
        campaign: r.when.campaign,
        model: r.model,
        revisions: r.revisions,
      })),
    },
    eventDriven: {
      prefill: doc.eventDriven.prefill,
      escalateAfter: ctx.duration(doc.eventDriven.escalateAfter, ['eventDriven', 'escalateAfter']),
      handoverMin: ctx.minutes(doc.async.escalation?.handover ?? assumed('async.escalation.handover'), ['async', 'escalation', 'handover']),
    },
    maxEvents: doc.limits.maxEvents,
    maxPendingEvents: doc.limits.maxPendingEvents,
    maxOpenAssets: doc.limits.maxOpenAssets,
  };
  if (scenario.streams.length === 0 && doc.work.campaigns.length === 0 && doc.work.oneOffs.length === 0) {
    ctx.problem(['work'], 'there is no work: add campaigns, oneOffs or a stream');
  }
  // Settings that do not fit together are checked too; a misfit that only follows from a wrong
  // setting already reported (an unknown attendee leaves a meeting without attendees) is left out.
  const wrong = ctx.problems.map((p) => p.path);
  ctx.problems.push(...semanticProblems(scenario, models).filter((p) => !followsFrom(p, wrong)));
  return { scenario, problems: ctx.problems };
}

function compileCampaigns(doc: ScenarioDocument, horizonMin: number, ctx: CompileContext): CampaignSpec[] {
  const out: CampaignSpec[] = [];
  const names = (v: number | string[], prefix: string) =>
    typeof v === 'number' ? Array.from({ length: v }, (_, i) => `${prefix}${i + 1}`) : v;
  const expand = (publish: string, repeat: string | undefined, path: (string | number)[]) => {
    const first = ctx.minutes(publish, [...path, 'publish']);
    const every = repeat ? ctx.minutes(repeat, [...path, 'repeat']) : 0;
    if (repeat && every <= 0) ctx.problem([...path, 'repeat'], 'must be longer than zero');
    const times: number[] = [];
    for (let t = first; t < horizonMin && times.length < 10_000; t += every) {
      times.push(t);
      if (every <= 0) break;
    }
    return times;
  };
  doc.work.campaigns.forEach((c, i) => {
    const times = expand(c.publish, c.repeat, ['work', 'campaigns', i]);
    times.forEach((publishMin, k) =>
      out.push({
        id: out.length,
        name: times.length > 1 ? `${c.name} #${k + 1}` : c.name,
        publishMin,
        clarity: c.clarity,
        assetTypes: names(c.assetTypes, 'type-'),
        channels: names(c.channels, 'channel-'),
        priority: c.priority,
      }),
    );
  });
  doc.work.oneOffs.forEach((o, i) => {
    const times = expand(o.publish, o.repeat, ['work', 'oneOffs', i]);
    times.forEach((publishMin, k) =>
      out.push({
        id: out.length,
        name: times.length > 1 ? `${o.name} #${k + 1}` : o.name,
        publishMin,
        clarity: o.clarity,
        // Each occurrence is a unique asset: its own type, so no earlier decision is re-opened on it.
        assetTypes: [times.length > 1 ? `${o.name} #${k + 1}` : o.name],
        channels: [o.channel],
        priority: o.priority,
        oneOff: { effortScale: o.effortScale },
      }),
    );
  });
  return out.sort((a, b) => a.publishMin - b.publishMin || a.id - b.id).map((c, id) => ({ ...c, id }));
}

function meeting(
  slot: { day: string | string[]; time: string; tz?: string; duration: string },
  attendees: number[],
  team: CompiledTeam,
  everyDays: number,
  path: (string | number)[],
  ctx: CompileContext,
): MeetingSpec {
  const [h, m] = slot.time.split(':').map(Number);
  const tz = slot.tz ?? (attendees.length > 0 ? team.people[attendees[0]].calendar.tz : 'UTC');
  return {
    everyDays,
    weekdays: everyDays === 1 ? [1, 2, 3, 4, 5, 6, 7] : [slot.day].flat().map((d) => WEEKDAYS.indexOf(d) + 1),
    daily: everyDays === 1,
    minuteOfDay: h * 60 + m,
    tz,
    durationMin: ctx.minutes(slot.duration, [...path, 'duration']),
    attendees,
  };
}

function compileSync(doc: ScenarioDocument, team: CompiledTeam, ctx: CompileContext): Scenario['sync'] {
  const s = doc.sync;
  const attendees = s.attendees
    ? resolveNames(s.attendees, team, ['sync', 'attendees'], ctx)
    : withRole(team, 'director').length > 0
      ? withRole(team, 'director')
      : withRole(team, 'reviewer', 'lead');
  const everyDays = s.cadence === 'daily' ? 1 : s.cadence === 'weekly' ? 7 : 14;
  const slots = s.slots ?? [];
  const stretchMin = ctx.minutes(s.stretch, ['sync', 'stretch']);
  const rotation = slots.map((slot, i) => ({ ...meeting({ ...slot, duration: s.duration }, attendees, team, everyDays, ['sync', 'slots', i], ctx), stretchMin }));
  const base = rotation[0] ?? { ...meeting(s, attendees, team, everyDays, ['sync'], ctx), stretchMin };
  const overflowMin = s.overflow ? ctx.minutes(s.overflow.duration, ['sync', 'overflow', 'duration']) : 0;
  if (s.overflow && overflowMin <= 0) ctx.problem(['sync', 'overflow', 'duration'], 'must be longer than zero: an overflow session of 0s discusses nothing');
  return {
    ...base,
    presenters: s.presenters,
    cutoffMin: ctx.minutes(s.cutoff, ['sync', 'cutoff']),
    schedulingMin: ctx.minutes(s.scheduling, ['sync', 'scheduling']),
    rescheduleMin: ctx.minutes(s.reschedule, ['sync', 'reschedule']),
    renegotiateMin: ctx.minutes(s.renegotiate, ['sync', 'renegotiate']),
    rotation: rotation.length > 0 ? rotation : [base],
    overflow: s.overflow && { rollover: s.overflow.rollover, action: s.overflow.action, durationMin: overflowMin },
    fastTrack: s.fastTrack && { kinds: s.fastTrack.kinds, perItemMin: ctx.minutes(s.fastTrack.perItem, ['sync', 'fastTrack', 'perItem']) },
    skipBelow: s.skipThin?.below ?? 0,
  };
}

function compileAsync(doc: ScenarioDocument, team: CompiledTeam, ctx: CompileContext): Scenario['async'] {
  const a = doc.async;
  const reviewers = a.reviewers
    ? resolveNames(a.reviewers, team, ['async', 'reviewers'], ctx)
    : withRole(team, 'reviewer').length > 0
      ? withRole(team, 'reviewer')
      : withRole(team, 'director', 'lead');
  const escalationLead = a.escalation?.lead
    ? resolveNames(a.escalation.lead, team, ['async', 'escalation', 'lead'], ctx)
    : withRole(team, 'lead', 'director');
  if (a.sla && a.sla.calendar !== 'reviewer' && !team.groups.has(a.sla.calendar)) {
    ctx.problem(['async', 'sla', 'calendar'], `"${a.sla.calendar}" is neither "reviewer" nor a team group`);
  }
  if (a.checkEvery) {
    // Deprecated: a look every checkEvery of working time from the start of the day (fixed-times).
    const every = ctx.repeatDuration(a.checkEvery, ['async', 'checkEvery'], 'a reviewer who looks at the queue').minutes;
    for (const id of reviewers) {
      const p = team.people[id];
      p.attention = { ...p.attention, habit: 'fixed-times', lookSlots: lookSlots(looksEvery(p.calendar.hours, every), p.calendar.tz) };
    }
  }
  return {
    reviewers,
    assignment: a.assignment,
    order: a.order,
    sla: a.sla && {
      firstResponse: ctx.duration(a.sla.firstResponse, ['async', 'sla', 'firstResponse']),
      calendar: a.sla.calendar,
      switchBefore: ctx.duration(a.sla.switchBefore, ['async', 'sla', 'switchBefore']),
    },
    escalation: a.escalation && {
      after: ctx.duration(a.escalation.after, ['async', 'escalation', 'after']),
      action: a.escalation.action,
      lead: escalationLead,
      handoverMin: ctx.minutes(a.escalation.handover, ['async', 'escalation', 'handover']),
    },
    dashboard: a.dashboard,
    pings: {
      after: a.dashboard ? ctx.duration(a.pings.after, ['async', 'pings', 'after']) : ctx.repeatDuration(a.pings.after, ['async', 'pings', 'after'], 'a ticket pinged'),
      interruptMin: ctx.minutes(a.pings.interrupt, ['async', 'pings', 'interrupt']),
    },
    triage: a.triage && {
      ...meeting(
        a.triage,
        a.triage.attendees ? resolveNames(a.triage.attendees, team, ['async', 'triage', 'attendees'], ctx) : reviewers,
        team,
        7,
        ['async', 'triage'],
        ctx,
      ),
      items: a.triage.items,
    },
    adHocCall: a.adHocCall && {
      after: ctx.duration(a.adHocCall.after, ['async', 'adHocCall', 'after']),
      durationMin: ctx.minutes(a.adHocCall.duration, ['async', 'adHocCall', 'duration']),
    },
    oneOffSetupMin: ctx.minutes(a.oneOffSetup, ['async', 'oneOffSetup']),
  };
}
