import { describe, expect, it } from 'vitest';
import { classifyJson, classifyText } from '../../web/src/transforms/documents.js';
import { comparison, scenarioText } from './fixtures.js';
import { schemaOne } from '../support/schema-one.js';

describe('opening a file', () => {
  const doc = comparison('flagship-launch', 2);

  it('recognises a result document and keeps it whole', () => {
    const opened = classifyText(JSON.stringify(doc), 'result.json');
    expect(opened.kind).toBe('result');
    if (opened.kind === 'result') expect(opened.document.results.map((r) => r.model)).toEqual(['sync', 'async', 'hybrid', 'event-driven']);
  });

  it('takes the scenario text a document carries alongside it', () => {
    const opened = classifyJson({ ...doc, scenarioText: 'name: x' });
    expect(opened.kind === 'result' && opened.scenarioText).toBe('name: x');
  });

  it('opens a schema-1 document as schema 2, under the names of what it counted, with a note to show', () => {
    const opened = classifyText(JSON.stringify(schemaOne(doc)), 'old.json');
    expect(opened.kind).toBe('result');
    if (opened.kind !== 'result') return;
    expect(opened.document.schemaVersion).toBe(2);
    expect(opened.document.results[1].metrics.sentBackShare).toEqual(doc.results[1].metrics.sentBackShare);
    expect(opened.document.results[1].metrics.reworkRate).toBeUndefined();
    expect(opened.notes?.[0]).toMatch(/^a schema-1 document, read as schema 2/);
    expect(classifyJson(doc)).not.toHaveProperty('notes');
  });

  it('recognises a sweep document', () => {
    const { results, ...header } = doc;
    const sweep = { ...header, sweep: { parameters: [{ path: 'team.reviewers.count', values: [2, 3] }] }, points: [{ settings: { 'team.reviewers.count': 2 }, results }] };
    expect(classifyJson(sweep).kind).toBe('sweep');
  });

  it('takes YAML as a scenario, text unchanged', () => {
    const text = scenarioText('mm3-review-queue');
    expect(classifyText(text, 'mm3.yaml')).toEqual({ kind: 'scenario', text });
  });

  it('takes a JSON scenario as scenario text, unchanged (its lines still locate problems)', () => {
    const text = '{\n  "name": "json scenario",\n  "team": { "d": { "role": "designer" } }\n}';
    expect(classifyText(text, 'scenario.json')).toEqual({ kind: 'scenario', text });
  });

  it('says what is wrong with a document it cannot show', () => {
    expect(classifyJson({ ...doc, schemaVersion: 99 })).toMatchObject({ kind: 'error', message: expect.stringMatching(/schemaVersion 99 is newer than this version of Handoff understands \(2\)/) });
    expect(classifyJson({ ...doc, results: [] })).toMatchObject({ kind: 'error', message: expect.stringMatching(/results is empty/) });
    expect(classifyJson({ ...doc, results: [{ model: 'sync' }] })).toMatchObject({ kind: 'error', message: expect.stringMatching(/results\.0\.metrics is missing/) });
    expect(classifyText('{ not json', 'x.json')).toMatchObject({ kind: 'error', message: expect.stringMatching(/not valid JSON/) });
    expect(classifyText('   ', 'x.yaml')).toMatchObject({ kind: 'error' });
    expect(classifyJson([1, 2])).toMatchObject({ kind: 'error' });
  });
});
