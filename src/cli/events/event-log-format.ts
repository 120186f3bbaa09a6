import { UserError } from '../io.js';
import { EVENT_LOG_FORMATS, type EventLogFormat } from './event-log-writer.js';

/**
 * The format of `--events FILE`: `--events-format` when given, else by the file's extension —
 * `.xes` XES, `.jsonocel` (or `.ocel.json`) OCEL 2.0 JSON, anything else the CSV event log. The
 * audit format is only ever asked for by name (its files are `.csv` too).
 */
export function eventLogFormat(file: string, explicit?: string): EventLogFormat {
  if (explicit !== undefined) {
    const f = explicit.trim().toLowerCase();
    if (!(EVENT_LOG_FORMATS as readonly string[]).includes(f)) throw new UserError(`--events-format "${explicit}": choose one of ${EVENT_LOG_FORMATS.join(', ')}`, 2);
    return f as EventLogFormat;
  }
  const name = file.toLowerCase();
  if (name.endsWith('.xes')) return 'xes';
  if (name.endsWith('.jsonocel') || name.endsWith('.ocel.json')) return 'ocel';
  return 'csv';
}
