/** Attributes of an element built by `el`: text is always set as text, never parsed as HTML. */
export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

/** Creates an element with text content and attributes; children are appended in order. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, ...children: Array<Node | string | null | false>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(options.on ?? {})) if (handler) node.addEventListener(type, handler);
  for (const child of children) {
    if (child === null || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Array<Node | null | false>): void {
  parent.replaceChildren(...children.filter((c): c is Node => c !== null && c !== false));
}

/** A titled card holding one chart (the chart renders into `.chart-body`). */
export function card(title: string, subtitle: string, className = ''): { root: HTMLElement; body: HTMLDivElement } {
  const body = el('div', { className: 'chart-body' });
  const root = el('section', { className: `card ${className}`.trim(), attrs: { 'aria-label': title } }, el('h3', { text: title }), subtitle ? el('p', { className: 'card-sub', text: subtitle }) : null, body);
  return { root, body };
}
