import type { EventRow } from '../../sim/index.js';
import type { Activity } from '../../sim/eventlog/activity.js';
import { ZonedIsoWriter } from '../../sim/calendar/zoned-iso.js';
import { ReviewTrail } from '../../sim/eventlog/review-trail.js';
import { XES_FOOTER, XES_TRACE_CLOSE, xesDetail, xesEventHead, xesEventTail, xesHeader, xesState, xesTicket, xesTimestamp, xesTraceOpen } from '../../sim/eventlog/xes.js';
import { xmlAttr } from '../../sim/eventlog/xml-text.js';
import type { EventLogWriter, WriterContext } from './event-log-writer.js';
import { FileSink, readLines } from './file-sink.js';

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
 * the simulation runs, each asset event is appended to a scratch file in time order as one short
 * line of numbers — its asset, its time and zone, and the XML pieces that repeat (activity by a
 * person, state and round, detail), kept once each — and only a count of lines per asset is kept.
 * At the end the scratch file is read back once: an asset's events are held until its last one
 * arrives, then written out as its trace. Memory is the traces of the assets in progress at one
 * point of the log, plus a number per asset; traces come out in the order assets finish. Rows of
 * no asset (own work, a meeting's start) have no trace; the OCEL and CSV logs carry them.
 */
export function xesWriter(ctx: WriterContext): EventLogWriter {
  const { out, scenario } = ctx;
  const trail = new ReviewTrail(scenario);
  const spillPath = ctx.scratch('xes-events');
  const spill = new FileSink(spillPath);
  const numbers = new Map<string, number>();
  const lineCounts: number[] = [];
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
        n = lineCounts.length;
        numbers.set(r.asset, n);
        lineCounts.push(1);
        // The trace's opening (and the asset's key for its tickets), escaped XML: the only line that is not numbers.
        spill.write(`${n}\t${xmlAttr(r.asset)}\t${xesTraceOpen(e, r.campaign >= 0 ? campaignName(r.campaign) : '')}\n`);
      }
      lineCounts[n]++;
      const ms = Math.floor(scenario.originMs + r.timeMin * 60_000);
      // Ticket ids are the asset's key and a submission number; meetings are m1, m2… : numbers suffice.
      const ticket = e.ticket === '' ? '' : e.ticket.slice(e.ticket.lastIndexOf('#') + 1);
      const meeting = e.meeting === '' ? '' : e.meeting.slice(1);
      spill.write(`${n}\t${heads.of(e.activity, e.person)}\t${ms}\t${zones.of(e.tz, 0)}\t${states.of(r.state, r.round)}\t${details.of(e.activity, 0)}\t${ticket}\t${meeting}\t${e.firstResponse ? 1 : ''}\n`);
    },
    finish() {
      spill.close();
      numbers.clear();
      const clock = new ZonedIsoWriter();
      const held = new Map<number, string[]>();
      const keys = new Map<number, string>();
      readLines(spillPath, (line) => {
        const tab = line.indexOf('\t');
        const n = Number(line.slice(0, tab));
        let lines = held.get(n);
        if (lines === undefined) {
          // The trace's opening; its asset's key is kept for its tickets' ids.
          const second = line.indexOf('\t', tab + 1);
          keys.set(n, line.slice(tab + 1, second));
          held.set(n, [line.slice(second + 1)]);
          return;
        }
        const f = line.split('\t');
        lines.push(
          heads.texts[Number(f[1])] + xesTimestamp(clock.format(Number(f[2]), zones.texts[Number(f[3])])) + states.texts[Number(f[4])] +
            details.texts[Number(f[5])] + (f[6] === '' ? '' : xesTicket(keys.get(n)!, f[6])) + xesEventTail(f[7] === '' ? '' : `m${f[7]}`, f[8] === '1'),
        );
        if (lines.length < lineCounts[n]) return;
        held.delete(n);
        keys.delete(n);
        out.write(lines.join('\n'));
        out.write(`\n${XES_TRACE_CLOSE}`);
      });
      out.write(XES_FOOTER);
    },
  };
}
