/**
 * The article body: which text of the page is the article, as paragraphs of
 * the one text model, with subheads marked and page furniture left out.
 * @module lib/extract/body
 */
import { buildTextModel, paragraphRuns, type ParagraphNodes, type TextModel } from '../dom/text-model';
import { FURNITURE_SELECTOR, MIN_BODY_WEIGHT, findBodyContainer, textWeight } from './containers';
import { readabilityNodes, type ReadabilityResult } from './readability-nodes';

/** Above this many characters in the site's body container, Readability is skipped (see extractBody). */
export const HUGE_BODY_CHARS = 60_000;

export type BodySource = 'readability' | 'site-container' | 'none';

export interface Body {
  model: TextModel;
  /** Parallel to model.paragraphs. */
  subhead: boolean[];
  source: BodySource;
  /** The live element that holds the body (for marks and scrolling). */
  root: Element | null;
  /** Lines taken out of the body that carry metadata: editor and edition lines. */
  editorLine: string | null;
  editionLine: string | null;
  readability: ReadabilityResult | null;
}

const EDITOR_LINE = /^[（(]\s*责(?:任)?编(?:辑)?\s*[:：]\s*([^)）]*)[)）]$/;
const EDITION_LINE = /^《\s*人民日报[^》]*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d+\s*版\s*[)）]$/;
const SHARE_LINE = /^(分享让更多人看到|分享到[:：]?|点击进入.*|关注公众号[:：].*|返回顶部|扫码.*)$/;

/** Lowest common ancestor of a set of nodes. */
function commonAncestor(nodes: Node[]): Element | null {
  if (!nodes.length) return null;
  let anc: Node | null = nodes[0].parentNode;
  for (const n of nodes) {
    while (anc && !anc.contains(n)) anc = anc.parentNode;
  }
  return anc && anc.nodeType === 1 ? (anc as Element) : anc ? (anc as Document).documentElement : null;
}

/** A paragraph whose readable text all sits inside <strong>/<b>, or a heading in the body. */
function isSubhead(run: ParagraphNodes): boolean {
  const tag = run.block.tagName.toUpperCase();
  if (tag === 'H2' || tag === 'H3' || tag === 'H4' || tag === 'H5') return true;
  const visible = run.nodes.filter((n) => /\S/.test(n.data.replace(/\u3000/g, ' ')));
  if (!visible.length) return false;
  return visible.every((n) => n.parentElement?.closest('strong, b') && run.block.contains(n.parentElement.closest('strong, b')));
}

/** A run made only of link text (a "read more" or related link, not prose). */
function isLinkOnly(run: ParagraphNodes): boolean {
  const visible = run.nodes.filter((n) => /\S/.test(n.data));
  return visible.length > 0 && visible.every((n) => n.parentElement?.closest('a'));
}

/** Drop furniture runs and pick out editor/edition lines. */
function cleanRuns(runs: ParagraphNodes[]) {
  let editorLine: string | null = null;
  let editionLine: string | null = null;
  const kept: ParagraphNodes[] = [];
  for (const run of runs) {
    const text = run.nodes.map((n) => n.data).join('').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const editor = EDITOR_LINE.exec(text);
    if (editor) { editorLine = editor[1].trim(); continue; }
    if (EDITION_LINE.test(text)) { editionLine = text; continue; }
    if (SHARE_LINE.test(text)) continue;
    if (run.block.closest(FURNITURE_SELECTOR)) continue;
    if (isLinkOnly(run)) continue;
    kept.push(run);
  }
  return { kept, editorLine, editionLine };
}

/** Furniture lines found anywhere near the body (the editor div sits just after it). */
function findLine(doc: Document, selector: string, pattern: RegExp): string | null {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const m = pattern.exec(text);
    if (m) return m[1] ?? text;
  }
  return null;
}

/** Find the article body: Readability first, the site's container when Readability fails or strays. */
export function extractBody(doc: Document): Body {
  const container = findBodyContainer(doc);
  let readability: ReadabilityResult | null = null;
  // A huge container (a long document, not news) is taken as the site gives it: Readability
  // on it held Chromium's main thread for 0.4 s and adds little inside a known body container.
  const huge = container !== null && (container.textContent?.length ?? 0) > HUGE_BODY_CHARS;
  try {
    readability = huge ? null : readabilityNodes(doc, container);
  } catch {
    readability = null; // a broken page: fall back to the site container below
  }
  let source: BodySource = 'none';
  let root: Element | null = null;
  let runs: ParagraphNodes[] = [];

  if (readability && readability.nodes.size) {
    const nodes = [...readability.nodes];
    // Keep Readability's choice inside the site's container when there is one:
    // Readability sometimes pulls in the title block or a related-links list.
    const inContainer = container ? nodes.filter((n) => container.contains(n)) : nodes;
    const weightIn = textWeight(inContainer.map((n) => n.data).join(''));
    const containerWeight = container ? textWeight(container.textContent ?? '') : 0;
    // If Readability kept under a third of the container's text, it chose another block
    // (or dropped the short paragraphs): trust the site's container instead.
    const agrees = !container || weightIn >= containerWeight / 3;
    if (agrees && weightIn >= MIN_BODY_WEIGHT) {
      const keep = new Set(inContainer);
      root = container ?? commonAncestor(inContainer);
      if (root) {
        runs = paragraphRuns(root)
          .map((r) => ({ block: r.block, nodes: r.nodes.filter((n) => keep.has(n)) }))
          .filter((r) => r.nodes.length);
        source = 'readability';
      }
    }
  }
  if (source === 'none' && container) {
    root = container;
    runs = paragraphRuns(container);
    source = 'site-container';
  }
  const { kept, editorLine, editionLine } = cleanRuns(runs);
  const model = buildTextModel(kept);
  // buildTextModel drops runs that normalise to '', so map subheads by block + first node.
  const subheadOf = new Map(kept.map((r) => [r.nodes[0], isSubhead(r)]));
  const subhead = model.paragraphs.map((p) => subheadOf.get(p.nodes[0]) ?? false);
  return {
    model,
    subhead,
    source: model.text ? source : 'none',
    root,
    editorLine: editorLine ?? findLine(doc, '.edit, .editor, #p_editor', EDITOR_LINE),
    editionLine: editionLine ?? findLine(doc, '#paper_num, .paper_num', /^(《\s*人民日报.*版\s*[)）])$/),
    readability,
  };
}
