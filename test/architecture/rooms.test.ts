import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The rooms of src/sim, lowest first: a room may import only from rooms before it (and itself).
// The composition of a review model (compose/) sits above both the model and the policies it wires.
const ROOMS = ['engine', 'random', 'calendar', 'scenario', 'audit', 'fit', 'metrics', 'model', 'policies', 'compose', 'eventlog', 'experiment', 'decide', 'backtest', '.'];
const SIM = 'src/sim';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every relative import of each file of src/sim, resolved to a file path. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(SIM)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => normalize(join(dirname(file), m[1])).replace(/\.js$/, '.ts'));
    graph.set(file, targets);
  }
  return graph;
}

const roomOf = (file: string) => {
  const parts = relative(SIM, file).split('/');
  return parts.length > 1 ? parts[0] : '.';
};

describe('rooms of src/sim depend one way', () => {
  const graph = importGraph();

  it('every room is in the order (a new room must be placed in it)', () => {
    expect([...new Set([...graph.keys()].map(roomOf))].filter((r) => !ROOMS.includes(r))).toEqual([]);
  });

  it('a room imports only from rooms below it', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (!target.startsWith(SIM)) continue;
        if (ROOMS.indexOf(roomOf(target)) > ROOMS.indexOf(roomOf(file))) upward.push(`${relative(SIM, file)} -> ${relative(SIM, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no file imports itself through a circle of other files', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (!graph.has(next)) continue;
        if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(SIM, f)).join(' -> '));
        else if (!state.has(next)) visit(next, [...path, next]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    expect(circles).toEqual([]);
  });
});
