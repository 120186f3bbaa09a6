import type { Problem } from '../scenario/problem.js';

/** One CSV field and where it starts (1-based line and column of its first character). */
export interface CsvField {
  text: string;
  line: number;
  col: number;
}

/** One CSV record: its fields and the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: CsvField[];
}

/**
 * Reads CSV (RFC 4180: commas, double-quoted fields with "" for a quote, LF or CRLF line ends)
 * a chunk at a time, so a large file never has to be in memory whole. Each field keeps where it
 * starts, so a problem with a value can be shown at its line and column. A byte-order mark at the
 * start is skipped; blank lines are no records.
 */
export class CsvReader {
  /** Problems of the text itself (an unclosed quote, text after a closing quote). */
  readonly problems: Problem[] = [];
  private line = 1;
  private col = 1;
  private fields: CsvField[] = [];
  private field = '';
  private fieldLine = 1;
  private fieldCol = 1;
  private recordLine = 1;
  /** Inside a quoted field; just after a quote inside one (an escape or the closing quote). */
  private quoted = false;
  private quoteSeen = false;
  private afterClosingQuote = false;
  private started = false;
  private pendingCR = false;

  /** Reads a chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === '\n') continue;
      }
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === '"') {
            this.field += '"';
            this.col++;
            continue;
          }
          this.quoted = false;
          this.afterClosingQuote = true;
          // Falls through: c ends the field, the record, or is stray text.
        } else if (c === '"') {
          this.quoteSeen = true;
          this.col++;
          continue;
        } else {
          // Line breaks inside a quoted field are kept, as \n whatever the file uses.
          this.field += c === '\r' ? '\n' : c;
          this.advance(c);
          if (c === '\r') this.pendingCR = true;
          continue;
        }
      }
      if (c === ',') {
        this.endField();
        this.col++;
        this.startField();
      } else if (c === '\n' || c === '\r') {
        this.endRecord(out);
        this.line++;
        this.col = 1;
        this.startField();
        this.recordLine = this.line;
        if (c === '\r') this.pendingCR = true;
      } else if (c === '"' && this.field === '' && !this.afterClosingQuote) {
        this.quoted = true;
        this.col++;
      } else {
        if (this.afterClosingQuote) {
          this.problems.push({ path: [], line: this.line, col: this.col, message: 'text after the closing quote of a field (a quote inside a quoted field is written "")' });
          this.afterClosingQuote = false;
        }
        this.field += c;
        this.col++;
      }
    }
    return out;
  }

  /** Ends the text; returns the last record if the text does not end with a line break. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.quoted && !this.quoteSeen) {
      this.problems.push({ path: [], line: this.fieldLine, col: this.fieldCol, message: 'a quoted field is never closed (a missing ")' });
    }
    this.quoted = false;
    this.quoteSeen = false;
    this.endRecord(out);
    return out;
  }

  private advance(c: string): void {
    if (c === '\n' || c === '\r') {
      this.line++;
      this.col = 1;
    } else this.col++;
  }

  private startField(): void {
    this.field = '';
    this.fieldLine = this.line;
    this.fieldCol = this.col;
    this.afterClosingQuote = false;
  }

  private endField(): void {
    this.fields.push({ text: this.field, line: this.fieldLine, col: this.fieldCol });
  }

  private endRecord(out: CsvRecord[]): void {
    const blank = this.fields.length === 0 && this.field === '' && !this.afterClosingQuote;
    if (!blank) {
      this.endField();
      out.push({ line: this.recordLine, fields: this.fields });
    }
    this.fields = [];
  }
}

/** Every record of a whole CSV text, and the problems of the text. */
export function readCsv(text: string): { records: CsvRecord[]; problems: Problem[] } {
  const reader = new CsvReader();
  const records = [...reader.push(text), ...reader.end()];
  return { records, problems: reader.problems };
}
