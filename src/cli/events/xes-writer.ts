import type { EventRow } from '../../sim/index.js';
import type { Activity } from '../../sim/eventlog/activity.js';
import { ZonedIsoWriter } from '../../sim/calendar/zoned-iso.js';
import { ReviewTrail } from '../../sim/eventlog/review-trail.js';
import { XES_FOOTER, XES_TRACE_CLOSE, xesDetail, xesEventHead, xesEventTail, xesHeader, xesState, xesTicket, xesTimestamp, xesTraceOpen } from '../../sim/eventlog/xes.js';
import { xmlAttr } from '../../sim/eventlog/xml-text.js';
import type { EventLogWriter, WriterContext } from './event-log-writer.js';
import { FileSink } from './file-sink.js';
import { LineReader, RecordSpill } from './record-spill.js';

/**
 * Numbers for XML pieces that repeat, each piece kept once, found by what it is made of (two keys,
 * objects or short strings: cheaper to look up than the piece's text).
 */
class Pieces<A, B> {
  readonly texts: string[] = [];
  private readonly numbers = new Map<A, Map<B, number>>();
  constructor(private readonly make: (a: A, b: B) => string) {}
  of(a: A, b: B): number {
    let byB = this.numbers.get(a);
    if (byB === undefined) this.numbers.set(a, (byB = new Map()));
    let n = byB.get(b);
    if (n === undefined) byB.set(b, (n = this.texts.push(this.make(a, b)) - 1));
    return n;
  }
}

/**
 * XES, one trace per asset, in two passes so that memory stays flat however long the log. While
 * the simulation runs, each asset event is appended to a scratch file in time order as a record of
 * numbers — its asset, its time and zone, and the XML pieces that repeat (activity by a person,
 * state and round, detail), kept once each — and each asset's trace opening, when first seen, to a
 * second one; only a count of events per asset is kept. At the end the records are read back once:
 * an asset's events are held until its last one arrives, then written out as its trace. Memory is
 * the traces of the assets in progress at one point of the log, plus a key and a number per asset;
 * traces come out in the order assets finish. Rows of no asset (own work, a meeting's start) have
 * no trace; the OCEL and CSV logs carry them.
 */
export function xesWriter(ctx: WriterContext): EventLogWriter {
  const { out, scenario } = ctx;
  const trail = new ReviewTrail(scenario);
  const eventsPath = ctx.scratch('xes-events');
  const tracesPath = ctx.scratch('xes-traces');
  const events = new RecordSpill(eventsPath);
  const traces = new FileSink(tracesPath);
  const numbers = new Map<string, number>();
  const eventCounts: number[] = [];
  const heads = new Pieces(xesEventHead);
  const states = new Pieces(xesState);
  const details = new Pieces((a: Activity) => xesDetail(a));
  const zones = new Pieces((tz: string) => tz);
  const campaignName = (i: number) => scenario.campaigns[i]?.name ?? '';
  out.write(xesHeader({ scenario: scenario.name, model: ctx.model, seed: String(scenario.seed), replication: ctx.replication }));
  return {
    row(r: EventRow) {
      if (r.asset === '') return;
      const e = trail.read(r);
      let n = numbers.get(r.asset);
      if (n === undefined) {
        n = eventCounts.length;
        numbers.set(r.asset, n);
        eventCounts.push(0);
        // The trace's opening, and the asset's key for its tickets' ids, both escaped XML.
        traces.write(`${xmlAttr(r.asset)}\t${xesTraceOpen(e, r.campaign >= 0 ? campaignName(r.campaign) : '')}\n`);
      }
      eventCounts[n]++;
      // Ticket ids are the asset's key and a submission number; meetings are m1, m2… : numbers suffice.
      const ticket = e.ticket === '' ? 0 : Number(e.ticket.slice(e.ticket.lastIndexOf('#') + 1));
      const meeting = e.meeting === '' ? 0 : Number(e.meeting.slice(1));
      events.add(scenario.originMs + r.timeMin * 60_000, n, heads.of(e.activity, e.person), zones.of(e.tz, 0), states.of(r.state, r.round), details.of(e.activity, 0), ticket, meeting, e.firstResponse ? 1 : 0);
    },
    finish() {
      events.close();
      traces.close();
      numbers.clear();
      const clock = new ZonedIsoWriter();
      const opening = new LineReader(tracesPath);
      // Per asset in progress: its opening line, then 8 numbers per event (time, then the record's
      // fields); formatted only when its trace is written.
      const held = new Map<number, { open: string; key: string; fields: number[] }>();
      let opened = 0;
      const writeTrace = (t: { open: string; key: string; fields: number[] }) => {
        out.write(t.open);
        const f = t.fields;
        for (let i = 0; i < f.length; i += 8) {
          out.write(
            `\n${heads.texts[f[i + 1]]}${xesTimestamp(clock.format(f[i], zones.texts[f[i + 2]]))}${states.texts[f[i + 3]]}${details.texts[f[i + 4]]}` +
              `${f[i + 5] === 0 ? '' : xesTicket(t.key, String(f[i + 5]))}${xesEventTail(f[i + 6] === 0 ? '' : `m${f[i + 6]}`, f[i + 7] === 1)}`,
          );
        }
        out.write(`\n${XES_TRACE_CLOSE}`);
      };
      RecordSpill.read(eventsPath, (ms, f, at) => {
        const n = f[at];
        let t = held.get(n);
        if (t === undefined) {
          // Assets are numbered as first seen, so their openings come in this order.
          const line = opening.line()!;
          const tab = line.indexOf('\t');
          held.set(n, (t = { open: line.slice(tab + 1), key: line.slice(0, tab), fields: [] }));
          opened++;
        }
        t.fields.push(ms, f[at + 1], f[at + 2], f[at + 3], f[at + 4], f[at + 5], f[at + 6], f[at + 7]);
        if (t.fields.length < eventCounts[n] * 8) return;
        held.delete(n);
        writeTrace(t);
      });
      if (opened !== eventCounts.length) throw new Error(`XES: ${eventCounts.length - opened} traces were never opened`);
      out.write(XES_FOOTER);
    },
  };
}
