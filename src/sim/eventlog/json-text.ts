/** Characters a JSON string cannot hold as they are (quote, backslash, controls, lone surrogate halves). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON text, as JSON.stringify writes it; plain text (nearly all) skips the escaping. */
export function jsonText(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}
