import { describe, expect, it } from 'vitest';
import { createMarkLayers } from '../../../lib/ext/page/mark-layers';
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
    expect(doc.querySelectorAll('mark[data-rr-kind]').length).toBeGreaterThan(5);
    expect(layers.model().text).toBe(model.text);

    layers.enable('annotations', false);
    expect(doc.querySelectorAll('mark[data-rr-kind="date"]').length).toBe(0);
    expect(doc.querySelectorAll('mark[data-rr-kind="highlight"]').length).toBeGreaterThan(0);
    layers.enable('highlights', false);

    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('term spans', () => {
  it('never overlap, so marks over overlapping terms keep the text model exact', async () => {
    const { termSpans } = await import('../../../lib/dom/mark-spans');
    const { buildGlossary } = await import('../../../lib/glossary');
    const { charAt } = await import('../../../lib/dom/ranges');
    const doc = loadPage(page.source, page.url, page.charset);
    const { model, meta } = extractArticle(doc, page.url);
    const spans = termSpans(model.text, buildGlossary(model.text, meta));
    const layers = createMarkLayers(model, doc);

    layers.set('annotations', spansOf(model.text, /\d+月\d+日/g, { 'data-rr-kind': 'date' }));
    layers.set('terms', spans);
    layers.set('highlights', []);

    expect(spans.every((s, i) => i === 0 || s.start >= spans[i - 1].end)).toBe(true);
    const m = layers.model();
    for (let i = 0; i < m.text.length; i++) {
      if (m.charNode[i] < 0) continue;
      expect(charAt(m, m.nodes[m.charNode[i]], m.charOffset[i])).toBe(i);
      expect(doc.contains(m.nodes[m.charNode[i]])).toBe(true);
    }
  });
});

describe('a selection', () => {
  it('survives a layer change: same article text selected before and after', () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model } = extractArticle(doc, page.url);
    const layers = createMarkLayers(model, doc);
    const start = model.text.indexOf('航天科技是当今世界');
    const range = doc.createRange();
    const a = model.nodes[model.charNode[start]];
    range.setStart(a, model.charOffset[start]);
    range.setEnd(a, model.charOffset[start] + 9);
    doc.getSelection()!.addRange(range);

    layers.set('terms', spansOf(model.text, /航天|科技/g, { 'data-rr-kind': 'term' }));

    expect(doc.getSelection()!.toString()).toBe('航天科技是当今世界');
    expect(doc.querySelectorAll('mark[data-rr-kind="term"]').length).toBeGreaterThan(3);
  });
});
