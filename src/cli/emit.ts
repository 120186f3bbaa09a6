import { unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { ResultDocument } from '../sim/index.js';
import type { CliIO } from './io.js';
import type { MetricChoice } from './format/metric-text.js';
import { parseMetricOptions } from './options.js';
import { assumptionsAppendix } from './report-assumptions.js';

/** How a finished document reads for people (a table) and for spreadsheets (CSV); `metrics` narrows either to the metrics chosen. */
export interface DocumentViews<D> {
  table: (doc: D, metrics?: readonly MetricChoice[]) => string;
  csv: (doc: D, metrics?: readonly MetricChoice[]) => string;
}

/** Where the document came from, for an HTML report that can re-run it (`--report`). */
export interface ReportSource {
  kind: 'document' | 'sweep';
  scenarioFile: string;
  scenarioText: string;
}

/** What emit may be asked to write besides stdout. */
export interface EmitOptions {
  json?: boolean;
  csv?: boolean;
  out?: string;
  report?: string;
  /** `--metric` as typed: the metrics the table or CSV shows. */
  metric?: string[];
}

/**
 * Writes `--report` (one self-contained HTML file) and `--out` (each atomically), then prints the
 * document as asked: JSON, CSV, or the table for people. All or nothing: the report is built before
 * anything is written, and when one file cannot be written the other is not left behind.
 */
export async function emit<D>(doc: D, opts: EmitOptions, io: CliIO, views: DocumentViews<D>, source?: ReportSource): Promise<void> {
  const metrics = parseMetricOptions(opts.metric);
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  let report: string | null = null;
  if (opts.report && source) {
    const { buildReportHtml } = await import('./commands/report.js');
    const documents = source.kind === 'sweep' ? { sweep: doc as Record<string, unknown> } : { document: doc as ResultDocument };
    report = await buildReportHtml({
      ...documents,
      scenarioText: source.scenarioText,
      scenarioSource: basename(source.scenarioFile),
      source: basename(source.scenarioFile),
      view: source.kind === 'sweep' ? 'sweep' : 'report',
      assumptions: assumptionsAppendix(source.scenarioText),
    });
  }
  if (opts.report && report !== null) await writeFileAtomic(opts.report, report, { makeDirectory: true });
  if (opts.out) {
    try {
      await writeFileAtomic(opts.out, json);
    } catch (e) {
      // All or nothing: a report without the document it was asked to accompany is removed.
      if (opts.report) await unlink(opts.report).catch(() => {});
      throw e;
    }
  }
  io.stdout(opts.json ? json : opts.csv ? views.csv(doc, metrics) : views.table(doc, metrics));
  if (opts.report) {
    // On stdout with the table (people read it there); on stderr when stdout is a document.
    const line = `Report: ${opts.report} (one self-contained HTML file; open it in a browser, or email it)\n`;
    if (opts.json || opts.csv) io.stderr(line);
    else io.stdout(`\n${line}`);
  }
}
