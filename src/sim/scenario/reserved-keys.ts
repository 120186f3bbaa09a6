import type { Problem } from './problem.js';

/**
 * Keys that JavaScript gives a meaning of its own when used as a field name: zod and plain objects
 * would drop or misread them, so a file that uses one is told so instead.
 */
const RESERVED = new Set(['__proto__']);

/** A located problem for every `__proto__` key anywhere in the parsed file (as a field or a group name). */
export function reservedKeyProblems(data: unknown, path: (string | number)[] = []): Problem[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => reservedKeyProblems(item, [...path, i]));
  if (data === null || typeof data !== 'object') return [];
  return Object.keys(data).flatMap((key) =>
    RESERVED.has(key)
      ? [{ path: [...path, key], message: `"${key}" cannot be a field or group name; choose another name`, atKey: true }]
      : reservedKeyProblems((data as Record<string, unknown>)[key], [...path, key]),
  );
}
