/**
 * The page's highlights as the state holds them: each one placed in the current
 * article text (or not), drawn as marks, replaced or dropped one at a time. The
 * part of the highlighter that knows about the text and the page, not storage.
 * @module lib/ext/page/highlight-list
 */
import { anchor, hashText } from '../../anchoring';
import type { Highlight } from '../../store';
import { flattenSpans } from '../../dom/marks';
import type { PlacedHighlight, SaveState } from '../../highlights/rows';
import type { Observable } from '../observable';
import type { MarkLayers } from './mark-layers';
import type { PageState } from './page-state';

export interface HighlightList {
  all(): PlacedHighlight[];
  find(id: string): PlacedHighlight | undefined;
  /** Place `h` in the current text (or mark it as made on another page). */
  place(h: Highlight, save?: SaveState, deleting?: boolean): PlacedHighlight;
  /** Replace the whole list (marks follow when what is drawn changes). */
  set(list: PlacedHighlight[]): void;
  upsert(entry: PlacedHighlight): void;
  drop(id: string): void;
  /** hashText of the current article text. */
  textHash(): string;
  /** The article text changed: place every highlight again and redraw. */
  replaceAll(): void;
}

/** What is drawn: placed, live highlights, with their colours and places. */
const drawnKey = (list: PlacedHighlight[]) =>
  list.filter((p) => p.anchor && !p.deleting).map((p) => `${p.highlight.id}:${p.highlight.color}:${p.anchor!.start}:${p.anchor!.end}`).join('|');

/** The list for the page at `page` (1 unless a paginated article's later page). */
export function createHighlightList(state: Observable<PageState>, layers: MarkLayers, page: number): HighlightList {
  const text = () => state.get().extraction.text;
  let textHash = hashText(text());
  const all = () => state.get().highlights ?? [];

  /** One mark per placed, live highlight: an id and a colour, never a note. Newer highlights draw on top. */
  const draw = (list: PlacedHighlight[]) => {
    const spans = list
      .filter((p) => p.anchor && !p.deleting)
      .sort((a, b) => a.highlight.createdAt.localeCompare(b.highlight.createdAt))
      .map((p) => ({ start: p.anchor!.start, end: p.anchor!.end, attrs: { 'data-rr-kind': 'highlight', 'data-rr-id': p.highlight.id, 'data-rr-color': p.highlight.color } }));
    layers.set('highlights', flattenSpans(spans));
  };

  const list: HighlightList = {
    all,
    find: (id) => all().find((p) => p.highlight.id === id),
    place(h, save = { state: 'saved' }, deleting = false) {
      const flag = deleting ? { deleting } : {};
      return (h.page ?? 1) === page
        ? { highlight: h, anchor: anchor(text(), h.selectors, { textHash }), save, ...flag }
        : { highlight: h, anchor: null, otherPage: h.page ?? 1, save, ...flag };
    },
    set(next) {
      const before = all();
      state.set({ highlights: next });
      if (drawnKey(before) !== drawnKey(next)) draw(next);
    },
    upsert: (entry) => list.set([...all().filter((p) => p.highlight.id !== entry.highlight.id), entry]),
    drop: (id) => list.set(all().filter((p) => p.highlight.id !== id)),
    textHash: () => textHash,
    replaceAll() {
      textHash = hashText(text());
      const next = all().map((p) => list.place(p.highlight, p.save, p.deleting));
      state.set({ highlights: next });
      draw(next);
    },
  };
  return list;
}
