/**
 * Readability on a clone of the page, mapped back to the live page's text
 * nodes: Readability tells which text is the article; the live nodes let us
 * mark and anchor that text in the page itself.
 * @module lib/extract/readability-nodes
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  /** Live text nodes that Readability kept as article content. */
  nodes: Set<Text>;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
}

/** Clone the document (or only `scope`, into a fresh document) and map every
 * clone text node to its live twin: a clone has the same tree shape. */
function cloneWithTextMap(doc: Document, scope: Element | null): { clone: Document; map: Map<Node, Text> } {
  let clone: Document;
  let liveRoot: Node;
  let copyRoot: Node;
  if (scope) {
    clone = doc.implementation.createHTMLDocument(doc.title);
    copyRoot = clone.body.appendChild(clone.importNode(scope, true));
    liveRoot = scope;
  } else {
    clone = doc.cloneNode(true) as Document;
    liveRoot = doc;
    copyRoot = clone;
  }
  const map = new Map<Node, Text>();
  const live = doc.createTreeWalker(liveRoot, 4 /* SHOW_TEXT */);
  const copy = clone.createTreeWalker(copyRoot, 4 /* SHOW_TEXT */);
  for (let a = live.nextNode(), b = copy.nextNode(); a && b; a = live.nextNode(), b = copy.nextNode()) {
    map.set(b, a as Text);
  }
  return { clone, map };
}

/** Run Readability; null when it finds no article (it rejects many short Chinese pages).
 * With `scope` (the site's body container) it reads only that subtree: the same
 * cleaning at a fraction of the cost of the whole page (see `npm run bench`). */
export function readabilityNodes(doc: Document, scope: Element | null = null): ReadabilityResult | null {
  const { clone, map } = cloneWithTextMap(doc, scope);
  // Chinese paragraphs are short: the default 500-character threshold drops real articles.
  // maxElemsToParse: on a huge page Readability would hold the page for seconds; it throws
  // instead, and the caller falls back to the site's container (or gives no panel).
  const reader = new Readability<Element>(clone, { charThreshold: 100, maxElemsToParse: 30000, serializer: (el) => el as Element });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  const nodes = new Set<Text>();
  const walker = clone.createTreeWalker(parsed.content, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const liveNode = map.get(n);
    if (liveNode) nodes.add(liveNode);
  }
  return {
    nodes,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
  };
}
