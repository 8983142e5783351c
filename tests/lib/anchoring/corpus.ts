/**
 * Test helpers: article texts of the real saved pages in tests/pages (never ../shared:
 * a fresh clone has nothing beside it), a
 * seeded random generator, and text edits that keep track of where each
 * original character went.
 */
import { listTestPages } from '../../../scripts/lib/test-pages';
import { loadPage } from '../../../scripts/lib/load-page';

/** Body paragraph containers on channel, GB, English and e-paper pages. */
const BODY_PARAGRAPHS = '.rm_txt_con p, #rwb_zw p, .artDet p, .d2txtCon p';

/** One saved page's article text: its <p>s trimmed and joined with '\n'. */
export interface CorpusArticle { name: string; text: string }

/** Every real (not constructed) saved page that has a body, with its text (simple extraction,
 * independent of lib/extract); `name` is the page's folder name + '.html'. */
export function loadCorpus(): CorpusArticle[] {
  return listTestPages().filter((p) => !p.constructed).map((page) => {
    const name = `${page.name}.html`;
    const doc = loadPage(page.source, page.url, page.charset);
    const paragraphs = Array.from(doc.querySelectorAll(BODY_PARAGRAPHS))
      .map((p) => (p.textContent ?? '').trim()).filter(Boolean);
    return { name, text: paragraphs.join('\n') };
  }).filter((a) => a.text.length > 0);
}

/** Mulberry32: a small seeded PRNG, so "random" ranges are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` ranges of 1–maxLength characters that do not start or end on white space ('\n' joins included),
 * as the extension's selections are trimmed (lib/dom/ranges.ts offsetsOfRange). */
export function randomRanges(text: string, count: number, random: () => number, maxLength = 40): [number, number][] {
  const out: [number, number][] = [];
  while (out.length < count) {
    const start = Math.floor(random() * text.length);
    const end = Math.min(text.length, start + 1 + Math.floor(random() * maxLength));
    if (/\s/.test(text[start]) || /\s/.test(text[end - 1])) continue;
    out.push([start, end]);
  }
  return out;
}

/** Replace text[at, at + remove) with `insert` (coordinates of the original text). */
export interface Edit { at: number; remove: number; insert: string }

/** The edited text and a map from original offsets to edited ones. */
export interface Edited {
  text: string;
  /** New index of original character i (a deleted character maps to where its deletion now sits). */
  map(i: number): number;
  /** True when an edit touches the original range [start, end). */
  touches(start: number, end: number): boolean;
}

/** Apply non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: Edit[]): Edited {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const e of sorted) {
    out += text.slice(from, e.at) + e.insert;
    from = e.at + e.remove;
  }
  out += text.slice(from);
  return {
    text: out,
    map(i) {
      let shift = 0;
      for (const e of sorted) {
        if (i < e.at) break;
        if (e.remove === 0 || i >= e.at + e.remove) shift += e.insert.length - e.remove;
        else return e.at + shift;
      }
      return i + shift;
    },
    touches(start, end) {
      return sorted.some((e) => (e.remove > 0 ? e.at < end && e.at + e.remove > start : e.at > start && e.at < end));
    },
  };
}

/** Offsets of each '\n'-separated paragraph of `text`. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}
