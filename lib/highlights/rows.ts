/**
 * The panel's list of highlights, from what the page side knows about each one:
 * where it was placed in the current text (or not), on which page, and how its
 * last change stands in storage. Pure: data in, rows out.
 * @module lib/highlights/rows
 */
import type { AnchorResult } from '../anchoring';
import type { Highlight, HighlightColor } from '../store/types';

/** How a highlight's last change stands in storage. */
export type SaveState =
  | { state: 'saved' }
  | { state: 'saving' }
  /** The write failed (quota, a newer schema …); retried, and shown until it is stored or discarded. */
  | { state: 'failed'; error: string };

/** One highlight as the panel lists it. */
export interface HighlightRow {
  id: string;
  /** The text highlighted: the current article text when placed, else the saved quote. */
  quote: string;
  note: string;
  color: HighlightColor;
  /** placed: found on this page; orphan: not found (listed, re-attachable); elsewhere: made on another page. */
  status: 'placed' | 'orphan' | 'elsewhere';
  /** Placed only: where it starts (reading order). */
  start?: number;
  /** Orphans only: the text around the quote when it was saved. */
  context?: string;
  /** Elsewhere only: that page and a link to it. */
  page?: number;
  href?: string;
  save: SaveState;
  /** The change not yet stored is a deletion (the row stays, so the reader can retry or undo it). */
  deleting?: boolean;
}

/** A saved highlight and where it sits in the current text. */
export interface PlacedHighlight {
  highlight: Highlight;
  /** null: an orphan (not found again), or made on another page. */
  anchor: AnchorResult | null;
  /** Made on another page of this article: not looked for here, not an orphan. */
  otherPage?: number;
  save: SaveState;
  /** The pending change is a deletion. */
  deleting?: boolean;
}

/** Orphans show the quote in its saved surroundings, so the reader can find the new place. */
function contextLine(h: Highlight): string {
  const { prefix, exact, suffix } = h.selectors.quote;
  return `…${prefix}【${exact}】${suffix}…`;
}

/**
 * Rows in the order the panel lists them: placed highlights in reading order, then those on
 * other pages and the orphans in the order they were made. `pageLink(n, id)` gives the address
 * of page n opened at highlight `id`.
 */
export function highlightRows(placed: PlacedHighlight[], text: string, pageLink: (page: number, id: string) => string): HighlightRow[] {
  const status = (p: PlacedHighlight): HighlightRow['status'] => (p.otherPage ? 'elsewhere' : p.anchor ? 'placed' : 'orphan');
  const order = (a: PlacedHighlight, b: PlacedHighlight) => {
    const sa = status(a);
    const sb = status(b);
    if (sa !== sb) return ['placed', 'elsewhere', 'orphan'].indexOf(sa) - ['placed', 'elsewhere', 'orphan'].indexOf(sb);
    if (sa === 'placed') return a.anchor!.start - b.anchor!.start;
    return a.highlight.createdAt.localeCompare(b.highlight.createdAt);
  };
  return [...placed].sort(order).map((p) => {
    const { highlight: h, anchor, otherPage } = p;
    const row: HighlightRow = {
      id: h.id,
      quote: anchor ? text.slice(anchor.start, anchor.end) : h.selectors.quote.exact,
      note: h.note,
      color: h.color,
      status: status(p),
      save: p.save,
    };
    if (anchor) row.start = anchor.start;
    if (otherPage) {
      row.page = otherPage;
      row.href = pageLink(otherPage, h.id);
    } else if (!anchor) row.context = contextLine(h);
    if (p.deleting) row.deleting = true;
    return row;
  });
}
