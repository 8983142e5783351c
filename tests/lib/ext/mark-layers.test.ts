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

describe('layers applied in slices', () => {
  /** A page of 300 paragraphs, each with dates and figures to mark: many steps of marks. */
  function bigPage() {
    const doc = loadPage(page.source, page.url, page.charset);
    const body = doc.querySelector('#rwb_zw, .rm_txt_con')!;
    body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>　　第${i + 1}段：2024年5月${(i % 28) + 1}日，河南省粮食产量连续7年稳定在1300亿斤以上。</p>`).join('');
    return { doc, model: extractArticle(doc, page.url).model };
  }
  const datesOf = (text: string) => spansOf(text, /\d+月\d+日/g, { 'data-rr-kind': 'date' });

  it('yields between slices and ends with every mark in place and the model exact', async () => {
    const { doc, model } = bigPage();
    const layers = createMarkLayers(model, doc, { sliceMs: 0 });

    const applying = layers.set('annotations', datesOf(model.text));
    const first = doc.querySelectorAll('mark[data-rr-kind="date"]').length;
    await applying;

    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(300);
    expect(doc.querySelectorAll('mark[data-rr-kind="date"]').length).toBe(300);
    const m = layers.model();
    for (let i = 0; i < m.text.length; i++) {
      if (m.charNode[i] < 0) continue;
      const node = m.nodes[m.charNode[i]];
      expect(node.isConnected).toBe(true);
      expect(node.data[m.charOffset[i]] === m.text[i] || /\s/.test(m.text[i])).toBe(true);
    }
  });

  it('a newer change takes over: no half-applied layer is left, and the page restores exactly', async () => {
    const { doc, model } = bigPage();
    const before = doc.documentElement.outerHTML;
    const layers = createMarkLayers(model, doc, { sliceMs: 0 });

    const outer = layers.set('annotations', datesOf(model.text));
    const inner = layers.set('highlights', spansOf(model.text, /河南省/g, { 'data-rr-kind': 'highlight' }));
    await Promise.all([outer, inner]);

    expect(doc.querySelectorAll('mark[data-rr-kind="date"]').length).toBe(300);
    expect(doc.querySelectorAll('mark[data-rr-kind="highlight"]').length).toBe(300);
    await layers.enable('annotations', false);
    await layers.enable('highlights', false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
