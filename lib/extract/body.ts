/**
 * The article body: which text of the page is the article, as paragraphs of
 * the one text model, with subheads marked and page furniture left out.
 * @module lib/extract/body
 */
import { buildTextModelSteps, paragraphRunsSteps, type ParagraphNodes, type TextModel } from '../dom/text-model';
import { STEP, type Steps } from '../dom/steps';
import { storyHeader } from './header';
import { isCaption } from './captions';
import { FURNITURE_SELECTOR, MIN_BODY_WEIGHT, findBodyContainer, textWeight } from './containers';
import { readabilityNodes, type ReadabilityResult } from './readability-nodes';
import { EDITOR_LINE, boxByline, furnitureLine } from './furniture';
import { foldFurniture } from '../text/script';

/** Above this many characters in the site's body container, Readability is skipped (see extractBodySteps). */
export const HUGE_BODY_CHARS = 60_000;

export type BodySource = 'readability' | 'site-container' | 'none';

export interface Body {
  model: TextModel;
  /** Parallel to model.paragraphs. */
  subhead: boolean[];
  source: BodySource;
  /** The live element that holds the body (for marks and scrolling). */
  root: Element | null;
  /** Lines taken out of the body that carry metadata: editor, edition, 原标题, box-marked and wire-story bylines. */
  editorLine: string | null;
  editionLine: string | null;
  originalTitle: string | null;
  byline: string | null;
  readability: ReadabilityResult | null;
  /** The dateline and repeated headline of a wire story's `…电　题：…` line, taken out of the body (lib/extract/header). */
  headerDateline: string | null;
  headerTitle: string | null;
}


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

const runText = (run: ParagraphNodes) => run.nodes.map((n) => n.data).join('').replace(/[\s\u3000]+/g, ' ').trim();

/** Drop furniture runs, pick out the lines that carry metadata, and set captions aside (steps: yields every STEP runs). */
function* cleanRuns(runs: ParagraphNodes[]) {
  const lines: Record<string, string | null> = { editor: null, edition: null, originalTitle: null };
  let kept: ParagraphNodes[] = [];
  const captions: ParagraphNodes[] = [];
  for (let r = 0; r < runs.length; r++) {
    if (r % STEP === STEP - 1) yield;
    const run = runs[r];
    const text = runText(run);
    if (!text) continue;
    const line = furnitureLine(text);
    if (line.kind) { if (line.kind !== 'share') lines[line.kind] ??= line.value; continue; }
    if (run.block.closest(FURNITURE_SELECTOR)) continue;
    if (isLinkOnly(run)) continue;
    // Photo captions are never body paragraphs (unless the body is only captions, as on a gallery page).
    if (isCaption(run, text)) { captions.push(run); continue; }
    kept.push(run);
  }
  // A gallery page's text is its captions: then they are the body.
  if (!kept.length) kept = captions;
  // A box-marked byline at either end of the body (□ 本报记者 王昊男) leaves it for the metadata.
  let byline: string | null = null;
  for (const at of [kept.length - 1, 0]) {
    const found = kept.length > 1 && kept[at] ? boxByline(runText(kept[at])) : null;
    if (found && !byline) { byline = found; kept = kept.filter((_, i) => i !== at); }
  }
  // A wire story's header lines (…电　题：…, a 新华社记者 line) and a credit-only last line leave it too.
  const header = storyHeader(kept.map(runText));
  if (header.drop.length) kept = kept.filter((_, i) => !header.drop.includes(i));
  byline ??= header.byline;
  return {
    kept, editorLine: lines.editor, editionLine: lines.edition, originalTitle: lines.originalTitle, byline,
    headerDateline: header.dateline, headerTitle: header.title,
  };
}

/** Furniture lines found anywhere near the body (the editor div sits just after it). */
function findLine(doc: Document, selector: string, pattern: RegExp): string | null {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const folded = foldFurniture(text);
    const m = pattern.exec(folded);
    if (!m) continue;
    if (m[1] === undefined) return text;
    const start = m.index + m[0].indexOf(m[1]);
    return text.slice(start, start + m[1].length);
  }
  return null;
}

/**
 * Find the article body (Readability first, the site's container when Readability fails or
 * strays), as steps: the walks over the body's nodes and paragraphs yield as they go
 * (Readability, which runs only on bodies up to HUGE_BODY_CHARS, is one step).
 */
export function* extractBodySteps(doc: Document): Steps<Body> {
  const container = findBodyContainer(doc);
  let readability: ReadabilityResult | null = null;
  // A huge container (a long document, not news) is taken as the site gives it: Readability
  // on it held Chromium's main thread for 0.4 s and adds little inside a known body container.
  const huge = container !== null && (container.textContent?.length ?? 0) > HUGE_BODY_CHARS;
  // Readability is one step that cannot be cut: the steps before it get their own slice.
  yield;
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
        runs = (yield* paragraphRunsSteps(root))
          .map((r) => ({ block: r.block, nodes: r.nodes.filter((n) => keep.has(n)) }))
          .filter((r) => r.nodes.length);
        source = 'readability';
      }
    }
  }
  if (source === 'none' && container) {
    root = container;
    runs = yield* paragraphRunsSteps(container);
    source = 'site-container';
  }
  const { kept, editorLine, editionLine, originalTitle, byline, headerDateline, headerTitle } = yield* cleanRuns(runs);
  const model = yield* buildTextModelSteps(kept);
  // buildTextModel drops runs that normalise to '', so map subheads by block + first node.
  const subheadOf = new Map<Text, boolean>();
  for (let r = 0; r < kept.length; r++) {
    if (r % STEP === STEP - 1) yield;
    subheadOf.set(kept[r].nodes[0], isSubhead(kept[r]));
  }
  const subhead = model.paragraphs.map((p) => subheadOf.get(p.nodes[0]) ?? false);
  return {
    model,
    subhead,
    source: model.text ? source : 'none',
    root,
    editorLine: editorLine ?? findLine(doc, '.edit, .editor, #p_editor', EDITOR_LINE),
    editionLine: editionLine ?? findLine(doc, '#paper_num, .paper_num', /^(《\s*人民日报.*版\s*[)）])$/),
    originalTitle,
    byline,
    headerDateline,
    headerTitle,
    readability,
  };
}
