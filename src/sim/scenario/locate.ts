import { isMap, isSeq, isScalar, isPair, type Document, type LineCounter, type Node } from 'yaml';
import type { Problem } from './problem.js';

/**
 * Gives each problem the line and column of the deepest node of its path that exists in the
 * document (the field itself, or its parent object when the field is missing). A problem with a
 * section the file leaves out (all defaults) points at its `near` path instead of the top line.
 */
export function locateProblems(problems: Problem[], doc: Document, lines: LineCounter): Problem[] {
  return problems.map(({ atKey: _, near, dependsOn: __, ...p }) => {
    const root = doc.contents as Node | null;
    const written = p.path.length === 0 || (isMap(root) && root.items.some((it) => isScalar(it.key) && String(it.key.value) === String(p.path[0])));
    const offset = near && !written ? offsetOf(root, near, true) : offsetOf(root, p.path, _ === true);
    if (offset === undefined) return p;
    const pos = lines.linePos(offset);
    return { ...p, line: pos.line, col: pos.col };
  });
}

function offsetOf(root: Node | null, path: readonly (string | number)[], atKey: boolean): number | undefined {
  let node: unknown = root;
  let best: number | undefined = rangeStart(root);
  for (const [i, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(key));
      if (!pair) break;
      const keyStart = rangeStart(pair.key as Node);
      node = pair.value;
      best = atKey && i === path.length - 1 ? (keyStart ?? best) : (rangeStart(node as Node) ?? keyStart ?? best);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (item === undefined) break;
      node = item;
      best = rangeStart(item as Node) ?? best;
    } else {
      break;
    }
  }
  return best;
}

function rangeStart(node: Node | null | undefined): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}
