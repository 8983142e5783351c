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
import { STEP, finish, type Steps } from './steps';

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
  return finish(paragraphRunsSteps(root));
}

/** paragraphRuns as steps: an explicit walk (no recursion), yielding every STEP nodes. */
export function* paragraphRunsSteps(root: Element): Steps<ParagraphNodes[]> {
  const runs: ParagraphNodes[] = [];
  let current: ParagraphNodes | null = null;
  // Each element is entered (its children walked) and then left: a block ends the run on both.
  const stack: { el: Element; child: Node | null }[] = [];
  const enter = (el: Element) => {
    if (el.tagName.toUpperCase() === 'BR' || BLOCK_TAGS.has(el.tagName.toUpperCase())) current = null;
    stack.push({ el, child: el.firstChild });
  };
  if (isSkipped(root)) return runs;
  enter(root);
  let seen = 0;
  while (stack.length) {
    const top = stack[stack.length - 1];
    const node = top.child;
    if (!node) {
      stack.pop();
      if (BLOCK_TAGS.has(top.el.tagName.toUpperCase())) current = null;
      continue;
    }
    top.child = node.nextSibling;
    if (++seen % STEP === 0) yield;
    if (node.nodeType === 3) {
      const text = node as Text;
      const block = blockOf(text) ?? root;
      if (!current || current.block !== block) {
        current = { block, nodes: [] };
        runs.push(current);
      }
      current.nodes.push(text);
    } else if (node.nodeType === 1 && !isSkipped(node as Element)) enter(node as Element);
  }
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
  return finish(buildTextModelSteps(runs));
}

/** buildTextModel as steps, yielding every STEP runs. */
export function* buildTextModelSteps(runs: ParagraphNodes[]): Steps<TextModel> {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const nodeIdx: number[] = [];
  const offsets: number[] = [];
  const paragraphs: TextModel['paragraphs'] = [];
  let length = 0;
  for (let r = 0; r < runs.length; r++) {
    if (r % STEP === STEP - 1) yield;
    const run = runs[r];
    const norm = normaliseRun(run.nodes, nodes.length);
    for (const n of run.nodes) nodes.push(n);
    if (!norm.text) continue;
    if (paragraphs.length) {
      parts.push('\n');
      nodeIdx.push(-1);
      offsets.push(-1);
      length += 1;
    }
    paragraphs.push({ start: length, end: length + norm.text.length, block: run.block, nodes: run.nodes });
    parts.push(norm.text);
    for (const x of norm.nodeIdx) nodeIdx.push(x);
    for (const x of norm.offsets) offsets.push(x);
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
