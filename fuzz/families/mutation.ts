import fc from 'fast-check';
import { stringify } from 'yaml';
import type { FuzzCase } from '../case.js';
import type { LibraryScenario } from '../library.js';
import * as pool from './pools.js';
import { getAt, pathsOf, pick, setAt, type Path } from './tree.js';

type Data = Record<string, unknown>;
/** One edit of parsed scenario data; returns what it did, for the case label. */
type Edit = (data: Data) => string;

const groupNames = (data: Data): string[] => Object.keys((data.team as Data | undefined) ?? {});
const groupPath = (data: Data, i: number, field: string): Path => ['team', pick(groupNames(data), i) ?? 'designers', field];
const DURATION_TEXT = /^\s*(\d+(\.\d+)?|\.\d+)\s*(s|m|h|d|w|bh)\s*$/;

/** Fields that refer to team groups by name. */
const REFERENCES: Array<[Path, 'list' | 'one']> = [
  [['sync', 'attendees'], 'list'],
  [['async', 'reviewers'], 'list'],
  [['async', 'triage', 'attendees'], 'list'],
  [['async', 'escalation', 'lead'], 'one'],
  [['async', 'sla', 'calendar'], 'one'],
];

const edit = {
  drop: fc.nat().map((i): Edit => (d) => {
    const path = pick(pathsOf(d), i);
    if (!path) return 'nothing to drop';
    setAt(d, path, undefined);
    return `drop ${path.join('.')}`;
  }),
  swap: fc.tuple(fc.nat(), fc.constantFrom(...pool.WEIRD_VALUES)).map(([i, v]): Edit => (d) => {
    const path = pick(pathsOf(d), i);
    if (!path) return 'nothing to swap';
    setAt(d, path, v);
    return `${path.join('.')} = ${JSON.stringify(v)}`;
  }),
  number: fc.tuple(fc.nat(), fc.constantFrom(...pool.NUMBERS)).map(([i, v]): Edit => (d) => {
    const path = pick(pathsOf(d).filter((p) => typeof getAt(d, p) === 'number'), i);
    if (!path) return 'no number';
    setAt(d, path, v);
    return `${path.join('.')} = ${v}`;
  }),
  duration: fc.tuple(fc.nat(), fc.constantFrom(...pool.DURATIONS, ...pool.BAD_DURATIONS)).map(([i, v]): Edit => (d) => {
    const path = pick(pathsOf(d).filter((p) => { const v = getAt(d, p); return typeof v === 'string' && DURATION_TEXT.test(v); }), i);
    if (!path) return 'no duration';
    setAt(d, path, v);
    return `${path.join('.')} = ${JSON.stringify(v)}`;
  }),
  zone: fc.tuple(fc.nat(), fc.constantFrom(...pool.ZONES, ...pool.BAD_ZONES), fc.constantFrom('group', 'sync', 'triage')).map(([i, v, where]): Edit => (d) => {
    const path = where === 'group' ? groupPath(d, i, 'tz') : where === 'sync' ? ['sync', 'tz'] : ['async', 'triage', 'tz'];
    setAt(d, path, v);
    return `${path.join('.')} = ${JSON.stringify(v)}`;
  }),
  hours: fc.tuple(fc.nat(), fc.constantFrom(...pool.HOURS, ...pool.BAD_HOURS)).map(([i, v]): Edit => (d) => {
    const path = groupPath(d, i, 'hours');
    setAt(d, path, v);
    return `${path.join('.')} = ${JSON.stringify(v)}`;
  }),
  days: fc.tuple(fc.nat(), fc.constantFrom(...pool.DAYS, ...pool.BAD_DAYS)).map(([i, v]): Edit => (d) => {
    const path = groupPath(d, i, 'days');
    setAt(d, path, v);
    return `${path.join('.')} = ${JSON.stringify(v)}`;
  }),
  emptyTeam: fc.constantFrom<[string, unknown]>(['team', {}], ['team', []], ['team', null], ['count', 0], ['names', []], ['names', ['']]).map(([what, v]): Edit => (d) => {
    if (what === 'team') {
      d.team = v;
      return `team = ${JSON.stringify(v)}`;
    }
    const path = groupPath(d, 0, what);
    setAt(d, path, v);
    return `${path.join('.')} = ${JSON.stringify(v)}`;
  }),
  prototypeName: fc.tuple(fc.nat(), fc.constantFrom(...pool.PROTOTYPE_NAMES), fc.nat()).map(([i, name, r]): Edit => (d) => {
    const [path, shape] = REFERENCES[r % REFERENCES.length];
    const team = d.team as Data | undefined;
    const old = pick(groupNames(d), i);
    if (team && old !== undefined && r % 2 === 0) {
      // Rename the group itself, then refer to it.
      const group = team[old];
      delete team[old];
      Object.defineProperty(team, name, { value: group, enumerable: true, writable: true, configurable: true });
    }
    setAt(d, path, shape === 'list' ? [name] : name);
    return `${r % 2 === 0 ? `group ${old} renamed ${name}, ` : ''}${path.join('.')} refers to ${name}`;
  }),
  models: fc.array(fc.constantFrom(...pool.MODEL_NAMES, 'Sync', ''), { minLength: 0, maxLength: 5 }).map((models): Edit => (d) => {
    d.models = models;
    return `models = ${JSON.stringify(models)}`;
  }),
  start: fc.constantFrom(...pool.INSTANTS).map((v): Edit => (d) => {
    d.start = v;
    return `start = ${v}`;
  }),
  holidays: fc.tuple(fc.nat(), fc.array(fc.constantFrom(...pool.DATES), { minLength: 1, maxLength: 3 })).map(([i, v]): Edit => (d) => {
    const path = groupPath(d, i, 'holidays');
    setAt(d, path, v);
    return `${path.join('.')} = ${JSON.stringify(v)}`;
  }),
  pingStorm: fc.tuple(fc.constantFrom('0s', '1s', '1m'), fc.constantFrom('0s', '1m', '30m')).map(([after, call]): Edit => (d) => {
    const async = { ...((d.async as Data | undefined) ?? {}), dashboard: false, pings: { after, interrupt: '10m' }, adHocCall: { after, duration: call } };
    d.async = async;
    d.model = 'async';
    return `ping storm: pings.after ${after}, adHocCall.duration ${call}, no dashboard`;
  }),
  horizon: fc.tuple(fc.constantFrom('0s', '1m', '1d', '100000w', '4w'), fc.constantFrom('0d', '1w', '13d', '4w')).map(([h, w]): Edit => (d) => {
    d.horizon = h;
    d.warmup = w;
    return `horizon ${h}, warmup ${w}`;
  }),
  seed: fc.constantFrom<unknown>(0, -1, 2 ** 53, 1.5, '', 'seed', 1e308).map((v): Edit => (d) => {
    d.seed = v;
    return `seed = ${JSON.stringify(v)}`;
  }),
};

