/**
 * Chinese text of the page outside the article body: the headline, a wire
 * story's header line (…电　题：…), the byline, captions and links the
 * extraction leaves out of the body. The popup reads it too, as Zhongwen reads
 * the whole page: the paragraph under the pointer gets its own small text model
 * and its words (segmented and read in context by the background, the same
 * `words` request the article's words come from), once, on the first hover.
 * @module lib/ext/page/outside-text
 */
import { blockOf, buildTextModel, isSkipped, paragraphRuns, type ParagraphNodes } from '../../dom/text-model';
import type { WordsReply } from '../messages';
import { hasHan, isHan } from '../../text/runs';
import type { OutsideText } from './page-state';

/** Longest outside paragraph read whole (characters); a longer one is read as its one text node. */
const MAX_RUN_CHARS = 2_000;
/** A block with more text than this is not walked for its paragraph (it holds a page's worth). */
const MAX_BLOCK_CHARS = 20_000;

export interface OutsideReader {
  /**
   * The outside text at a caret (text node, offset): its model and words; null where there is no
   * Chinese to read (not a text node, a form field, an element we drew); a promise while its words
   * load (resolves to the same value later calls give at once).
   */
  at(node: Node, offset: number): OutsideText | null | Promise<OutsideText | null>;
}

/** One paragraph's reading, shared by its text nodes. */
interface Reading { value: OutsideText | null | Promise<OutsideText | null> }
/** A text node's entry: its text when read (a change of the page reads it again) and its paragraph's reading. */
interface Entry { data: string; reading: Reading }

/** The reader over a document; `fetchWords` asks the background for the words of a text (and its dates and figures). */
export function createOutsideReader(fetchWords: (text: string) => Promise<WordsReply>): OutsideReader {
  const cache = new WeakMap<Text, Entry>();
  let ids = 0;

  const read = (run: ParagraphNodes): Promise<OutsideText | null> => {
    const model = buildTextModel([run]);
    if (!hasHan(model.text)) return Promise.resolve(null);
    return fetchWords(model.text).then(
      (reply) => ({
        id: ++ids, model, words: { items: reply.words, definitions: reply.definitions, names: reply.names ?? [] },
        dates: reply.dates ?? [], figures: reply.figures ?? [],
      }),
      () => null, // no background (the extension was updated): no popup, never a retry loop
    );
  };

  return {
    at(node, offset) {
      if (node.nodeType !== 3) return null;
      const textNode = node as Text;
      if (!isHan(textNode.data[offset] ?? '') && !isHan(textNode.data[offset - 1] ?? '')) return null;
      const cached = cache.get(textNode);
      if (cached && cached.data === textNode.data) return cached.reading.value;
      const run = runOf(textNode);
      if (!run) return null;
      const reading: Reading = { value: null };
      reading.value = read(run).then((value) => (reading.value = value));
      for (const n of run.nodes) cache.set(n, { data: n.data, reading });
      return reading.value;
    },
  };
}

/** The paragraph (run of text nodes) `node` belongs to, or null for text that is never read. */
function runOf(node: Text): ParagraphNodes | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el) || (el as HTMLElement).isContentEditable) return null;
  }
  const block = blockOf(node);
  const alone: ParagraphNodes = { block: block ?? node.parentElement!, nodes: [node] };
  if (!block || (block.textContent?.length ?? 0) > MAX_BLOCK_CHARS) return alone;
  const run = paragraphRuns(block).find((r) => r.nodes.includes(node));
  if (!run) return null;
  const length = run.nodes.reduce((n, t) => n + t.data.length, 0);
  return length > MAX_RUN_CHARS ? alone : run;
}

