import { readAuditHeader, readAuditRow, type AuditHeader, type AuditReadOptions } from '../audit/audit-format.js';
import { CsvReader, type CsvRecord } from '../audit/csv-reader.js';
import type { Problem } from '../scenario/problem.js';
import { AuditDigest } from './audit-digest.js';

/**
 * Reads an audit's text a chunk at a time into a digest: the header first (a missing required
 * column stops the read: no row can be understood), then each row, read or rejected with its
 * located problems. Nothing of the text is kept.
 */
export class AuditStream {
  readonly digest = new AuditDigest();
  /** Problems of the header: when not empty, the file cannot be fitted. */
  headerProblems: Problem[] = [];
  /** Columns the format does not know (a tracker's own fields), ignored. */
  ignoredColumns: string[] = [];
  private readonly csv = new CsvReader();
  private header: AuditHeader | null = null;
  private csvProblemsSeen = 0;

  constructor(private readonly options: AuditReadOptions = {}) {}

  /** Reads a chunk of the text. */
  push(chunk: string): void {
    this.take(this.csv.push(chunk));
  }

  /** Ends the text; returns the header problems (empty when the digest holds the file). */
  end(): Problem[] {
    this.take(this.csv.end());
    if (this.header === null && this.headerProblems.length === 0) this.headerProblems.push({ path: [], line: 1, col: 1, message: 'the audit is empty: it needs a header row (asset, route, time, event, …) and rows' });
    return this.headerProblems;
  }

  private take(records: CsvRecord[]): void {
    for (const record of records) {
      if (this.headerProblems.length > 0) return;
      if (this.header === null) {
        const { header, problems } = readAuditHeader(record);
        if (problems.length > 0) this.headerProblems = problems;
        else {
          this.header = header;
          this.ignoredColumns = header.ignored;
        }
        continue;
      }
      // Problems of the text itself (a stray quote) belong to the record they were found in.
      const textProblems = this.csv.problems.slice(this.csvProblemsSeen);
      this.csvProblemsSeen = this.csv.problems.length;
      const { record: row, problems } = readAuditRow(record, this.header, this.options);
      if (textProblems.length > 0 || !row) this.digest.reject([...textProblems, ...problems]);
      else this.digest.add(row);
    }
  }
}

/** A whole audit text read into a digest (tests, the bench, a browser): see AuditStream. */
export function readAuditText(text: string, options: AuditReadOptions = {}): AuditStream {
  const stream = new AuditStream(options);
  stream.push(text);
  stream.end();
  return stream;
}
