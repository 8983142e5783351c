/**
 * Huge People's Daily pages for bounds tests and the benchmark:
 * - hugePageHtml: synthetic (20,000 navigation links, 4,000 short paragraphs, ~165,000 characters);
 * - realSizedHugePageHtml: the size of the largest real body measured (a 4.9 MB article body of
 *   17,266 paragraphs), in the finance page's own template, written from the real sentences of
 *   the saved Chinese articles (reshuffled, so paragraphs differ as in a real long document).
 */
import { readFileSync } from 'node:fs';
import { listTestPages } from './test-pages';
import { decodePage } from './decode';
import { furnitureLine } from '../../lib/extract/furniture';

/** A synthetic huge People's Daily page (20,000 links, 4,000 paragraphs, ~165,000 characters). */
export function hugePageHtml(): string {
  const paragraphs = Array.from({ length: 4000 }, (_, i) => `<p>　　第${i + 1}段：2024年5月${(i % 28) + 1}日，河南省粮食产量连续7年稳定在1300亿斤以上。</p>`).join('');
  const nav = Array.from({ length: 20000 }, (_, i) => `<li><a href="/x${i}">链接${i}</a></li>`).join('');
  return `<html><head><title>大页面--财经--人民网</title></head><body><ul>${nav}</ul><div class="rm_txt_con">${paragraphs}</div></body></html>`;
}

export const HUGE_PAGE_PARAGRAPHS = 4000;

/** Paragraphs of the real-sized page, and the UTF-8 size of its article body. */
export const REAL_HUGE_PARAGRAPHS = 17_266;
export const REAL_HUGE_BODY_BYTES = 4_900_000;

/** The saved page whose template the real-sized page uses. */
const TEMPLATE = 'finance-c1004-40232587';

/** Sentences (ending in 。！？) of the prose paragraphs of the saved Chinese articles, in page order. */
function realSentences(): string[] {
  const out: string[] = [];
  for (const page of listTestPages()) {
    if (!/^(culture|finance|health|politics|epaper)/.test(page.name) || page.name.endsWith('big5')) continue;
    const html = decodePage(readFileSync(page.source), page.charset);
    for (const m of html.matchAll(/<p[^>]*>([^<]{20,})<\/p>/g)) {
      let text = m[1].replace(/&nbsp;/g, ' ').replace(/^[\s\u3000]+/, '').trim();
      if (furnitureLine(text).kind) continue; // copyright notices, editor lines: not prose
      // The katakana middle dot (图帕克・卡塔里) becomes the usual ·: 20 kana anywhere make
      // languageOf read a text as Japanese, and this page must measure the Chinese analyses.
      text = text.replace(/・/g, '·');
      for (const s of text.match(/[^。！？]+[。！？]”?/g) ?? []) if (s.length >= 8) out.push(s);
    }
  }
  return out;
}

/**
 * A real-sized huge article page (REAL_HUGE_PARAGRAPHS paragraphs, an article body of about
 * REAL_HUGE_BODY_BYTES bytes): the finance page's template with its body replaced by paragraphs of
 * real sentences, drawn in a fixed pseudo-random order (the same page every run), a bold subhead
 * every 250 paragraphs.
 */
export function realSizedHugePageHtml(): string {
  const template = listTestPages().find((p) => p.name === TEMPLATE)!;
  const html = decodePage(readFileSync(template.source), template.charset);
  const sentences = realSentences();
  const perParagraph = REAL_HUGE_BODY_BYTES / REAL_HUGE_PARAGRAPHS;
  let seed = 20240510;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const parts: string[] = [];
  for (let i = 0; i < REAL_HUGE_PARAGRAPHS; i++) {
    if (i % 250 === 249) {
      parts.push(`<p style="text-indent: 2em;"><strong>${sentences[Math.floor(next() * sentences.length)].replace(/[。！？]”?$/, '')}</strong></p>`);
      continue;
    }
    // UTF-8: a Han character is 3 bytes; the markup around a paragraph is about 40.
    const target = ((perParagraph - 40) / 3) * (0.33 + next() * 1.05);
    let text = sentences[Math.floor(next() * sentences.length)];
    for (let s = sentences[Math.floor(next() * sentences.length)]; text.length + s.length / 2 < target; s = sentences[Math.floor(next() * sentences.length)]) text += s;
    parts.push(`<p style="text-indent: 2em;">　　${text}</p>`);
  }
  const start = html.indexOf('<div class="rm_txt_con cf">');
  const end = html.indexOf('<p></p><p><span id="paper_num">', start);
  const open = '<div class="rm_txt_con cf">';
  return `${html.slice(0, start)}${open}\n${parts.join('\n')}\n${html.slice(end)}`;
}
