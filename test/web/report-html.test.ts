import { describe, expect, it } from 'vitest';
import { jsonForScript, scriptForHtml } from '../../src/cli/commands/report.js';

describe('inlining into one HTML file', () => {
  it('data cannot close its script element, and parses back unchanged', () => {
    const data = { name: '</script><script>alert(1)</script> <!-- x', text: '\u2028\u2029' };
    const json = jsonForScript(data);
    expect(json).not.toMatch(/</);
    expect(JSON.parse(json)).toEqual(data);
  });

  it('code cannot close its script element, and still means the same', () => {
    const code = 'var a = "</script>"; var b = /<!--x/.test("<!--x"); var c = `</SCRIPT>`;';
    const safe = scriptForHtml(code);
    expect(safe).not.toMatch(/<\/script|<!--/i);
    const run = (src: string) => new Function(`${src}; return [a, b, c];`)();
    expect(run(safe)).toEqual(run(code));
  });
});
