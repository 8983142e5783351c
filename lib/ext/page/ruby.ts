/**
 * Ruby mode: pinyin over every character of the article, as the ruby mark
 * layer. Each syllable sits over its own character (lib/text/ruby-spans) in the
 * reader's pinyin style, coloured by tone when tone colours are on; once the
 * layer is in the page, the syllables are measured and the characters moved
 * apart only where two syllables would touch (lib/format/ruby-spacing). The
 * layout itself is the page style of lib/ext/page/ruby-css.
 * @module lib/ext/page/ruby
 */
import type { WordItem } from '../../types';
import type { Settings } from '../../settings';
import { formatPinyin, toneOf } from '../../format/tones';
import { rubyGaps, type RubyCell } from '../../format/ruby-spacing';
import { rubySpans, type RubyChar } from '../../text/ruby-spans';
import type { MarkLayers } from './mark-layers';

/** What the ruby layer is drawn from. */
export interface RubyInput {
  text: string;
  /** The article's words with their readings (the reader's corrections applied); null before they load. */
  words: readonly WordItem[] | null;
  settings: Pick<Settings, 'ruby' | 'toneColors' | 'toneScheme' | 'pinyinStyle'>;
  /** Words the reader marked as known: no ruby over them. */
  known?: (word: string) => boolean;
}

export interface Ruby {
  /** Draw (or remove) the layer for `input`; resolves once the layer is in the page and spaced. */
  sync(input: RubyInput): Promise<void>;
}

/** The ruby layer over `layers`, in `doc`. */
export function createRuby(doc: Document, layers: MarkLayers): Ruby {
  let run = 0;
  return {
    async sync(input) {
      const mine = ++run;
      const { settings, words, known } = input;
      if (!settings.ruby || !words) {
        await layers.set('ruby', []);
        return;
      }
      const chars = rubySpans(input.text, words, known ? (w) => known(w.text) : undefined);
      /** Extra space after each character (em); filled in once measured, kept when the layer is put in again. */
      const gaps = new Array<number>(chars.length).fill(0);
      await layers.set(
        'ruby',
        chars.map((c) => ({ start: c.start, end: c.end, attrs: { 'data-rr-ruby': '', 'data-rr-word': String(c.word) } })),
        { tag: 'ruby', decorate: (el, i) => decorate(doc, el as HTMLElement, chars[i], settings, gaps[i], OPENING.test(input.text[chars[i].start - 1] ?? '')) },
      );
      if (mine !== run) return; // a newer sync took over
      const elements = chars.map((_, i) => layers.elementsOf('ruby', i)[0] as HTMLElement | undefined);
      // Measured only over the whole layer in the page: a change of another layer that took over
      // half-way puts it in again, and a later sync measures that.
      if (elements.some((el) => el && !el.isConnected)) return;
      const cells = await measure(chars, elements);
      if (mine !== run || elements.some((el) => el && !el.isConnected)) return;
      const measured = rubyGaps(cells);
      for (let i = 0; i < measured.length; i++) {
        gaps[i] = measured[i];
        if (measured[i]) elements[i]?.style.setProperty('margin-inline-end', `${measured[i]}em`);
      }
    },
  };
}

/**
 * Cells measured per task. Why: a long article has a few thousand characters, read in one task;
 * a huge page's hundred thousand would hold the page for a third of a second. Reading does not
 * change the layout, so the tasks between reads find it still clean.
 */
const CELLS_PER_TASK = 4000;

/** Opening punctuation: a line must not end with it (the ruby's strut goes after its character, lib/ext/page/ruby-css). */
const OPENING = /[（「『“‘《〈【〔［｛(]/;

/** Put the syllable into a character's <ruby>: the reader's style, its tone, the space after it. */
function decorate(doc: Document, el: HTMLElement, c: RubyChar, settings: RubyInput['settings'], gap: number, afterOpening: boolean): void {
  if (afterOpening) el.setAttribute('data-rr-after-open', '');
  const rt = doc.createElement('rt');
  rt.setAttribute('data-rr-skip', '');
  if (settings.toneColors) rt.setAttribute('data-rr-tone', `${settings.toneScheme}-${toneOf(c.syllable)}`);
  rt.textContent = formatPinyin(c.syllable, settings.pinyinStyle);
  el.append(rt);
  if (gap) el.style.setProperty('margin-inline-end', `${gap}em`);
}

/**
 * The cells of the spacing, read from the page after one layout (reads only, in tasks of
 * CELLS_PER_TASK): each character's advance and font size, its syllable's width and size.
 */
async function measure(chars: RubyChar[], elements: (HTMLElement | undefined)[]): Promise<RubyCell[]> {
  const sizes = new Map<Element, { fontSize: number; rubySize: number }>();
  const cells: RubyCell[] = [];
  for (let from = 0; from < chars.length; from += CELLS_PER_TASK) {
    if (from) await new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = from; i < Math.min(chars.length, from + CELLS_PER_TASK); i++) cells.push(cellOf(chars, elements, i, sizes));
  }
  return cells;
}

/** One cell: the character's advance and font size, its syllable's width and size (styles cached per parent). */
function cellOf(chars: RubyChar[], elements: (HTMLElement | undefined)[], i: number, sizes: Map<Element, { fontSize: number; rubySize: number }>): RubyCell {
  const c = chars[i];
  const el = elements[i];
  const rt = el?.lastElementChild as HTMLElement | null | undefined;
  const next = chars[i + 1];
  const cell = { adjacent: !!next && next.start === c.end, sameWord: !!next && next.word === c.word };
  if (!el || !rt || !el.parentElement) return { ...cell, advance: 0, syllable: 0, rubySize: 0, fontSize: 0 };
  let size = sizes.get(el.parentElement);
  if (!size) {
    const view = el.ownerDocument.defaultView!;
    size = { fontSize: parseFloat(view.getComputedStyle(el).fontSize), rubySize: parseFloat(view.getComputedStyle(rt).fontSize) };
    sizes.set(el.parentElement, size);
  }
  return { ...cell, ...size, advance: el.getBoundingClientRect().width, syllable: rt.getBoundingClientRect().width };
}
