/** Which limit a runaway run hit: events processed, events pending at once, or assets open at once. */
export type RunawayLimit = 'events' | 'pending' | 'open';

/** The scenario field that sets each limit. */
const LIMIT_FIELD: Record<RunawayLimit, string> = { events: 'maxEvents', pending: 'maxPendingEvents', open: 'maxOpenAssets' };

/**
 * Raised when a run exceeds its event budget or its pending-events limit: a runaway scenario,
 * reported instead of hanging or exhausting memory. `source` names what generated the work, when
 * the model can tell.
 */
export class RunawayError extends Error {
  constructor(
    readonly limit: RunawayLimit,
    readonly count: number,
    readonly now: number,
    readonly source = '',
  ) {
    super(
      (limit === 'events'
        ? `the simulation processed ${count.toLocaleString('en-US')} events and reached only minute ${now.toFixed(0)} of its horizon`
        : limit === 'pending'
          ? `the simulation held ${count.toLocaleString('en-US')} pending events at minute ${now.toFixed(0)}`
          : `the simulation had ${count.toLocaleString('en-US')} assets open at once at minute ${now.toFixed(0)}: work arrives far faster than it can be done`) +
        (source ? `; most of the work came from ${source}` : '; the scenario is probably generating work faster than it can be done') +
        ` (raise limits.${LIMIT_FIELD[limit]} if this is intended)`,
    );
    this.name = 'RunawayError';
  }

  /** The same error with the cause named. */
  withSource(source: string): RunawayError {
    return new RunawayError(this.limit, this.count, this.now, source);
  }
}
