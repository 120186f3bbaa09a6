import { parse as parseYamlScalar } from 'yaml';

/** One setting changed from outside the file: a dotted path and a value. */
export interface Override {
  path: (string | number)[];
  value: unknown;
}

/** Parses "team.reviewers.count" into path segments (numeric segments index arrays). */
export function parsePath(text: string): (string | number)[] {
  return text
    .split('.')
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Parses a value written on a command line or in a form: YAML scalar rules ("3" → 3, "true" → true, "4bh" → "4bh"). */
export function parseValue(text: string): unknown {
  try {
    return parseYamlScalar(text);
  } catch {
    return text;
  }
}

/** Parses "path=value". Returns an error message for text without "=". */
export function parseOverride(text: string): Override | string {
  const eq = text.indexOf('=');
  if (eq <= 0) return `"${text}" is not a setting; write path=value, e.g. team.reviewers.count=3`;
  return { path: parsePath(text.slice(0, eq)), value: parseValue(text.slice(eq + 1)) };
}

/** Returns a deep copy of `data` with each override set, creating objects along the path as needed. */
export function applyOverrides(data: unknown, overrides: readonly Override[]): unknown {
  const root = structuredClone(data) as Record<string | number, unknown>;
  for (const { path, value } of overrides) {
    let node = root as Record<string | number, unknown>;
    path.forEach((key, i) => {
      // Own properties only, set as data: a path through `__proto__` or `constructor` names a field, never the prototype.
      const set = (v: unknown) => Object.defineProperty(node, key, { value: v, enumerable: true, writable: true, configurable: true });
      if (i === path.length - 1) {
        set(value);
        return;
      }
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (next === null || typeof next !== 'object') set(typeof path[i + 1] === 'number' ? [] : {});
      node = node[key] as Record<string | number, unknown>;
    });
  }
  return root;
}
