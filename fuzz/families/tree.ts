/** A path into parsed scenario data. */
export type Path = (string | number)[];

/** Every path below the root, in document order. */
export function pathsOf(data: unknown, prefix: Path = []): Path[] {
  if (typeof data !== 'object' || data === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

/** The value at `path`, or undefined. */
export function getAt(data: unknown, path: Path): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Sets (or with `undefined`, removes) the value at `path`, creating mappings on the way. */
export function setAt(data: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = data;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || !Object.hasOwn(node, key)) {
      Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
    }
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else {
    // defineProperty, not assignment: a key named __proto__ must become a key, not a prototype.
    Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  }
}

/** Picks an element by a free index (shrinks towards the first). */
export function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}
