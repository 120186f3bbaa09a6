/** One meeting held: the items on its agenda and how many of them it discussed. */
export interface MeetingRow {
  agenda: number;
  discussed: number;
}

/** The share of its agenda a meeting discussed, averaged over meetings that had an agenda (NaN when none had). */
export function agendaDiscussedPerMeeting(rows: readonly MeetingRow[]): number {
  let sum = 0, n = 0;
  for (const r of rows) {
    if (r.agenda <= 0) continue;
    sum += r.discussed / r.agenda;
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

/** The share of all agenda items discussed, meetings pooled: a long agenda weighs as many items as it has. */
export function agendaDiscussedByItems(rows: readonly MeetingRow[]): number {
  let agenda = 0, discussed = 0;
  for (const r of rows) {
    agenda += r.agenda;
    discussed += r.discussed;
  }
  return agenda > 0 ? discussed / agenda : NaN;
}
