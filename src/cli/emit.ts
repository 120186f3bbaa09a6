import { writeFileAtomic } from './atomic-write.js';
import type { CliIO } from './io.js';

/** How a finished document reads for people (a table) and for spreadsheets (CSV). */
export interface DocumentViews<D> {
  table: (doc: D) => string;
  csv: (doc: D) => string;
}

/** Writes `--out` (atomically) and prints the document as asked: JSON, CSV, or the table for people. */
export async function emit<D>(doc: D, opts: { json?: boolean; csv?: boolean; out?: string }, io: CliIO, views: DocumentViews<D>): Promise<void> {
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  io.stdout(opts.json ? json : opts.csv ? views.csv(doc) : views.table(doc));
}
