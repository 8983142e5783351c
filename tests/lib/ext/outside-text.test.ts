import { beforeAll, describe, expect, it } from 'vitest';
import { createOutsideReader } from '../../../lib/ext/page/outside-text';
import { extractArticle } from '../../../lib/extract';
import { charAt } from '../../../lib/dom/ranges';
import { createLanguageTools, type LanguageTools } from '../../../lib/text/language-tools';
import { wordsOfText } from '../../../lib/text/words-reply';
import { marksOf } from '../../../lib/text/segment-marks';
import { wordAt } from '../../../lib/text/word-steps';
import type { OutsideText } from '../../../lib/ext/page/page-state';
import { loadPage } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';
import { loadDictFiles } from '../text/data';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const page = listTestPages().find((p) => p.name === 'politics-c1001-40223222')!;
let tools: LanguageTools;
beforeAll(() => {
  const definitions = gunzipSync(readFileSync(resolve(import.meta.dirname, '../../../public/dict/cedict.txt.gz')));
  tools = createLanguageTools({ ...loadDictFiles(), definitions });
});

/** The first text node under `root` whose text contains `needle`, and the offset of `needle` in it. */
function find(root: Node, needle: string): { node: Text; offset: number } {
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(needle);
    if (at >= 0) return { node: n as Text, offset: at };
  }
  throw new Error(`not on the page: ${needle}`);
}

/** The article's headline (the page has a logo h1 before it). */
const headline = (doc: Document) => [...doc.querySelectorAll('h1')].find((h) => h.textContent!.includes('航天'))!;

/** The word of `read` at a caret, as the popup would show it. */
function wordAtCaret(read: OutsideText, node: Text, offset: number) {
  const i = charAt(read.model, node, offset);
  return read.words.items[wordAt(read.words.items, i)];
}

describe('Chinese outside the article body', () => {
  it('reads the headline and the wire header line with words in context, which the article text does not hold', async () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const { model } = extractArticle(doc, page.url);
    const asked: string[] = [];
    const reader = createOutsideReader(async (text) => (asked.push(text), { ...wordsOfText(tools, text), ...marksOf(text, '2024-04-24') }));

    const header = find(doc.body, '题：促进航天技术');
    expect(charAt(model, header.node, header.offset + 2)).toBe(-1); // not article text
    const read = await reader.at(header.node, header.offset + 4);
    expect(read).not.toBeNull();
    expect(read!.model.text).toContain('新华社北京4月24日电');
    const word = wordAtCaret(read!, header.node, header.offset + 4); // 航 of 航天
    expect(word.text).toBe('航天');
    expect(word.pinyin).toBe('háng tiān');
    expect(read!.words.definitions['航天']?.[0]?.defs.join('; ')).toMatch(/space|aerospace/i);
    // Its own dates: the dateline's 4月24日, worked out against the publication date.
    expect(read!.dates.map((d) => [d.text, d.value])).toEqual([['4月24日', '2024-04-24']]);

    const title = find(headline(doc), '惠及');
    const titleRead = await reader.at(title.node, title.offset);
    expect(wordAtCaret(titleRead!, title.node, title.offset).text).toBe('惠及');
    expect(asked).toHaveLength(2);
  });

  it('reads each paragraph once: a second hover answers at once, from the same reading', async () => {
    const doc = loadPage(page.source, page.url, page.charset);
    let calls = 0;
    const reader = createOutsideReader(async (text) => (calls++, wordsOfText(tools, text)));
    const title = find(headline(doc), '航天');

    const first = await reader.at(title.node, title.offset);
    const second = reader.at(title.node, title.offset + 1);

    expect(second).toBe(first);
    expect(calls).toBe(1);
  });

  it('reads the paragraph again when the page changed its text', async () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const reader = createOutsideReader(async (text) => wordsOfText(tools, text));
    const title = find(headline(doc), '航天');
    await reader.at(title.node, title.offset);

    title.node.data = '中拉合作共赢';
    const read = await reader.at(title.node, 4);

    expect(read!.model.text).toBe('中拉合作共赢');
    expect(wordAtCaret(read!, title.node, 4).text).toBe('共赢');
  });

  it('has nothing to read where there is no Chinese, in form fields and scripts, and when the background does not answer', async () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const reader = createOutsideReader(async (text) => wordsOfText(tools, text));
    const box = doc.createElement('textarea');
    box.textContent = '中国航天';
    const script = doc.createElement('script');
    script.textContent = 'var 航天 = 1;';
    const latin = doc.createElement('p');
    latin.textContent = 'Copyright People’s Daily';
    doc.body.append(box, script, latin);

    expect(reader.at(box.firstChild!, 1)).toBeNull();
    expect(reader.at(script.firstChild!, 5)).toBeNull();
    expect(reader.at(latin.firstChild!, 3)).toBeNull();
    expect(reader.at(doc.body, 0)).toBeNull();

    const offline = createOutsideReader(() => Promise.reject(new Error('Extension context invalidated.')));
    const title = find(headline(doc), '航天');
    await expect(offline.at(title.node, title.offset)).resolves.toBeNull();
    expect(offline.at(title.node, title.offset)).toBeNull(); // no retry loop: the answer is kept
  });

  it('reads a paragraph too long to read whole as its one text node', async () => {
    const doc = loadPage(page.source, page.url, page.charset);
    const reader = createOutsideReader(async (text) => wordsOfText(tools, text));
    const div = doc.createElement('div');
    const long = doc.createElement('span');
    long.textContent = '新时代'.repeat(800);
    div.append('人民日报', long);
    doc.body.append(div);

    const read = await reader.at(long.firstChild!, 3);

    expect(read!.model.text).toBe('新时代'.repeat(800));
  });
});
