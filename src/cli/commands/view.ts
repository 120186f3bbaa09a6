import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { checkDocumentInvariants, DECISION_KINDS, DECISION_SCHEMA_VERSION, formatProblem, loadScenario, migrateDocument, type BacktestDocument, type ResultDocument } from '../../sim/index.js';
import { assumptionsAppendix, type AssumptionsAppendix } from '../report-assumptions.js';
import { UserError, type CliIO } from '../io.js';
import { handoffPackage } from '../package-root.js';

/** What the viewer is given: a result, sweep or decision document and, when known, the scenario text it came from. */
export interface ViewerData {
  document?: ResultDocument;
  sweep?: Record<string, unknown>;
  /** A backtest document (handoff backtest): the viewer's Backtest view. */
  backtest?: BacktestDocument;
  /** A decision document (size, odds, pilot, sensitivity): the Decide view. */
  decision?: Record<string, unknown>;
  scenarioText?: string;
  source?: string;
  scenarioSource?: string;
  view?: string;
  /** The assumptions register with the values the scenario uses (the report's appendix). */
  assumptions?: AssumptionsAppendix;
}

/** The built viewer (`web/dist` in Handoff's package). */
export function viewerDirectory(): string {
  const dir = join(handoffPackage()?.dir ?? '.', 'web', 'dist') + sep;
  if (!existsSync(join(dir, 'index.html'))) throw new UserError(`the viewer is not built (${dir} has no index.html); run npm run build`);
  return dir;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the ${what}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Reads a scenario file, reporting its problems as `file:line:col` lines. */
async function readScenarioText(file: string): Promise<string> {
  const text = await readText(file, 'scenario');
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new UserError(loaded.problems.map((p) => formatProblem(file, p)).join('\n'));
  return text;
}

/** Finds the scenario a document came from: a file beside it or under ./scenarios whose name is the document's. */
async function findScenario(file: string, name: string): Promise<string | null> {
  const dirs = [...new Set([dirname(resolve(file)), resolve('scenarios')])];
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = (await readdir(dir)).filter((f) => /\.(ya?ml|json)$/i.test(f)).sort().slice(0, 500);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry);
      if (path === resolve(file)) continue;
      const text = await readFile(path, 'utf8').catch(() => '');
      if (!text.includes('team')) continue;
      const loaded = loadScenario(text);
      if (loaded.ok && loaded.scenario.name === name) return path;
    }
  }
  return null;
}

/**
 * Reads what `view` and `report` show: a result or sweep document (with its scenario text from the
 * document's optional `scenarioText`, `--scenario`, or a scenario file of the same name), or a scenario.
 */
export async function readViewerData(file: string, opts: { scenario?: string }, io: CliIO): Promise<ViewerData> {
  const text = await readText(file, 'file');
  let json: unknown = null;
  if (/\.json$/i.test(file) || text.trimStart().startsWith('{')) {
    try {
      json = JSON.parse(text);
    } catch (e) {
      if (/\.json$/i.test(file)) throw new UserError(`${file}: not valid JSON: ${(e as Error).message}`);
    }
  }
  if (isObject(json) && json.kind === 'backtest' && typeof json.schemaVersion === 'number') {
    const broken = checkDocumentInvariants(json);
    if (broken.length > 0) throw new UserError(`${file}: not a Handoff backtest document: ${broken.slice(0, 3).join('; ')}`);
    if (opts.scenario) throw new UserError(`${file}: a backtest document carries its own numbers; --scenario goes with a result document`, 2);
    return { backtest: json as unknown as BacktestDocument, source: basename(file), view: 'backtest' };
  }
  if (isObject(json) && typeof json.kind === 'string' && typeof json.schemaVersion === 'number') {
    if (!(DECISION_KINDS as readonly string[]).includes(json.kind)) throw new UserError(`${file}: a document of kind "${json.kind}", which the viewer does not know (it shows ${DECISION_KINDS.join(', ')} decision documents)`);
    if (json.schemaVersion > DECISION_SCHEMA_VERSION) throw new UserError(`${file}: a ${json.kind} document of schema version ${json.schemaVersion}, newer than this Handoff reads (${DECISION_SCHEMA_VERSION}); upgrade Handoff`);
    if (!isObject(json.scenario) || typeof json.scenario.name !== 'string') throw new UserError(`${file}: not a Handoff ${json.kind} document (scenario.name is missing)`);
    return withScenario(file, json, 'decision', opts, io);
  }
  if (isObject(json) && ('results' in json || 'points' in json)) {
    const header = isObject(json.scenario) && typeof json.scenario.name === 'string' && typeof json.schemaVersion === 'number';
    const sweep = Array.isArray(json.points) && isObject(json.sweep);
    if (!header || (!sweep && !Array.isArray(json.results))) throw new UserError(`${file}: not a Handoff result document (schemaVersion, scenario and results are expected)`);
    // Earlier versions open as this one, under the names of what they counted; newer ones are refused.
    const migrated = migrateDocument(json);
    if (!migrated.ok) throw new UserError(`${file}: ${migrated.message}`);
    for (const note of migrated.notes) io.stderr(`${file}: ${note}\n`);
    return withScenario(file, migrated.document, sweep ? 'sweep' : 'document', opts, io);
  }
  if (opts.scenario) throw new UserError(`${file}: --scenario goes with a result document, and this is not one`, 2);
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new UserError(loaded.problems.map((p) => formatProblem(file, p)).join('\n'));
  return { scenarioText: text, scenarioSource: basename(file), assumptions: assumptionsAppendix(text) };
}

