import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadScenario, runModels } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UserError, type CliIO } from '../io.js';
import { progressBar } from '../progress.js';
import { readViewerData, viewerDirectory, type ViewerData } from './view.js';

/** The report's own policy: inline code and styles only, no request of any kind leaves the page. */
const REPORT_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; worker-src data:; connect-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'";

/** JSON that is safe inside a `<script type="application/json">` element (no `<` at all). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * JavaScript that is safe inside a `<script>` element: `</script` and `<!--` cannot end or alter
 * it. `\x3C` reads as `<` in strings, template literals and regular expressions alike.
 */
export function scriptForHtml(code: string): string {
  return code.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

/** Builds one self-contained HTML page: the viewer's JavaScript and CSS and the data inlined. */
export async function buildReportHtml(data: ViewerData, root = viewerDirectory()): Promise<string> {
  let html = await readFile(join(root, 'index.html'), 'utf8');
  const scripts: string[] = [];
  html = html.replace(/\s*<script\b[^>]*\bsrc="\.\/([^"]+)"[^>]*><\/script>/g, (_, src: string) => {
    scripts.push(src);
    return '';
  });
  const styles: string[] = [];
  html = html.replace(/\s*<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>/g, (_, href: string) => {
    styles.push(href);
    return '';
  });
  if (scripts.length === 0) throw new UserError(`${root}/index.html has no viewer script; rebuild with npm run build`);
  if (/\b(src|href)="(?!data:)[^"]+"/.test(html.replace(/<link rel="icon" href="data:,"\s*\/?>/, ''))) {
    throw new UserError(`${root}/index.html refers to a file this report cannot inline; rebuild with npm run build`);
  }
  const css = await Promise.all(styles.map((f) => readFile(join(root, f), 'utf8')));
  const js = await Promise.all(scripts.map((f) => readFile(join(root, f), 'utf8')));
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />`,
    ...css.map((c) => `<style>${c.replace(/<\/style/gi, '<\\/style')}</style>`),
  ].join('\n    ');
  const body = [
    `<script type="application/json" id="handoff-data">${jsonForScript(data)}</script>`,
    ...js.map((code) => `<script>${scriptForHtml(code)}</script>`),
  ].join('\n    ');
  // Replacer functions, not strings: the inlined code is full of `$` patterns replace() would expand.
  const charset = /<meta charset="utf-8" \/>/;
  const withHead = charset.test(html) ? html.replace(charset, (m) => `${m}\n    ${head}`) : html.replace('<head>', () => `<head>\n    ${head}`);
  return withHead.replace('</body>', () => `    ${body}\n  </body>`);
}

/**
 * `handoff report FILE -o report.html`: one HTML file with the viewer and the results inlined that
 * opens from disk with no network. FILE is a result, sweep or decision document, or a scenario (run here first).
 */
export async function reportCommand(file: string, opts: { output: string; scenario?: string }, io: CliIO): Promise<void> {
  if (!opts.output) throw new UserError('report needs -o FILE (the HTML file to write)', 2);
  const data = await readViewerData(file, opts, io);
  if (!data.document && !data.sweep && !data.decision && data.scenarioText) {
    const loaded = loadScenario(data.scenarioText);
    if (!loaded.ok) throw new UserError(`${file}: the scenario does not load`);
    const bar = progressBar(io, 'report');
    try {
      data.document = runModels(loaded.scenario, loaded.scenario.models, { onProgress: bar.update });
    } finally {
      bar.finish();
    }
    data.source = `${data.scenarioSource} (run for this report)`;
  }
  data.view = data.backtest ? 'backtest' : data.decision ? 'decide' : data.sweep && !data.document ? 'sweep' : 'report';
  const html = await buildReportHtml(data);
  await writeFileAtomic(opts.output, html);
  io.stderr(`wrote ${opts.output} (${Math.round(Buffer.byteLength(html) / 1024)} KB, self-contained: opens from disk, no network)\n`);
}
