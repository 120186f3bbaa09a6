import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { formatProblem, type Problem } from '../../sim/index.js';
import { readAuditHeader, readAuditRow, type AuditHeader, type AuditRecord } from '../../sim/audit/audit-format.js';
import { CsvReader, type CsvRecord } from '../../sim/audit/csv-reader.js';
import { UserError } from '../io.js';

/** Most problems listed before the rest are only counted. */
const SHOWN_PROBLEMS = 20;

/**
 * Reads an audit file a chunk at a time into its records. Every problem (the CSV's, the header's,
 * each row's) is a UserError of `file:line:col: message` lines, exit 1: a backtest on a partly read
 * audit would compare with a history that did not happen.
 */
export async function readAuditFile(file: string, tz?: string): Promise<AuditRecord[]> {
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new UserError(`${file}: cannot read the audit: is a directory`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the audit: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const reader = new CsvReader();
  const records: AuditRecord[] = [];
  const problems: Problem[] = [];
  let header: AuditHeader | null = null;
  let headerFailed = false;
  const take = (rows: CsvRecord[]) => {
    for (const r of rows) {
      if (headerFailed) return;
      if (header === null) {
        const read = readAuditHeader(r);
        problems.push(...read.problems);
        if (read.problems.length > 0) headerFailed = true;
        header = read.header;
        continue;
      }
      const read = readAuditRow(r, header, { tz });
      if (read.record) records.push(read.record);
      else problems.push(...read.problems);
    }
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) take(reader.push(chunk as string));
  take(reader.end());
  problems.push(...reader.problems);
  if (header === null && problems.length === 0) problems.push({ path: [], line: 1, col: 1, message: 'the audit is empty: a header row and one row per review event are needed' });
  else if (problems.length === 0 && records.length === 0) problems.push({ path: [], line: 2, col: 1, message: 'the audit has a header but no rows' });
  if (problems.length > 0) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => formatProblem(file, p));
    if (problems.length > SHOWN_PROBLEMS) shown.push(`${file}: … and ${problems.length - SHOWN_PROBLEMS} more problems`);
    throw new UserError(shown.join('\n'));
  }
  return records;
}
