import { describe, expect, it } from 'vitest';
import { applyMarks, flattenSpans } from '../../../lib/dom/marks';
import { buildTextModel, paragraphRuns } from '../../../lib/dom/text-model';
import { extractArticle } from '../../../lib/extract';
import { loadPage, parseHtml } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';

const modelOf = (root: Element) => buildTextModel(paragraphRuns(root));

describe('applyMarks', () => {
  it('wraps a span that crosses a <strong> boundary as one match in two elements', () => {
    const doc = parseHtml('<div id="b"><p>　　<strong>2024年5月</strong>10日，会议召开。</p></div>', 'http://x.people.com.cn/');
    const root = doc.getElementById('b')!;
    const model = modelOf(root);
    const start = model.text.indexOf('2024年5月10日');

    const layer = applyMarks(model, [{ start, end: start + '2024年5月10日'.length, attrs: { 'data-rr-kind': 'date' } }]);

    const marks = Array.from(root.querySelectorAll('mark[data-rr-kind]'));
    expect(marks.map((m) => m.textContent)).toEqual(['2024年5月', '10日']);
    expect(new Set(marks.map((m) => m.getAttribute('data-rr-match'))).size).toBe(1);
    expect(marks[0].parentElement!.tagName).toBe('STRONG');
    expect(layer.elements[0]).toHaveLength(2);
  });

  it('leaves the article text unchanged, so a model rebuilt over marked DOM is the same text', () => {
    const page = listTestPages().find((p) => p.name === 'finance-c1004-40232587')!;
    const doc = loadPage(page.source, page.url, page.charset);
    const { model, root } = extractArticle(doc, page.url);
    const spans = [...model.text.matchAll(/\d+(\.\d+)?(万|亿)?(亩|斤|家|%)/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, attrs: { 'data-rr-kind': 'figure' } }));

    applyMarks(model, spans);

    expect(spans.length).toBeGreaterThan(10);
    expect(root!.querySelectorAll('mark[data-rr-kind="figure"]').length).toBe(spans.length);
    expect(extractArticle(doc, page.url).text).toBe(model.text);
  });

  it('restores the page DOM exactly, down to the same text node objects', () => {
    const page = listTestPages().find((p) => p.name === 'politics-c1001-40223222')!;
    const doc = loadPage(page.source, page.url, page.charset);
    const { model, root } = extractArticle(doc, page.url);
    const before = root!.innerHTML;
    const nodesBefore = [...model.nodes];
    const spans = [...model.text.matchAll(/习近平|航天|\d+月\d+日/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, attrs: { title: m[0] } }));

    const layer = applyMarks(model, spans);
    expect(root!.innerHTML).not.toBe(before);
    layer.remove();

    expect(root!.innerHTML).toBe(before);
    expect(nodesBefore.every((n) => root!.contains(n))).toBe(true);
  });
});

describe('the model after marking', () => {
  it('still maps every character to the node that now holds it', () => {
    const page = listTestPages().find((p) => p.name === 'finance-c1004-40232587')!;
    const doc = loadPage(page.source, page.url, page.charset);
    const { model } = extractArticle(doc, page.url);
    const spans = [...model.text.matchAll(/河南|\d+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, attrs: {} }));

    const { model: after } = applyMarks(model, spans);

    expect(after.text).toBe(model.text);
    for (let i = 0; i < after.text.length; i++) {
      if (after.charNode[i] < 0) continue;
      const node = after.nodes[after.charNode[i]];
      expect(doc.contains(node)).toBe(true);
      const ch = node.data[after.charOffset[i]];
      expect(after.text[i] === ' ' ? /\s/.test(ch) : ch === after.text[i]).toBe(true);
    }
  });

  it('layers nest: a second layer over the first, removed in reverse, restores the page', () => {
    const doc = parseHtml('<div id="b"><p>　　2024年5月10日，河南省召开会议。</p></div>', 'http://x.people.com.cn/');
    const root = doc.getElementById('b')!;
    const before = root.innerHTML;
    const model = modelOf(root);

    const dates = applyMarks(model, [{ start: 0, end: 10, attrs: { 'data-rr-kind': 'date' } }]);
    const highlight = applyMarks(dates.model, [{ start: 5, end: 15, attrs: { 'data-rr-kind': 'highlight' } }], 'h');

    expect(root.querySelectorAll('mark[data-rr-kind="highlight"]').length).toBe(2);
    expect(root.textContent).toBe('　　2024年5月10日，河南省召开会议。');
    highlight.remove();
    dates.remove();
    expect(root.innerHTML).toBe(before);
  });
});

describe('flattenSpans', () => {
  it('cuts overlaps so the later span wins, and keeps each span whole where it is alone', () => {
    const a = { 'data-rr-id': 'a' };
    const b = { 'data-rr-id': 'b' };

    const actual = flattenSpans([{ start: 0, end: 10, attrs: a }, { start: 5, end: 15, attrs: b }]);

    expect(actual.map((s) => [s.start, s.end, s.attrs['data-rr-id']])).toEqual([[0, 5, 'a'], [5, 15, 'b']]);
  });

  it('keeps an outer span around an inner one', () => {
    const a = { 'data-rr-id': 'a' };
    const b = { 'data-rr-id': 'b' };

    const actual = flattenSpans([{ start: 0, end: 20, attrs: a }, { start: 5, end: 8, attrs: b }]);

    expect(actual.map((s) => [s.start, s.end, s.attrs['data-rr-id']])).toEqual([[0, 5, 'a'], [5, 8, 'b'], [8, 20, 'a']]);
  });
});
