/**
 * The bounds a scenario's values obey, wherever they are given: in the file, by an override or on
 * the command line. One place, so that the schema, the compiler and the CLI agree.
 */

/** Most replications a run may ask for. */
export const MAX_REPLICATIONS = 100_000;

/** Most events a run may hold pending at once (the event calendar holds 4,194,304). */
export const MAX_PENDING_EVENTS = 4_000_000;

/** Longest horizon: ten years of 52 weeks, in minutes. Longer runs are a typo, not a plan. */
export const MAX_HORIZON_MIN = 520 * 10_080;

/** Longest duration any field may hold (the horizon's bound: nothing longer can matter). */
export const MAX_DURATION_MIN = MAX_HORIZON_MIN;

/** How a bound on durations reads in a message. */
export const MAX_DURATION_TEXT = '520w (ten years)';

/** Highest arrival rate a stream may reach, per minute (one a second): more floods the run at an instant. */
export const MAX_ARRIVAL_RATE_PER_MIN = 60;

/** How the bound on arrival rates reads in a message. */
export const MAX_ARRIVAL_RATE_TEXT = '60/m (one a second)';
