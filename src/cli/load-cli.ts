import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** What the process and its threads take from the command line (entry.ts). */
export type CliEntry = typeof import('./entry.js');

/** The bundle (`npm run build:cli`): the command line as one CommonJS file, and V8's code cache of it. */
export const BUNDLE_FILE = fileURLToPath(new URL('../../cli/handoff.cjs', import.meta.url));
export const CODE_CACHE_FILE = `${BUNDLE_FILE}.cache`;
const MODULES_FILE = fileURLToPath(new URL('./entry.js', import.meta.url));

const mtimeMs = (file: string): number => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -Infinity;
  }
};

/**
 * The command line: the bundle when it was built after these compiled modules (one file to read,
 * compiled from its code cache), else the modules themselves, so a stale bundle never runs.
 */
export async function loadCli(): Promise<CliEntry> {
  const bundle = mtimeMs(BUNDLE_FILE);
  if (bundle >= mtimeMs(MODULES_FILE)) return compileBundle({ cache: mtimeMs(CODE_CACHE_FILE) >= bundle }).entry;
  return import('./entry.js');
}

/**
 * Compiles and runs the bundle as Node runs a CommonJS file, with the code cache when asked
 * (V8 checks it belongs to this V8 and its flags, and compiles afresh when it does not).
 */
export function compileBundle(options: { cache: boolean }): { entry: CliEntry; script: Script } {
  const source = readFileSync(BUNDLE_FILE, 'utf8');
  let cachedData: Buffer | undefined;
  if (options.cache) {
    try {
      cachedData = readFileSync(CODE_CACHE_FILE);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE_FILE, cachedData });
  const module = { exports: {} as CliEntry };
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run(module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, dirname(BUNDLE_FILE));
  return { entry: module.exports, script };
}
