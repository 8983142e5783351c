/**
 * The outline of an article from its own structure: bold subheads, numbered
 * heads and framing heads, nested by style; without heads, its key points. A
 * dateline or a byline is never an entry.
 * @module lib/summarize/outline
 */
import type { ArticleMeta, OutlineEntry, Paragraph } from '../types';
import { isByline, leadDateline } from './dateline';
import { STYLE_ORDER, headLabel, inlineItems, isFramingHead, numberedHead, type HeadStyle } from './heads';
import { keyPoints } from './key-points';
import { summaryParagraphs } from './limits';

interface RawHead { style: HeadStyle; text: string; start: number; ordinal: number; para: number }

/** Styles that only count as heads when they form a series starting at 1 (一、 二、 …). */
const SERIES_STYLES = new Set<HeadStyle>(['cn-dun', 'cn-paren', 'arabic', 'arabic-paren', 'di', 'shi']);

/**
 * Builds a nested outline (level 1 = top). Numbered heads count only as a series
 * (一 and 二 both present) so a stray 一是 is not a section; a bold subhead that
 * repeats (点评：) becomes a child label; an attribution line (——（宋）陆游) joins
 * the head before it. An article without heads (short news) gets its key points
 * (lib/summarize/key-points); a one-paragraph article gets no outline.
 */
export function buildOutline(text: string, paragraphs: Paragraph[], meta?: Partial<ArticleMeta> | null): OutlineEntry[] {
  const paras = paragraphs.filter((p) => p.end > p.start);
  if (paras.length < 2) return [];
  const titles = new Set([meta?.title, meta?.preTitle, meta?.subtitle].filter((t): t is string => !!t).map(norm));
  const raw = collectHeads(text, paras, titles);
  const heads = keepSeries(raw);
  // Key points are ranked over the summary's span only (TextRank over a whole huge page took seconds).
  if (heads.length === 0) return keyPoints(text, summaryParagraphs(paras), meta);
  return assignLevels(heads);
}

function collectHeads(text: string, paras: Paragraph[], titles: Set<string>): RawHead[] {
  const raw: RawHead[] = [];
  const dateline = leadDateline(text, paras);
  const boldCounts = new Map<string, number>();
  for (const p of paras) if (p.subhead) boldCounts.set(norm(text.slice(p.start, p.end)), (boldCounts.get(norm(text.slice(p.start, p.end))) ?? 0) + 1);

  paras.forEach((p, i) => {
    const s = text.slice(p.start, p.end);
    if (isByline(s) || titles.has(norm(s)) || (dateline && i < dateline.para)) return;
    const prev = raw[raw.length - 1];
    if (p.subhead) {
      // An attribution line under a bold head (——（宋）陆游) is part of that head.
      if (/^[—－-]{1,2}/.test(s) && prev && prev.para === i - 1 && prev.style === 'bold') {
        prev.text += s;
        return;
      }
      const num = numberedHead(s);
      // A repeated bold line (点评：) or one ending in a colon is a label under the head before it.
      const style: HeadStyle = num?.style ?? ((boldCounts.get(norm(s)) ?? 0) > 1 || /[：:]$/.test(s) ? 'label' : 'bold');
      raw.push({ style, text: headLabel(s), start: p.start, ordinal: num?.ordinal ?? 0, para: i });
      return;
    }
    const num = numberedHead(s);
    if (num) {
      raw.push({ style: num.style, text: headLabel(s), start: p.start, ordinal: num.ordinal, para: i });
      if (num.style === 'shi' || num.style === 'di') {
        for (const item of inlineItems(s)) {
          raw.push({ style: item.style, text: headLabel(s.slice(item.offset)), start: p.start + item.offset, ordinal: item.ordinal, para: i });
        }
      }
    } else if (isFramingHead(s)) {
      raw.push({ style: 'framing', text: s, start: p.start, ordinal: 0, para: i });
    }
  });
  return raw;
}

/** Drops numbered styles that do not form a series (1 and 2 present) and lone framing heads. */
function keepSeries(raw: RawHead[]): RawHead[] {
  const byStyle = new Map<string, RawHead[]>();
  for (const h of raw) byStyle.set(h.style, [...(byStyle.get(h.style) ?? []), h]);
  const ok = (style: string): boolean => {
    const list = byStyle.get(style) ?? [];
    if (style === 'bold' || style === 'label') return true;
    if (style === 'framing') return list.length >= 2;
    if (SERIES_STYLES.has(style as HeadStyle)) {
      const ordinals = new Set(list.map((h) => h.ordinal));
      return ordinals.has(1) && ordinals.has(2);
    }
    return false;
  };
  // A series starts at its first 1: a stray 第三， before 第一， is a mention, not a head.
  const firstOne = new Map<string, number>();
  for (const h of raw) if (h.ordinal === 1 && !firstOne.has(h.style)) firstOne.set(h.style, h.start);
  return raw.filter((h) => ok(h.style) && (!SERIES_STYLES.has(h.style as HeadStyle) || h.start >= (firstOne.get(h.style) ?? 0)));
}

function assignLevels(heads: RawHead[]): OutlineEntry[] {
  const present = STYLE_ORDER.filter((s) => heads.some((h) => h.style === s));
  const out: OutlineEntry[] = [];
  let prevLevel = 0;
  for (const h of heads) {
    let level = present.indexOf(h.style) + 1;
    level = Math.min(level, prevLevel + 1);
    out.push({ level, text: h.text, start: h.start });
    prevLevel = level;
  }
  return out;
}

function norm(s: string): string {
  return s.replace(/[\s　]/g, '').replace(/[―—－-]{1,2}/g, '—');
}
