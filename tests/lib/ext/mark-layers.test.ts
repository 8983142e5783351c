import { describe, expect, it } from 'vitest';
import { createMarkLayers } from '../../../lib/ext/mark-layers';
import { extractArticle } from '../../../lib/extract';
import { loadPage } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';

const page = listTestPages().find((p) => p.name === 'politics-c1001-40223222')!;
const spansOf = (text: string, re: RegExp, attrs: Record<string, string>) =>
  [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, attrs }));

describe('mark layers', () => {
  it('turning layers off in any order restores the page exactly', () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model } = extractArticle(doc, page.url);
    const before = doc.documentElement.outerHTML;
    const layers = createMarkLayers(model, doc);

    layers.set('annotations', spansOf(model.text, /\d+月\d+日/g, { 'data-rr-kind': 'date' }));
    layers.set('highlights', spansOf(model.text, /习近平主席[^，。]*/g, { 'data-rr-kind': 'highlight' }));
    expect(doc.querySelectorAll('rr-mark').length).toBeGreaterThan(5);
    expect(layers.model().text).toBe(model.text);

    layers.enable('annotations', false);
    expect(doc.querySelectorAll('rr-mark[data-rr-kind="date"]').length).toBe(0);
    expect(doc.querySelectorAll('rr-mark[data-rr-kind="highlight"]').length).toBeGreaterThan(0);
    layers.enable('highlights', false);

    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
