/**
 * Change detector: the analysis of every saved page against the snapshot in its expected.json,
 * which scripts/regenerate-expected.ts writes from the same call. A difference means the output
 * changed, not that it is wrong or right; review the diff, then `npm run regen:expected`.
 * Whether the output is right is checked against the hand-checked answer.json files in
 * answers.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { extractArticle } from '../../../lib/extract';
import { locate } from '../../../lib/dom/text-model';
import { loadPage, parseHtml } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';
import { expectedOf } from '../../../scripts/lib/expected';
import { loadLanguageTools } from '../../../scripts/lib/load-dicts';
import { HUGE_PAGE_PARAGRAPHS, hugePageHtml } from '../../../scripts/lib/huge-page';

const pages = listTestPages();

describe.each(pages)('saved page $name matches the snapshot in expected.json (change detector; answers are in answer.json)', (page) => {
  const expected = JSON.parse(readFileSync(join(page.dir, 'expected.json'), 'utf8'));
  const doc = loadPage(page.source, page.url, page.charset);
  const tools = loadLanguageTools();
  const actual = expectedOf(analyzeDocument(doc, page.url, { lookup: (t) => tools.define(t)[0]?.defs[0] ?? null }));

  it('detection (page kind, language, script) is unchanged', () => {
    expect(actual.isArticle).toBe(expected.isArticle);
    expect(actual.pageKind).toBe(expected.pageKind);
    expect(actual.language).toBe(expected.language);
    expect(actual.script).toBe(expected.script);
  });

  it('metadata is unchanged', () => {
    expect(actual.meta).toEqual(expected.meta);
  });

  it('body bounds, paragraph count and subheads are unchanged', () => {
    expect(actual.paragraphCount).toBe(expected.paragraphCount);
    expect(actual.bodyStart).toBe(expected.bodyStart);
    expect(actual.bodyEnd).toBe(expected.bodyEnd);
    expect(actual.subheads).toEqual(expected.subheads);
    expect(actual.textLength).toBe(expected.textLength);
  });

  it('outline, lead summary and glossary are unchanged', () => {
    expect(actual.outline).toEqual(expected.outline);
    expect(actual.summary).toEqual(expected.summary);
    expect(actual.glossary).toEqual(expected.glossary);
  });

  it('dates and figures are unchanged', () => {
    expect(actual.dates).toEqual(expected.dates);
    expect(actual.figures).toEqual(expected.figures);
  });
});

describe('the body of every saved article', () => {
  const articles = pages.filter((p) => JSON.parse(readFileSync(join(p.dir, 'expected.json'), 'utf8')).isArticle);

  it.each(articles)('$name: has no furniture, editor line or leading full-width space', (page) => {
    const { text } = analyzeDocument(loadPage(page.source, page.url, page.charset), page.url);

    expect(text).not.toMatch(/责编|分享让更多人看到|客户端下载|推荐阅读|相关新闻/);
    expect(text.split('\n').every((line) => line.length > 0 && !/^[\s\u3000]/.test(line))).toBe(true);
  });

  it.each(articles)('$name: every character maps back to the page text node it came from', (page) => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model } = extractArticle(doc, page.url);

    for (let i = 0; i < model.text.length; i++) {
      const ch = model.text[i];
      const point = locate(model, i);
      if (ch === '\n') {
        expect(point).toBeNull();
        continue;
      }
      const source = point!.node.data[point!.offset];
      expect(ch === ' ' ? /\s/.test(source) : source === ch).toBe(true);
    }
  });
});

describe('broken input', () => {
  it.each([
    ['an empty document', ''],
    ['a document with no body text', '<html><head><title>x</title></head><body><div class="rm_txt_con"></div></body></html>'],
    ['unclosed tags and junk', '<div class="rm_txt_con"><p>　　<strong>半截<p>文字<<<>>>&&&</div></table></html>'],
  ])('%s gives a non-article result, no throw', (_name, html) => {
    const doc = parseHtml(html, 'http://politics.people.com.cn/');

    const actual = analyzeDocument(doc, 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html');

    expect(actual.isArticle).toBe(false);
    expect(actual.reason).toMatch(/no article body/);
  });
});

describe('a huge page', () => {
  // Measured: 2.1 s under vitest in jsdom on the 2-core machine (npx vitest run tests/lib/extract/snapshot.test.ts -t huge).
  // The bound leaves 7× for a loaded machine and only catches a runaway; the test's own timeout
  // is above the bound so that the bound, not the timeout, is what fails.
  const BOUND_MS = 15000;

  it('is analysed without Readability running away: a clear result in bounded time', () => {
    const doc = parseHtml(hugePageHtml(), 'http://finance.people.com.cn/');
    const started = Date.now();

    const actual = analyzeDocument(doc, 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html');

    expect(actual.isArticle).toBe(true);
    expect(actual.paragraphs.length).toBe(HUGE_PAGE_PARAGRAPHS);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  }, 3 * BOUND_MS);
});
