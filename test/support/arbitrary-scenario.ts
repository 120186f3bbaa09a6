import fc from 'fast-check';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'America/Los_Angeles', 'UTC', 'Australia/Sydney'];
const HOURS = ['09:00-17:00', '08:00-12:00, 13:00-17:00', '10:00-18:30', '24/7'];

const group = (role: string, maxCount: number) =>
  fc.record({
    role: fc.constant(role),
    count: fc.integer({ min: 1, max: maxCount }),
    tz: fc.constantFrom(...ZONES),
    hours: fc.constantFrom(...HOURS),
    speed: fc.constantFrom(0.8, 1, 1.5),
    attention: fc.record({
      ownWork: fc.constantFrom(0, 0.3, 0.6),
      habit: fc.constantFrom('continuous', 'fixed-times', 'task-boundaries'),
    }),
  });

/** Small but varied scenarios (as plain objects) for property tests of the model. */
export const arbitraryScenario = fc
  .record({
    model: fc.constantFrom('sync', 'async', 'hybrid', 'event-driven'),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    designers: group('designer', 3),
    reviewers: group('reviewer', 3),
    director: group('director', 1),
    campaigns: fc.array(
      fc.record({
        clarity: fc.constantFrom(0.3, 0.7, 1),
        assetTypes: fc.integer({ min: 1, max: 3 }),
        channels: fc.integer({ min: 1, max: 5 }),
        publishDays: fc.integer({ min: 0, max: 6 }),
        priority: fc.integer({ min: 1, max: 5 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    stream: fc.option(fc.constantFrom('6h', '1d'), { nil: undefined }),
    preflight: fc.boolean(),
    dashboard: fc.boolean(),
    sla: fc.option(fc.constantFrom('4bh', '8bh'), { nil: undefined }),
    escalation: fc.option(fc.constantFrom('6bh', '16bh'), { nil: undefined }),
    acceptance: fc.boolean(),
    decisionLog: fc.boolean(),
    checkEvery: fc.option(fc.constantFrom('2bh', '1d'), { nil: undefined }),
    assignment: fc.constantFrom('pull', 'round-robin', 'least-loaded'),
    order: fc.constantFrom('fifo', 'priority', 'oldest-first'),
    meetingMinutes: fc.constantFrom(30, 60, 120),
    cadence: fc.constantFrom('daily', 'weekly'),
    triage: fc.boolean(),
    adHoc: fc.boolean(),
  })
  .map((g) => ({
    name: `generated ${g.model} ${g.seed}`,
    start: '2026-03-02T00:00:00Z',
    horizon: '3w',
    warmup: '0d',
    replications: 1,
    seed: g.seed,
    model: g.model,
    team: { designers: g.designers, reviewers: g.reviewers, director: g.director },
    work: {
      campaigns: g.campaigns.map((c, i) => ({
        name: `c${i}`,
        publish: `${c.publishDays}d`,
        clarity: c.clarity,
        assetTypes: c.assetTypes,
        channels: c.channels,
        priority: c.priority,
      })),
      ...(g.stream ? { stream: { interarrival: { exponential: { mean: g.stream } } } } : {}),
    },
    preflight: { enabled: g.preflight },
    acceptanceCriteria: { enabled: g.acceptance },
    decisionLog: { enabled: g.decisionLog },
    sync: { cadence: g.cadence, duration: `${g.meetingMinutes}m`, time: '15:00', tz: g.director.tz, attendees: ['director'] },
    async: {
      assignment: g.assignment,
      order: g.order,
      dashboard: g.dashboard,
      ...(g.sla ? { sla: { firstResponse: g.sla } } : {}),
      ...(g.escalation ? { escalation: { after: g.escalation } } : {}),
      ...(g.checkEvery ? { checkEvery: g.checkEvery } : {}),
      ...(g.triage ? { triage: { day: 'wed', time: '16:00', tz: g.director.tz, attendees: ['director'] } } : {}),
      ...(g.adHoc ? { adHocCall: { after: '2d' } } : {}),
    },
  }));
