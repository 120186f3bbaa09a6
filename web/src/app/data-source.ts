import type { ViewerData } from '../transforms/documents.js';

/**
 * The data the page was opened with: inlined by `handoff report` (a JSON script element), or
 * served by `handoff view` (a meta tag names the URL). A plain copy of the viewer has neither.
 */
export async function initialData(doc: Document): Promise<ViewerData | null> {
  const inline = doc.getElementById('handoff-data');
  const text = inline?.textContent?.trim();
  if (text) return JSON.parse(text) as ViewerData;
  const url = doc.querySelector<HTMLMetaElement>('meta[name="handoff-data"]')?.content;
  if (!url) return null;
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as ViewerData;
}
