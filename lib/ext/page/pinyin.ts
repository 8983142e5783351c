/**
 * Pinyin on hover and ruby mode. Words and readings come from the background
 * (lib/ext/dictionary-service) once, when pinyin is first turned on; hovering
 * then only looks up local data, so the popup shows at once.
 * @module lib/ext/page/pinyin
 */
import type { WordItem } from '../../types';
import { charAt, offsetsOfRange, rangeOf } from '../../dom/ranges';
import { isHan } from '../../text/runs';
import type { MarkLayers } from './mark-layers';
import type { Observable } from '../observable';
import { withNotice, type PageState } from './page-state';
import { ask } from '../ask';
import { readCorrections, writeCorrection } from '../storage-items';
import { PANEL_WIDTH } from './page-room';

/** Index of the word containing text offset `i` (words sorted, non-overlapping), or -1. */
export function wordAt(words: WordItem[], i: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= i) lo = mid + 1;
    else if (words[mid].start > i) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Per-character ruby spans: each Han character of a word with its syllable. */
export function rubySpans(text: string, words: WordItem[]): { start: number; end: number; syllable: string }[] {
  const out: { start: number; end: number; syllable: string }[] = [];
  for (const w of words) {
    if (!w.pinyin) continue;
    const syllables = w.pinyin.split(' ');
    const han: number[] = [];
    for (let i = w.start; i < w.end; i++) if (isHan(text[i])) han.push(i);
    if (han.length !== syllables.length) continue; // cannot pair them safely: no ruby rather than a wrong one
    han.forEach((pos, k) => out.push({ start: pos, end: pos + 1, syllable: syllables[k] }));
  }
  return out;
}

export interface Pinyin {
  /** Load words (once) and corrections; called when pinyin or ruby is turned on. */
  ensureWords(): Promise<void>;
  onPointer(x: number, y: number, overOurUi: boolean): void;
  /** Keep the popup on its word when the page scrolls. */
  follow(): void;
  hide(): void;
  askAlternatives(): Promise<void>;
  correct(pinyin: string | null): Promise<void>;
  /** Show or remove ruby over the article, per settings. */
  syncRuby(): void;
  /** Copy handler: the selected article text without pinyin. */
  copyText(range: Range): string | null;
  /** The article text changed: drop the words read from the old one (they load again when needed). */
  invalidate(): void;
}

interface Deps { doc: Document; store: Observable<PageState>; layers: MarkLayers; root: () => Element }

/** Wire pinyin for one article. */
export function createPinyin({ doc, store, layers, root }: Deps): Pinyin {
  let loading: Promise<void> | null = null;
  const words = () => store.get().words?.items ?? null;

  const placeFor = (index: number) => {
    const w = words()![index];
    const rect = rangeOf(layers.model(), w.start, w.end)?.getBoundingClientRect();
    if (!rect) return null;
    const below = rect.bottom + 8;
    const win = doc.defaultView!;
    // Keep clear of the docked panel: the popup must not hide the panel's own text.
    const { settings, autoCollapsed } = store.get();
    const right = win.innerWidth - (settings.panelCollapsed || autoCollapsed ? 0 : PANEL_WIDTH) - 308;
    return { x: Math.max(4, Math.min(rect.left, right)), y: below + 160 > win.innerHeight ? Math.max(4, rect.top - 170) : below };
  };

  /** True when (x, y) is over the character at text offset i. */
  const isOver = (i: number, x: number, y: number) => {
    const r = rangeOf(layers.model(), i, i + 1)?.getBoundingClientRect();
    return !!r && x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
  };

  const api: Pinyin = {
    ensureWords() {
      if (loading) return loading;
      const text = store.get().extraction.text;
      loading = (async () => {
        try {
          const [reply, corrections] = await Promise.all([ask({ type: 'words', text }), readCorrections()]);
          if (store.get().extraction.text !== text) return; // the page re-rendered: invalidate() started anew
          store.set({ words: { items: reply.words, definitions: reply.definitions }, corrections, wordsStatus: 'ready' });
          api.syncRuby();
        } catch (error) {
          loading = null;
          store.set({ wordsStatus: { error: `拼音词典加载失败 Pinyin dictionary failed to load: ${String(error)}` } });
        }
      })();
      // Only now that `loading` is set: this change reaches listeners that call ensureWords again.
      store.set({ wordsStatus: 'loading' });
      return loading;
    },

    onPointer(x, y, overOurUi) {
      const { settings, popup } = store.get();
      if (!settings.pinyin || overOurUi) return;
      const list = words();
      if (!list) return;
      const caret = doc.caretRangeFromPoint?.(x, y);
      let index = -1;
      if (caret && root().contains(caret.startContainer)) {
        const model = layers.model();
        for (const off of [caret.startOffset, caret.startOffset - 1]) {
          const i = charAt(model, caret.startContainer, off);
          if (i >= 0 && isOver(i, x, y)) {
            index = wordAt(list, i);
            break;
          }
        }
      }
      if (index < 0 || !list[index].pinyin) {
        if (popup) store.set({ popup: null });
        return;
      }
      if (popup?.index === index) return;
      const place = placeFor(index);
      if (place) store.set({ popup: { index, ...place, alternatives: null } });
    },

    follow() {
      const { popup } = store.get();
      if (!popup) return;
      const place = placeFor(popup.index);
      if (place && (place.x !== popup.x || place.y !== popup.y)) store.set({ popup: { ...popup, ...place } });
    },

    hide() {
      if (store.get().popup) store.set({ popup: null });
    },

    async askAlternatives() {
      const { popup } = store.get();
      const w = popup && words()?.[popup.index];
      if (!popup || !w) return;
      const alternatives = await ask({ type: 'alternatives', word: w.simplified ?? w.text }).catch(() => [w.pinyin]);
      const current = store.get().popup;
      if (current?.index === popup.index) store.set({ popup: { ...current, alternatives } });
    },

    async correct(pinyin) {
      const { popup, corrections } = store.get();
      const w = popup && words()?.[popup.index];
      if (!w) return;
      const next = { ...corrections };
      if (pinyin) next[w.text] = pinyin;
      else delete next[w.text];
      store.set({ corrections: next, popup: popup ? { ...popup, alternatives: null } : null });
      api.syncRuby();
      try {
        await writeCorrection(w.text, pinyin);
      } catch (error) {
        store.set((s) => ({ notices: withNotice(s.notices, 'storage', `读音未能保存 Reading not saved: ${String(error)}`) }));
      }
    },

    syncRuby() {
      const { settings, corrections } = store.get();
      const list = words();
      if (!settings.ruby || !list) {
        layers.set('ruby', []);
        return;
      }
      const text = store.get().extraction.text;
      const spans = rubySpans(text, list.map((w) => (corrections[w.text] ? { ...w, pinyin: corrections[w.text] } : w)));
      layers.set(
        'ruby',
        spans.map((s) => ({ start: s.start, end: s.end, attrs: { 'data-rr-ruby': '' } })),
        {
          tag: 'ruby',
          decorate: (el, i) => {
            const rt = doc.createElement('rt');
            rt.setAttribute('data-rr-skip', '');
            rt.textContent = spans[i].syllable;
            el.append(rt);
          },
        },
      );
    },

    invalidate() {
      loading = null;
      store.set({ words: null, popup: null, wordsStatus: 'idle' });
    },

    copyText(range) {
      if (!root().contains(range.commonAncestorContainer)) return null;
      const offsets = offsetsOfRange(layers.model(), range);
      return offsets ? store.get().extraction.text.slice(offsets.start, offsets.end) : null;
    },
  };
  return api;
}
