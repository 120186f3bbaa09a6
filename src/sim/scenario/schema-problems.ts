import type * as z from 'zod';
import type { Problem } from './problem.js';

type Path = (string | number)[];

/** How a required field's kind reads in a message. */
const KINDS: Record<string, string> = {
  record: 'a mapping of names to entries',
  object: 'a mapping of fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** Each schema issue as a problem at its path (unknown fields at their name, missing fields said so). */
export function schemaProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field "${key}"`, atKey: true }));
    }
    if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
      return [{ path, message: `missing: this field is required (${KINDS[issue.expected] ?? issue.expected})` }];
    }
    return [{ path, message: issue.message }];
  });
}

/**
 * A copy of `data` without the values at `paths` (a list item is taken out of its list), so that
 * the rest of a file with schema problems can still be compiled and checked. Returns the copy and
 * the paths whose later problems are follow-ons of the removal (a list as a whole, since its
 * indices shift), to be left unreported.
 */
export function withoutPaths(data: unknown, paths: readonly Path[]): { data: unknown; removed: Path[] } {
  const copy = structuredClone(data);
  const removed: Path[] = [];
  // Deepest and last first, so that taking out one list item does not move another still to go.
  const ordered = [...paths].sort((a, b) => b.length - a.length || compareLast(b, a));
  for (const path of ordered) {
    if (path.length === 0) continue;
    const parent = valueAt(copy, path.slice(0, -1));
    const key = path[path.length - 1];
    if (Array.isArray(parent) && typeof key === 'number') {
      parent.splice(key, 1);
      removed.push(path.slice(0, -1));
    } else if (parent !== null && typeof parent === 'object' && Object.hasOwn(parent, key)) {
      delete (parent as Record<string, unknown>)[String(key)];
      removed.push(path);
    } else {
      removed.push(path);
    }
  }
  return { data: copy, removed };
}

/** Whether one path is the other or lies inside it. */
export function overlaps(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (String(a[i]) !== String(b[i])) return false;
  return true;
}

/** Whether a problem is about, or follows from, one of these paths (a follow-on, not worth reporting). */
export function followsFrom(problem: Problem, paths: readonly (readonly (string | number)[])[]): boolean {
  const about = [problem.path, ...(problem.dependsOn ?? [])];
  return paths.some((path) => about.some((a) => overlaps(path, a)));
}

function compareLast(a: Path, b: Path): number {
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  return typeof x === 'number' && typeof y === 'number' ? x - y : 0;
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return node;
}
