import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { AuditStream, fitAudit, fittedYaml, formatProblem, isValidTimeZone, loadFitBase, loadScenario, type FitResult } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UserError, type CliIO } from '../io.js';
import { readScenario } from '../scenario-file.js';
import { fitReport } from '../format/fit-report.js';

/** Options of `handoff fit`. */
export interface FitOptions {
  base: string;
  out: string;
  tz?: string;
  json?: boolean;
}

/** Streams an audit file into an AuditStream (the text is never held whole). */
async function readAudit(file: string, tz: string | undefined): Promise<AuditStream> {
  const stream = new AuditStream({ tz });
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) stream.push(chunk as string);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the audit: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  const problems = stream.end();
  if (problems.length > 0) throw new UserError(problems.map((p) => formatProblem(file, p)).join('\n'));
  return stream;
}

/** The --json document of a fit: the values, what was not identified, the observations and every row's fate. */
function fitDocument(fit: FitResult, o: { audit: string; base: string; out: string; ignoredColumns: string[] }): unknown {
  const { problems, ...counts } = fit.counts;
  return {
    document: 'fit',
    audit: o.audit,
    base: o.base,
    out: o.out,
    span: { from: new Date(fit.fromMs).toISOString(), to: new Date(fit.toMs).toISOString() },
    assets: fit.assets,
    counts: { ...counts, ignoredColumns: o.ignoredColumns, problems: problems.map((p) => formatProblem(o.audit, p)) },
    values: fit.values.map((v) => ({ path: v.path.join('.'), value: v.value, estimate: v.estimate.value, ci95: [v.estimate.lo, v.estimate.hi], rows: v.estimate.n, unit: v.unit, measured: v.measured })),
    notIdentified: fit.notIdentified,
    observations: fit.observations.map((x) => ({ name: x.name, estimate: x.estimate.value, ci95: [x.estimate.lo, x.estimate.hi], rows: x.estimate.n, unit: x.unit, ...(x.censored !== undefined ? { censored: x.censored } : {}) })),
    notes: fit.notes,
  };
}

/** `handoff fit AUDIT --base SCENARIO -o FITTED`: the base's parameters fitted to the audit, written as a scenario. */
export async function fitCommand(audit: string, opts: FitOptions, io: CliIO): Promise<void> {
  if (opts.tz !== undefined && !isValidTimeZone(opts.tz)) throw new UserError(`--tz "${opts.tz}" is not an IANA time zone (e.g. Europe/Berlin)`, 2);
  const { text } = await readScenario(opts.base);
  const loaded = loadFitBase(text);
  if (!loaded.ok) throw new UserError(loaded.problems.map((p) => formatProblem(opts.base, p)).join('\n'));
  const stream = await readAudit(audit, opts.tz);
  const fit = fitAudit(stream.digest, loaded.base);
  if (fit.assets === 0) {
    const shown = fit.counts.problems.slice(0, 20).map((p) => formatProblem(audit, p));
    throw new UserError([...shown, `${audit}: no usable row in ${fit.counts.rows}: nothing to fit, nothing written`].join('\n'));
  }
  const fitted = fittedYaml(text, fit, basename(audit));
  // The fitted file must read as the base did: a value it cannot read is a bug of the fit, not the user's mistake.
  const check = loadScenario(fitted);
  if (!check.ok) throw new Error(`the fitted scenario does not load: ${check.problems.map((p) => formatProblem(opts.out, p)).join('; ')}`);
  await writeFileAtomic(opts.out, fitted);
  const meta = { audit, base: opts.base, out: opts.out, ignoredColumns: stream.ignoredColumns };
  if (opts.json) io.stdout(`${JSON.stringify(fitDocument(fit, meta), null, 2)}\n`);
  else io.stdout(fitReport(fit, meta));
}
