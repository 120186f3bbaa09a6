import type { EventRow } from '../../sim/index.js';
import { ReviewTrail } from '../../sim/eventlog/review-trail.js';
import { XES_FOOTER, XES_TRACE_CLOSE, xesEvent, xesHeader, xesTraceOpen } from '../../sim/eventlog/xes.js';
import type { EventLogWriter, WriterContext } from './event-log-writer.js';
import { FileSink, readLines } from './file-sink.js';

/**
 * XES, one trace per asset, in two passes so that memory stays flat however long the log. While
 * the simulation runs, each asset event is formatted at once and appended to a scratch file in time
 * order, tagged with its asset's number; only a count of lines per asset is kept. At the end the
 * scratch file is read back once: an asset's lines are held until its last one arrives, then
 * written out as its trace. Memory is the traces of the assets in progress at one point of the
 * log, plus a number per asset; traces come out in the order assets finish. Rows of no asset (own
 * work, a meeting's start) have no trace; the OCEL and CSV logs carry them.
 */
export function xesWriter(ctx: WriterContext): EventLogWriter {
  const { out, scenario } = ctx;
  const trail = new ReviewTrail(scenario);
  const spillPath = ctx.scratch('xes-events');
  const spill = new FileSink(spillPath);
  const numbers = new Map<string, number>();
  const lineCounts: number[] = [];
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
        spill.write(`${n} ${xesTraceOpen(e, r.campaign >= 0 ? campaignName(r.campaign) : '')}\n`);
      }
      lineCounts[n]++;
      spill.write(`${n} ${xesEvent(e, scenario.originMs)}\n`);
    },
    finish() {
      spill.close();
      numbers.clear();
      const held = new Map<number, string[]>();
      readLines(spillPath, (line) => {
        const space = line.indexOf(' ');
        const n = Number(line.slice(0, space));
        const text = line.slice(space + 1);
        let lines = held.get(n);
        if (lines === undefined) held.set(n, (lines = []));
        lines.push(text);
        if (lines.length < lineCounts[n]) return;
        held.delete(n);
        out.write(lines.join('\n'));
        out.write(`\n${XES_TRACE_CLOSE}`);
      });
      out.write(XES_FOOTER);
    },
  };
}