/** Structured edits (1 to 3) of a library scenario, written as YAML or JSON. */
function structured(library: LibraryScenario[]): fc.Arbitrary<FuzzCase> {
  const anyEdit = fc.oneof(...Object.values(edit));
  return fc
    .record({ base: fc.nat({ max: library.length - 1 }), edits: fc.array(anyEdit, { minLength: 1, maxLength: 3 }), json: fc.boolean() })
    .map(({ base, edits, json }) => {
      const scenario = library[base];
      const data = structuredClone(scenario.data);
      const done = edits.map((e) => e(data));
      return {
        family: 'mutation',
        label: `${scenario.name}: ${done.join('; ')}`,
        text: json ? `${JSON.stringify(data, null, 2)}\n` : stringify(data),
        ext: json ? 'json' : 'yaml',
      };
    });
}

/** A YAML "billion laughs": each level lists the one before `width` times. */
export function aliasBomb(levels: number, width: number): string {
  const lines = ['bomb0: &a0 "lol"'];
  for (let i = 1; i <= levels; i++) lines.push(`bomb${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

/** Text edits that structured data cannot express: alias bombs, deep nesting, huge files, broken text. */
function textual(library: LibraryScenario[]): fc.Arbitrary<FuzzCase> {
  // Without its description: the text edits below add one.
  const quick = (s: LibraryScenario) => stringify({ ...s.data, description: undefined });
  const make = (base: number, label: string, f: (text: string) => string): FuzzCase => {
    const scenario = library[base];
    return { family: 'mutation', label: `${scenario.name}: ${label}`, text: f(quick(scenario)), ext: 'yaml' };
  };
  const base = fc.nat({ max: library.length - 1 });
  return fc.oneof(
    fc.tuple(base, fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 10 })).map(([b, levels, width]) =>
      make(b, `alias bomb ${levels} levels × ${width}`, (t) => `${aliasBomb(levels, width)}\n${t}description: *a${levels}\n`),
    ),
    fc.tuple(base, fc.constantFrom(10, 100, 1000, 5000, 10000, 50000), fc.constantFrom('[', '{a: ')).map(([b, depth, open]) =>
      make(b, `description nested ${depth} deep with ${open}`, (t) => `${t}description: ${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}\n`),
    ),
    fc.tuple(base, fc.constantFrom(1e5, 1e6, 8e6)).map(([b, size]) => make(b, `description of ${size} characters`, (t) => `${t}description: "${'x'.repeat(size)}"\n`)),
    fc.tuple(base, fc.constantFrom(200, 2000)).map(([b, n]): FuzzCase => {
      const campaigns = Array.from({ length: n }, (_, i) => ({ name: `c${i}`, channels: 2, assetTypes: 1 }));
      const data = { ...library[b].data, description: undefined, work: { campaigns } };
      return { family: 'mutation', label: `${library[b].name}: ${n} campaigns`, text: stringify(data), ext: 'yaml' };
    }),
    fc.tuple(base, fc.nat()).map(([b, cut]) => make(b, `truncated`, (t) => t.slice(0, cut % Math.max(1, t.length)))),
    fc.tuple(base, fc.constantFrom('bom', 'crlf', 'tab', 'duplicate-key', 'nul', 'lone-surrogate')).map(([b, how]) =>
      make(b, how, (t) => {
        if (how === 'bom') return `\uFEFF${t}`;
        if (how === 'crlf') return t.replace(/\n/g, '\r\n');
        if (how === 'tab') return t.replace(/\n {2}(\S)/, '\n\t$1');
        if (how === 'duplicate-key') return `${t}name: again\n`;
        if (how === 'nul') return `${t}description: "a\u0000b"\n`;
        return `${t}description: "\uD800"\n`;
      }),
    ),
  );
}

/** Mutations of the library scenarios: structured edits (most) and text-level ones. */
export function mutationArbitrary(library: LibraryScenario[]): fc.Arbitrary<FuzzCase> {
  return fc.oneof({ arbitrary: structured(library), weight: 4 }, { arbitrary: textual(library), weight: 1 });
}
