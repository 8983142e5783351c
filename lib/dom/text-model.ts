/**
 * The one text model: article text built from the page's own text nodes, with a
 * map from every character back to (text node, offset). Extraction uses it in
 * Node and in the browser alike, so every offset (dates, glossary, highlights,
 * words) indexes the same string in both.
 *
 * Rules: paragraphs are the text of block elements (a `<br>` also ends one),
 * joined with '\n'; runs of ASCII white space fold to one space; leading and
 * trailing white space (full-width U+3000 included) is trimmed; nodes we insert
 * (`[data-rr-skip]`, our own custom elements) are skipped.
 * @module lib/dom/text-model
 */

/** Tags that start a new paragraph. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'RT', 'RP', 'IFRAME', 'OBJECT', 'SVG', 'TEXTAREA', 'SELECT', 'BUTTON']);

/** True for nodes the extension inserted or that hold no readable text. */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('data-rr-skip') || el.tagName.toLowerCase().startsWith('renmin-');
}

/** One run of text in a paragraph: its nodes, in order. */
export interface ParagraphNodes {
  /** The block element that holds the run. */
  block: Element;
  nodes: Text[];
}

export interface TextModel {
  text: string;
  paragraphs: { start: number; end: number; block: Element; nodes: Text[] }[];
  /** For each character of `text`: index into `nodes`, or -1 for the '\n' joins. */
  charNode: Int32Array;
  /** For each character of `text`: offset in its text node. */
  charOffset: Int32Array;
  nodes: Text[];
}

/** Nearest block ancestor of a node (the paragraph it belongs to). */
export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** All readable text nodes under `root`, in document order, split into runs at
 * block boundaries and `<br>`s. */
export function paragraphRuns(root: Element): ParagraphNodes[] {
  const runs: ParagraphNodes[] = [];
  let current: ParagraphNodes | null = null;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node as Text;
      const block = blockOf(text) ?? root;
      if (!current || current.block !== block) {
        current = { block, nodes: [] };
        runs.push(current);
      }
      current.nodes.push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    const isBlock = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (el.tagName.toUpperCase() === 'BR' || isBlock) current = null;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (isBlock) current = null;
  };
  visit(root);
  return runs;
}

/** Normalise one run's text with a char → (node, offset) map; empty runs give ''. */
function normaliseRun(nodes: Text[], nodeIndexBase: number) {
  const chars: string[] = [];
  const nodeIdx: number[] = [];
  const offsets: number[] = [];
  let pendingSpace: { node: number; offset: number } | null = null;
  nodes.forEach((node, n) => {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') {
        if (!pendingSpace) pendingSpace = { node: nodeIndexBase + n, offset: i };
        continue;
      }
      if (pendingSpace) {
        chars.push(' ');
        nodeIdx.push(pendingSpace.node);
        offsets.push(pendingSpace.offset);
        pendingSpace = null;
      }
      chars.push(ch === '\u00a0' ? ' ' : ch);
      nodeIdx.push(nodeIndexBase + n);
      offsets.push(i);
    }
  });
  // Trim leading and trailing white space, full-width spaces included.
  let a = 0;
  let b = chars.length;
  while (a < b && /\s/.test(chars[a])) a++;
  while (b > a && /\s/.test(chars[b - 1])) b--;
  return { text: chars.slice(a, b).join(''), nodeIdx: nodeIdx.slice(a, b), offsets: offsets.slice(a, b) };
}

/** Build the text model over runs of text nodes (one paragraph per non-empty run). */
export function buildTextModel(runs: ParagraphNodes[]): TextModel {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const nodeIdx: number[] = [];
  const offsets: number[] = [];
  const paragraphs: TextModel['paragraphs'] = [];
  let length = 0;
  for (const run of runs) {
    const norm = normaliseRun(run.nodes, nodes.length);
    nodes.push(...run.nodes);
    if (!norm.text) continue;
    if (paragraphs.length) {
      parts.push('\n');
      nodeIdx.push(-1);
      offsets.push(-1);
      length += 1;
    }
    paragraphs.push({ start: length, end: length + norm.text.length, block: run.block, nodes: run.nodes });
    parts.push(norm.text);
    nodeIdx.push(...norm.nodeIdx);
    offsets.push(...norm.offsets);
    length += norm.text.length;
  }
  return {
    text: parts.join(''),
    paragraphs,
    charNode: Int32Array.from(nodeIdx),
    charOffset: Int32Array.from(offsets),
    nodes,
  };
}

/** The DOM point of a text offset: the text node and the offset inside it. */
export function locate(model: TextModel, offset: number): { node: Text; offset: number } | null {
  if (offset < 0 || offset >= model.text.length) return null;
  const n = model.charNode[offset];
  if (n < 0) return null;
  return { node: model.nodes[n], offset: model.charOffset[offset] };
}
