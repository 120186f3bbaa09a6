/** Values the generators draw from: valid ones, values at a bound, and typical mistakes. */

export const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Etc/GMT+12', 'Etc/GMT-14'];
export const BAD_ZONES = ['Mars/Olympus', 'utc', 'EST', '+02:00', '', 'America/New York', 'Europe/Berlin ', 'GMT+25', 'constructor', 'Etc/Unknown'];

export const HOURS = ['09:00-17:00', '24/7', '08:00-12:00, 13:00-17:00', '00:00-23:59', '10:00-10:01'];
export const BAD_HOURS = ['17:00-09:00', '22:00-06:00', '09:00-09:00', '24:00-25:00', '9-5', '00:00-24:00', '24/7 ', '09:00-12:00, 11:00-17:00', '', 'always', '09:60-17:00', '-', '09:00-17:00,'];

export const DAYS: unknown[] = ['mon-fri', 'all', 'sun-thu', ['sat'], 'sat-sun', ['mon', 'mon']];
export const BAD_DAYS: unknown[] = ['', 'fri-mon', 'funday', [], ['someday'], 'mon-', 7, 'MON-FRI', 'weekdays'];

export const DURATIONS = ['0s', '1s', '90s', '1m', '20m', '4h', '2d', '1w', '.5h', '0.0001m', '4bh', ' 3h ', '1w'];
export const BAD_DURATIONS: unknown[] = ['-5m', '5', '5 minutes', '1e3m', `${'9'.repeat(401)}m`, '100000w', 'PT1H', '', '3 h', '1.m', 20, null, '4bh ', '1y'];

export const NUMBERS: unknown[] = [0, -1, -0.5, 0.5, 1, 1.0000001, 2, 100, 1000, 1001, 100000, 100001, 1e9, 1e308, -1e308, 2 ** 53, 0.1 + 0.2, 1e-300];

export const INSTANTS = ['2026-01-05T00:00:00Z', '0050-01-05T00:00:00Z', '2026-02-30T00:00:00Z', '9999-12-31T23:59:00Z', '2026-03-29T01:30:00+01:00', '2026-13-01T00:00:00Z', '1970-01-01T00:00:00Z', '2026-01-05T24:00:00Z', '2026-01-05', 'tomorrow'];

export const DATES = ['2026-01-06', '2026-02-31', '2026-02-29', '0000-00-00', '2026-1-6', '9999-12-31', '2026-01-05'];

/** Names every JavaScript object answers to: a map lookup that is not own-property-safe finds them. */
export const PROTOTYPE_NAMES = ['constructor', 'valueOf', 'toString', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];

/** Anything in place of anything: swapped types and extremes. */
export const WEIRD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], {}, [1, 2], { a: 1 }, 'constructor', [[[]]], `${'9'.repeat(401)}m`];

export const MODEL_NAMES = ['sync', 'async', 'hybrid', 'event-driven'];
