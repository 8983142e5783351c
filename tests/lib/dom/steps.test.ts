import { describe, expect, it } from 'vitest';
import { BLOCK_TAGS, blockOf, buildTextModel, isSkipped, paragraphRunsSteps, type ParagraphNodes } from '../../../lib/dom/text-model';
import { finish, type Steps } from '../../../lib/dom/steps';
import { applyMarks, startMarks } from '../../../lib/dom/marks';
import { runInSlices } from '../../../lib/ext/page/slices';
import { extractArticle } from '../../../lib/extract';
import { loadPage, parseHtml } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';

/** paragraphRuns as it was written, recursively (before it became steps): the reference. */
function recursiveRuns(root: Element): ParagraphNodes[] {
  const runs: ParagraphNodes[] = [];
  let current: ParagraphNodes | null = null;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const block = blockOf(node) ?? root;
      if (!current || current.block !== block) runs.push((current = { block, nodes: [] }));
      current.nodes.push(node as Text);
      return;
    }
    if (node.nodeType !== 1 || isSkipped(node as Element)) return;
    const el = node as Element;
    const isBlock = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (el.tagName.toUpperCase() === 'BR' || isBlock) current = null;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (isBlock) current = null;
  };
  visit(root);
  return runs;
}

/** Steps counted: how many times the work yielded. */
function countYields<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, yields };
    yields++;
  }
}

describe('the paragraph walk as steps', () => {
  it.each(listTestPages().map((p) => [p.name, p] as const))('gives the runs of the recursive walk on %s', (_name, page) => {
    const doc = loadPage(page.source, page.url, page.charset);

    const { value: actual } = countYields(paragraphRunsSteps(doc.body));

    expect(actual).toEqual(recursiveRuns(doc.body));
  });

  it('yields as it goes over a long body, and skips what the reader does not see', () => {
    const doc = parseHtml(`<div id="b">${'<p>正文<strong>加粗</strong><br>换行<script>x</script></p>'.repeat(400)}</div><div data-rr-skip>跳过</div>`, 'http://www.people.com.cn/');
    const root = doc.getElementById('b')!;

    const { value, yields } = countYields(paragraphRunsSteps(root));

    expect(yields).toBeGreaterThan(5);
    expect(value).toEqual(recursiveRuns(root));
    expect(buildTextModel(value).paragraphs).toHaveLength(800);
  });
});

describe('marks in steps', () => {
  const page = listTestPages().find((p) => p.name === 'finance-c1004-40232587')!;
  const spansOf = (text: string) => [...text.matchAll(/\d+(\.\d+)?(万|亿)?(亩|斤|家|%|元)?|河南/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, attrs: { 'data-rr-kind': 'figure' } }));

  it('keeps the model exact after every step, and ends with what applying at once gives', () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model, root } = extractArticle(doc, page.url);
    const spans = spansOf(model.text);
    const layer = startMarks(model, spans);
    let steps = 0;

    for (let next = layer.steps.next(); !next.done; next = layer.steps.next()) {
      steps++;
      const m = layer.model;
      for (let i = 0; i < m.text.length; i++) {
        if (m.charNode[i] < 0) continue;
        const node = m.nodes[m.charNode[i]];
        expect(node.isConnected).toBe(true);
        const ch = node.data[m.charOffset[i]];
        expect(m.text[i] === ' ' ? /\s/.test(ch) : ch === m.text[i]).toBe(true);
      }
    }

    const other = loadPage(page.source, page.url, page.charset);
    const once = extractArticle(other, page.url);
    applyMarks(once.model, spansOf(once.model.text));
    expect(spans.length).toBeGreaterThan(64);
    expect(steps).toBeGreaterThan(0);
    expect(root!.innerHTML).toBe(once.root!.innerHTML);
    expect(model.charNode).toEqual(extractArticle(loadPage(page.source, page.url, page.charset), page.url).model.charNode);
  });

  it('stops when removed half-way and puts the page back exactly', () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model, root } = extractArticle(doc, page.url);
    const before = root!.innerHTML;
    const layer = startMarks(model, spansOf(model.text));

    layer.steps.next();
    layer.remove();
    finish(layer.steps);

    expect(root!.innerHTML).toBe(before);
  });
});

describe('runInSlices', () => {
  it('gives the page its turn between slices and returns the result', async () => {
    let turns = 0;
    const tick = () => setTimeout(() => { turns++; }, 0);
    function* busy(): Steps<string> {
      for (let i = 0; i < 12; i++) {
        const until = performance.now() + 2;
        while (performance.now() < until) { /* 2 ms of work */ }
        tick();
        yield;
      }
      return 'done';
    }

    const actual = await runInSlices(busy(), 5);

    expect(actual).toBe('done');
    expect(turns).toBeGreaterThanOrEqual(3);
  });
});
