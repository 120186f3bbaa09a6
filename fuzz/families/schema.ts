import fc from 'fast-check';
import { stringify } from 'yaml';
import type { FuzzCase } from '../case.js';
import type { LibraryScenario } from '../library.js';
import * as pool from './pools.js';

/** The part of JSON Schema (draft 2020-12, as zod exports it) the generator reads. */
interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  minLength?: number;
  pattern?: string;
}

/** Valid most of the time, just past a bound some of the time. */
const mostly = <T>(valid: fc.Arbitrary<T>, past: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: past, weight: 1 });

const QUICK_DURATIONS = ['0s', '1s', '30m', '4h', '1d', '.5h', '2d'];

/** Strings for fields the schema leaves free (zones, hours, days, names) or patterns it has. */
function stringFor(key: string, node: SchemaNode): fc.Arbitrary<unknown> {
  const pattern = node.pattern ?? '';
  if (pattern.includes('(s|m|h|d|w')) {
    const valid = pattern.includes('bh') ? [...QUICK_DURATIONS, '4bh', '0bh'] : QUICK_DURATIONS;
    return mostly(fc.constantFrom(...valid), fc.constantFrom('-1m', '1', '1bh', `${'9'.repeat(400)}w`));
  }
  if (pattern.includes('T\\d{2}')) return fc.constantFrom(...pool.INSTANTS);
  if (pattern.startsWith('^\\d{4}-')) return fc.constantFrom(...pool.DATES);
  if (pattern.includes('[0-5]\\d')) return mostly(fc.constantFrom('00:00', '23:59', '14:00', '9:00'), fc.constantFrom('24:00', '12:60', '2pm'));
  if (key === 'tz') return mostly(fc.constantFrom(...pool.ZONES), fc.constantFrom(...pool.BAD_ZONES));
  if (key === 'hours') return mostly(fc.constantFrom(...pool.HOURS), fc.constantFrom(...pool.BAD_HOURS));
  if (key === 'days') return mostly(fc.constantFrom(...pool.DAYS), fc.constantFrom(...pool.BAD_DAYS));
  if (['attendees', 'reviewers', 'lead', 'calendar', 'who', 'campaign'].includes(key)) {
    return mostly(fc.constantFrom('designers', 'reviewers', 'director', 'reviewer'), fc.constantFrom(...pool.PROTOTYPE_NAMES, 'ghost'));
  }
  const min = node.minLength ?? 0;
  return mostly(fc.constantFrom('x', 'A name', 'ü'.repeat(3)), fc.constant('x'.repeat(Math.max(0, min - 1))));
}

function numberFor(node: SchemaNode, integer: boolean): fc.Arbitrary<unknown> {
  const low = node.minimum ?? node.exclusiveMinimum ?? -1e6;
  const high = node.maximum ?? 1e6;
  const at = [low, high, (low + high) / 2].map((v) => (integer ? Math.round(v) : v));
  if (node.exclusiveMinimum !== undefined) at[0] = node.exclusiveMinimum + 1e-9;
  const past = [low - (integer ? 1 : 1e-9), high + (integer ? 1 : 1e-9), ...(integer ? [low + 0.5] : [])];
  if (node.exclusiveMinimum !== undefined) past.push(node.exclusiveMinimum);
  return mostly(fc.constantFrom(...at), fc.constantFrom(...past));
}

/** An arbitrary of values drawn from a schema node, at and just past its bounds. */
export function fromSchema(node: SchemaNode, key = ''): fc.Arbitrary<unknown> {
  if (node.anyOf) return fc.oneof(...node.anyOf.map((n) => fromSchema(n, key)));
  if (node.enum) return mostly(fc.constantFrom(...node.enum), fc.constant(`not-${String(node.enum[0])}`));
  switch (node.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberFor(node, true);
    case 'number':
      return numberFor(node, false);
    case 'string':
      return stringFor(key, node);
    case 'array': {
      const min = node.minItems ?? 0;
      const item = fromSchema(node.items ?? {}, key);
      return mostly(fc.array(item, { minLength: min, maxLength: min + 2 }), fc.array(item, { minLength: Math.max(0, min - 1), maxLength: Math.max(0, min - 1) }));
    }
    case 'object':
      return objectFrom(node);
    default:
      return fc.constantFrom<unknown>('x', 1, null);
  }
}

function objectFrom(node: SchemaNode): fc.Arbitrary<unknown> {
  if (node.propertyNames && typeof node.additionalProperties === 'object') {
    // A record of named groups (the team).
    const name = mostly(fc.constantFrom('designers', 'reviewers', 'director', 'lead'), fc.constantFrom(...pool.PROTOTYPE_NAMES, '1st', 'a b'));
    const entry = fromSchema(node.additionalProperties);
    return fc.uniqueArray(fc.tuple(name, entry), { minLength: 0, maxLength: 3, selector: ([n]) => n }).map(toRecord);
  }
  const properties = Object.entries(node.properties ?? {});
  const required = new Set(node.required ?? []);
  const fields = properties.map(([k, n]) => fc.tuple(fc.constant(k), required.has(k) ? fromSchema(n, k) : fc.option(fromSchema(n, k), { freq: 2, nil: undefined })));
  const unknown = fc.option(fc.constant<[string, unknown]>(['unknownField', 1]), { freq: 9, nil: undefined });
  return fc.tuple(fc.tuple(...fields), unknown).map(([entries, extra]) => toRecord([...entries.filter(([, v]) => v !== undefined), ...(extra ? [extra] : [])]));
}

function toRecord(entries: Array<[string, unknown]>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(record, k, { value: v, enumerable: true, writable: true, configurable: true });
  return record;
}

/**
 * Scenarios drawn from the JSON Schema: mostly a quick library scenario with one or two of its
 * sections redrawn from the schema (so the rest stays meaningful), sometimes a whole document.
 */
export function schemaArbitrary(schema: SchemaNode, library: LibraryScenario[]): fc.Arbitrary<FuzzCase> {
  const sections = Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema');
  const section = fc.constantFrom(...sections).chain((k) => fc.tuple(fc.constant(k), fromSchema(schema.properties![k], k)));
  const overlay = fc.record({ base: fc.nat({ max: library.length - 1 }), redrawn: fc.uniqueArray(section, { minLength: 1, maxLength: 2, selector: ([k]) => k }) }).map(({ base, redrawn }): FuzzCase => {
    const data = { ...library[base].data };
    for (const [k, v] of redrawn) Object.defineProperty(data, k, { value: v, enumerable: true, writable: true, configurable: true });
    // A drawn horizon is kept short: the fuzzer looks for wrong answers, not for long runs.
    if (redrawn.some(([k]) => k === 'horizon') && typeof data.horizon === 'string' && /w\s*$/.test(data.horizon) && data.horizon.length > 3) data.horizon = '1w';
    return { family: 'schema', label: `${library[base].name}: ${redrawn.map(([k]) => k).join(', ')} drawn from the schema`, text: stringify(data), ext: 'yaml' };
  });
  const whole = fromSchema(schema).map((doc): FuzzCase => ({ family: 'schema', label: 'a whole document drawn from the schema', text: `${JSON.stringify(doc, null, 2)}\n`, ext: 'json' }));
  return fc.oneof({ arbitrary: overlay, weight: 3 }, { arbitrary: whole, weight: 1 });
}

export type { SchemaNode };
