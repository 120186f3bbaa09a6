/** One CSV field, quoted when it holds a comma, a quote or a line break. */
export function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of fields, with its line break. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvCell).join(',') + '\n';
}
