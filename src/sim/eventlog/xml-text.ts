/**
 * Text as an XML attribute value: markup characters escaped, line breaks and tabs as character
 * references (so a value keeps them and an element stays on one line), and the control characters
 * XML 1.0 cannot carry replaced by U+FFFD.
 */
export function xmlAttr(text: string): string {
  if (!/[&<>"\u0000-\u001f\ufffe\uffff]/.test(text)) return text;
  return text.replace(/[&<>"\u0000-\u001f\ufffe\uffff]/g, (c) => {
    switch (c) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      case '\t': return '&#9;';
      case '\n': return '&#10;';
      case '\r': return '&#13;';
      default: return '\ufffd';
    }
  });
}
