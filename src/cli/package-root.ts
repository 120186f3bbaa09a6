import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { dir: string; version: string } | null | undefined;

/**
 * Handoff's package: the folder of the package.json named handoff above this module, and its
 * version. Found by walking up, so it holds for the compiled modules (dist/src/cli) and the bundle
 * (dist/cli) alike; null when there is none.
 */
export function handoffPackage(): { dir: string; version: string } | null {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'handoff' && typeof pkg.version === 'string') return (cached = { dir, version: pkg.version });
    } catch {
      // not here; look further up
    }
    const up = dirname(dir);
    if (up === dir) return (cached = null);
    dir = up;
  }
}