/** A document's viewer data with the scenario it came from, when it can be found. */
async function withScenario(file: string, json: Record<string, unknown>, as: 'document' | 'sweep' | 'decision', opts: { scenario?: string }, io: CliIO): Promise<ViewerData> {
  const name = (json.scenario as { name: string }).name;
  const data: ViewerData = { source: basename(file) };
  if (as === 'sweep') data.sweep = json;
  else if (as === 'decision') data.decision = json;
  else data.document = json as unknown as ResultDocument;
  let scenarioFile = opts.scenario ?? null;
  if (typeof json.scenarioText === 'string') {
    data.scenarioText = json.scenarioText;
    data.scenarioSource = `${basename(file)} (embedded)`;
  } else {
    scenarioFile ??= await findScenario(file, name);
    if (!opts.scenario && scenarioFile) io.stderr(`scenario: ${scenarioFile} (its name matches the document's)\n`);
    if (!scenarioFile) io.stderr(`no scenario file named "${name}" found beside ${file} or in ./scenarios; re-runs need --scenario FILE\n`);
  }
  if (scenarioFile) {
    data.scenarioText = await readScenarioText(scenarioFile);
    data.scenarioSource = basename(scenarioFile);
  }
  data.assumptions = assumptionsAppendix(data.scenarioText);
  return data;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

/** A running viewer server. */
export interface ViewServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the built viewer and the data on 127.0.0.1 only: `/` (the viewer, told where its data is),
 * `/handoff-data.json`, `/result.json`, `/scenario.yaml`; any path outside the viewer is refused.
 */
export async function startViewServer(options: { data: ViewerData; port?: number; root?: string }): Promise<ViewServer> {
  const root = await realpath(options.root ?? viewerDirectory());
  const index = (await readFile(join(root, 'index.html'), 'utf8')).replace('<head>', '<head>\n    <meta name="handoff-data" content="./handoff-data.json" />');
  const data = options.data;
  let port = 0;
  const routes: Record<string, () => { type: string; body: string } | null> = {
    '/': () => ({ type: TYPES['.html'], body: index }),
    '/index.html': () => ({ type: TYPES['.html'], body: index }),
    '/handoff-data.json': () => ({ type: TYPES['.json'], body: JSON.stringify(data) }),
    '/result.json': () => (data.document || data.sweep || data.decision ? { type: TYPES['.json'], body: JSON.stringify(data.document ?? data.sweep ?? data.decision) } : null),
    '/scenario.yaml': () => (data.scenarioText ? { type: 'text/yaml; charset=utf-8', body: data.scenarioText } : null),
  };
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(head ? undefined : body);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return send(res, 405, TYPES['.txt'], 'method not allowed\n', false);
    // Only this machine's names: a page elsewhere cannot reach the server through DNS rebinding.
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, TYPES['.txt'], 'forbidden host\n', head);
    const raw = (req.url ?? '/').split(/[?#]/)[0];
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      return send(res, 400, TYPES['.txt'], 'bad request\n', head);
    }
    if (!path.startsWith('/') || path.includes('\0') || path.includes('\\') || /(^|\/)\.\.?(\/|$)/.test(path) || /%2e|%2f|%5c/i.test(path)) {
      return send(res, 403, TYPES['.txt'], 'forbidden\n', head);
    }
    const route = routes[path];
    if (route) {
      const r = route();
      return r ? send(res, 200, r.type, r.body, head) : send(res, 404, TYPES['.txt'], 'not found\n', head);
    }
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep)) return send(res, 403, TYPES['.txt'], 'forbidden\n', head);
    try {
      const real = await realpath(file);
      if (!real.startsWith(root + sep)) return send(res, 403, TYPES['.txt'], 'forbidden\n', head);
      return send(res, 200, TYPES[extname(real)] ?? 'application/octet-stream', await readFile(real), head);
    } catch {
      return send(res, 404, TYPES['.txt'], 'not found\n', head);
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, TYPES['.txt'], 'internal error\n', false));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(e.code === 'EADDRINUSE' ? new UserError(`port ${options.port} is in use; pick another with --port or use --port 0`) : e),
    );
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** Opens a URL in the desktop's browser when there is one; failure is not an error. */
function openBrowser(url: string): void {
  try {
    const child = spawn('xdg-open', [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine: the printed URL is enough.
  }
}

/** `handoff view FILE`: serves the viewer with a result, sweep or decision document or a scenario on 127.0.0.1 until Ctrl-C. */
export async function viewCommand(file: string, opts: { port?: number; open?: boolean; scenario?: string }, io: CliIO): Promise<void> {
  const data = await readViewerData(file, opts, io);
  const server = await startViewServer({ data, port: opts.port });
  io.stdout(`Handoff viewer: ${server.url}\n`);
  io.stderr('Serving on 127.0.0.1 only; press Ctrl-C to stop.\n');
  if (opts.open !== false) openBrowser(server.url);
  await new Promise<void>((done) => {
    if (io.signal?.aborted) return done();
    io.signal?.addEventListener('abort', () => done(), { once: true });
  });
  await server.close();
}
