/**
 * Sentence splitting for People's Daily prose: full-width terminators, quotations
 * that carry their own full stop, ellipses, and closing brackets that belong to
 * the sentence before them.
 * @module lib/summarize/sentences
 */

/** A sentence span: UTF-16 offsets into the text. */
export interface Span { start: number; end: number }

const TERMINAL = new Set(['。', '！', '？', '；', '!', '?', ';']);
const OPEN_QUOTE = new Set(['“', '‘', '「', '『', '《', '（', '(']);
const CLOSE_QUOTE = new Set(['”', '’', '」', '』', '》', '）', ')']);
/** Closers that may trail a terminator and still belong to the sentence. */
const TRAILING = new Set(['”', '’', '」', '』', '）', ')', '》']);
/**
 * An attribution right after a quoted sentence keeps it in the same sentence,
 * whether the sentence runs on (“……。”王凯说，……) or ends there (“……。”他说。).
 */
const ATTRIBUTION = /^[^，。！？；“”\n]{1,40}?(?:说|说道|表示|介绍|指出|认为|强调|坦言|感慨|称|告诉记者|谈道|提到|问道|答道|回忆道|写道)[，：:。！？!?]/;

/**
 * Splits text into sentences. Newlines always end a sentence; a terminator inside
 * quotes does not; “……。” followed by “X说，” stays one sentence, because the
 * quote is what X said. Whitespace around sentences is excluded from spans.
 * With `semicolon: false`, ；-clauses stay in their sentence (for summaries).
 */
export function splitSentences(text: string, opts: { semicolon?: boolean } = {}): Span[] {
  const semicolon = opts.semicolon ?? true;
  const out: Span[] = [];
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') { depth = 0; push(i); start = i + 1; continue; }
    if (OPEN_QUOTE.has(ch)) { depth++; continue; }
    if (CLOSE_QUOTE.has(ch)) {
      depth = Math.max(0, depth - 1);
      // A quotation that ends with its own terminator closes the sentence,
      // unless an attribution follows (then the sentence runs on).
      if (depth === 0 && (ch === '”' || ch === '’' || ch === '」') && isTerminalBefore(text, i)) {
        const end = extendTrailing(text, i + 1);
        if (!ATTRIBUTION.test(text.slice(end, end + 48))) { push(end); i = end - 1; }
      }
      continue;
    }
    if (depth > 0) continue;
    if (TERMINAL.has(ch) && (semicolon || (ch !== '；' && ch !== ';'))) {
      const end = extendTrailing(text, skipRepeats(text, i + 1, ch));
      push(end);
      i = end - 1;
    } else if (ch === '…' && text[i + 1] === '…') {
      // An ellipsis ends a sentence only when no clause continues it (…… then ， continues).
      let j = i;
      while (text[j] === '…') j++;
      const next = text[j];
      if (next === undefined || next === '\n' || !/[，、：,]/.test(next)) {
        const end = extendTrailing(text, TERMINAL.has(next) ? j + 1 : j);
        push(end);
        i = end - 1;
      } else i = j - 1;
    }
  }
  push(text.length);
  return out;
}

/** The sentence spans inside one range of the text (e.g. a paragraph). */
export function sentencesIn(text: string, start: number, end: number, opts: { semicolon?: boolean } = {}): Span[] {
  return splitSentences(text.slice(start, end), opts).map((s) => ({ start: s.start + start, end: s.end + start }));
}

function isTerminalBefore(text: string, i: number): boolean {
  const prev = text[i - 1];
  return TERMINAL.has(prev) || prev === '…';
}

function skipRepeats(text: string, i: number, ch: string): number {
  while (i < text.length && (text[i] === ch || TERMINAL.has(text[i]) && text[i] !== '；')) i++;
  return i;
}

function extendTrailing(text: string, i: number): number {
  while (i < text.length && TRAILING.has(text[i])) i++;
  return i;
}
