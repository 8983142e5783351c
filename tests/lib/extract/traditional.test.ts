import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/cn2t';
import { analyzeDocument } from '../../../lib/analyze';
import { toSimplified } from '../../../lib/text/chinese-script';
import { loadPage } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';
import { loadLanguageTools } from '../../../scripts/lib/load-dicts';

const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
const tools = loadLanguageTools();
const options = { words: tools.words, lookup: (t: string) => tools.define(t)[0]?.defs[0] ?? null };

/** The real saved Chinese articles (not constructed): what the /BIG5/ mirror serves them from. */
const pages = listTestPages().filter((p) => {
  const expected = JSON.parse(readFileSync(join(p.dir, 'expected.json'), 'utf8'));
  return !p.constructed && expected.isArticle && expected.script === 'hans';
});

/** The page as the /BIG5/ mirror serves it: every text node (and the title) in traditional characters. */
function traditionalCopy(source: string, url: string, charset: string): Document {
  const doc = loadPage(source, url, charset);
  const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) (n as Text).data = s2t((n as Text).data);
  return doc;
}

const big5 = (url: string) => url.replace(/^(https?:\/\/[^/]+)\//, '$1/BIG5/');
const simplified = (s: string | null | undefined) => (s ? toSimplified(s) : s);

describe.each(pages)('the traditional copy of $name', (page) => {
  const original = analyzeDocument(loadPage(page.source, page.url, page.charset), page.url, options);
  const copy = analyzeDocument(traditionalCopy(page.source, big5(page.url), page.charset), big5(page.url), options);

  it('is the same article, in traditional characters, at the same offsets', () => {
    expect(copy.isArticle).toBe(true);
    expect(copy.script).toBe('hant');
    expect(original.script).toBe('hans');
    expect(copy.text).not.toBe(original.text);
    expect(copy.text.length).toBe(original.text.length);
    expect(copy.paragraphs).toEqual(original.paragraphs);
  });

  it('gives the same metadata, read through the traditional furniture words', () => {
    for (const field of ['title', 'author', 'source', 'editor', 'channel', 'edition'] as const) {
      expect(simplified(copy.meta[field])).toBe(original.meta[field]);
    }
    expect(copy.meta.publishedAt).toBe(original.meta.publishedAt);
  });

  it('gives the same dates and figures, marked on the page characters', () => {
    expect(copy.dates.map(({ text, ...d }) => d)).toEqual(original.dates.map(({ text, ...d }) => d));
    expect(copy.figures.map(({ text, ...f }) => f)).toEqual(original.figures.map(({ text, ...f }) => f));
    expect(copy.dates.map((d) => d.text)).toEqual(copy.dates.map((d) => copy.text.slice(d.start, d.end)));
  });

  it('gives the same glossary, terms written as the page writes them', () => {
    const norm = (g: (typeof copy.glossary)[number]) => ({ ...g, term: simplified(g.term), role: simplified(g.role) });

    expect(copy.glossary.map(norm)).toEqual(original.glossary);
    for (const g of copy.glossary) expect(copy.text.startsWith(g.term, g.first)).toBe(true);
  });

  it('gives the same words and readings, each word in the page characters', () => {
    // A simplified original may quote traditional characters (於, 馀 in a classical poem): the copy
    // reads those as their simplified forms, so words within a few characters of them are left out.
    const back = toSimplified(copy.text);
    const quoted = [...original.text].flatMap((ch, i) => (back[i] !== ch ? [i] : []));
    const away = (w: { start: number; end: number }) => quoted.every((i) => w.end + 3 <= i || w.start >= i + 4);
    const words = (a: typeof copy) => a.words.filter(away);

    expect(words(copy).map((w) => [w.start, w.end, w.pinyin, w.simplified ?? w.text])).toEqual(words(original).map((w) => [w.start, w.end, w.pinyin, w.text]));
    for (const w of copy.words) expect(w.text).toBe(copy.text.slice(w.start, w.end));
  });

  it('gives the same outline and lead', () => {
    expect(copy.outline.map((e) => [e.level, e.start, simplified(e.text)])).toEqual(original.outline.map((e) => [e.level, e.start, e.text]));
    expect(copy.summary.map((s) => [s.start, s.end])).toEqual(original.summary.map((s) => [s.start, s.end]));
  });
});
