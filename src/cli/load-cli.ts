import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** What the process takes from the command line (entry.ts). */
export type CliEntry = typeof import('./entry.js');
/** What worker threads take from it (thread-entry.ts). */
export type ThreadEntry = typeof import('./thread-entry.js');

/** The bundle (`npm run build:cli`): the command line as a few CommonJS files, each with V8's code cache beside it (FILE.cache). */
export const BUNDLE_DIR = fileURLToPath(new URL('../../cli/', import.meta.url));

const mtimeMs = (file: string): number => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -Infinity;
  }
};

/** The bundle's entry when it was built after the compiled modules (a stale bundle never runs), else null. */
function freshBundle(name: string, modules: string): string | null {
  const file = join(BUNDLE_DIR, name);
  return mtimeMs(file) >= mtimeMs(fileURLToPath(new URL(modules, import.meta.url))) ? file : null;
}

/** The command line: the bundle's handoff.cjs when it is fresh, else the compiled modules. */
export async function loadCli(): Promise<CliEntry> {
  const file = freshBundle('handoff.cjs', './entry.js');
  return file ? (loadBundleFile(file) as CliEntry) : import('./entry.js');
}

/** What a worker thread runs: the bundle's threads.cjs when it is fresh, else the compiled modules. */
export async function loadThreads(): Promise<ThreadEntry> {
  const file = freshBundle('threads.cjs', './thread-entry.js');
  return file ? (loadBundleFile(file) as ThreadEntry) : import('./thread-entry.js');
}

const loaded = new Map<string, { exports: unknown }>();
/** Each file of the bundle compiled so far, for its code cache. */
export const compiled = new Map<string, Script>();
/** Whether files are compiled from their code cache (the build's training run compiles without). */
export const codeCache = { use: true };

/**
 * Runs a file of the bundle as Node runs a CommonJS module, once; its requires of the bundle's
 * other files come here, the rest go to Node. Compiled with its code cache when that is newer
 * than the file (V8 also checks it was made by this V8 with these flags, else compiles afresh).
 */
export function loadBundleFile(file: string): unknown {
  const done = loaded.get(file);
  if (done) return done.exports;
  const module = { exports: {} as unknown };
  loaded.set(file, module);
  const cacheFile = `${file}.cache`;
  const cachedData = codeCache.use && mtimeMs(cacheFile) >= mtimeMs(file) ? readFileSync(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  compiled.set(file, script);
  const dir = dirname(file);
  const nodeRequire = createRequire(file);
  const require = Object.assign((id: string) => (id.startsWith('./') ? loadBundleFile(join(dir, id)) : nodeRequire(id)), nodeRequire);
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run(module.exports, require, module, file, dir);
  return module.exports;
}
