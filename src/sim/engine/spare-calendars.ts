/**
 * Event calendars of finished runs, kept to be handed to the next run instead of allocating its
 * typed arrays afresh (a replication's calendar costs more to allocate than to clear). At most
 * two are kept, none larger than 8,192 entries: about 720 KB at most.
 */

import { EventCalendar } from './event-calendar.js';

const MAX_SPARES = 2;
const MAX_SPARE_ENTRIES = 8192;
const spares: EventCalendar[] = [];

/** An empty calendar: a spare one cleared, or a new one of `initialCapacity` entries. */
export function takeCalendar(initialCapacity: number): EventCalendar {
  const spare = spares.pop();
  if (spare === undefined) return new EventCalendar(initialCapacity);
  spare.clear();
  return spare;
}

/** Keeps a calendar no longer used for the next `takeCalendar`, unless enough are kept already. */
export function giveBackCalendar(calendar: EventCalendar): void {
  if (spares.length < MAX_SPARES && calendar.capacity <= MAX_SPARE_ENTRIES) spares.push(calendar);
}
