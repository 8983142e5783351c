import { describe, expect, it } from 'vitest';
import { offsetsOfRange, rangeOf } from '../../../lib/dom/ranges';
import { applyMarks } from '../../../lib/dom/marks';
import { extractArticle } from '../../../lib/extract';
import { loadPage } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';

const page = listTestPages().find((p) => p.name === 'finance-c1004-40232587')!;

describe('offsetsOfRange', () => {
  it('round-trips: offsets → range → offsets, over many spans, also across paragraphs', () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model } = extractArticle(doc, page.url);

    for (let start = 0; start < model.text.length - 60; start += 37) {
      const end = start + 1 + ((start * 7) % 57);
      const range = rangeOf(model, start, end)!;
      const actual = offsetsOfRange(model, range);
      const trimmed = model.text.slice(start, end).trim();
      expect(model.text.slice(actual!.start, actual!.end)).toBe(trimmed);
    }
  });

  it('works on the DOM after marks split its text nodes', () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model } = extractArticle(doc, page.url);
    const { model: marked } = applyMarks(model, [...model.text.matchAll(/\d+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, attrs: {} })));
    const start = model.text.indexOf('8500多万亩');

    const actual = offsetsOfRange(marked, rangeOf(marked, start - 3, start + 10)!);

    expect(marked.text.slice(actual!.start, actual!.end)).toBe(model.text.slice(start - 3, start + 10));
  });

  it('snaps a selection that starts in the page title into the article', () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model } = extractArticle(doc, page.url);
    const range = doc.createRange();
    range.setStart(doc.querySelector('h1')!, 0);
    const firstEnd = rangeOf(model, 0, 5)!;
    range.setEnd(firstEnd.endContainer, firstEnd.endOffset);

    expect(offsetsOfRange(model, range)).toEqual({ start: 0, end: 5 });
  });
});
