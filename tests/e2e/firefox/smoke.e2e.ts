/**
 * The built Firefox add-on in Firefox ESR: the panel on a saved article (and its
 * computed type), pinyin on hover, a highlight saved and restored after a reload.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { listTestPages } from '../../../scripts/lib/test-pages';
import { pointInPage, selectInPage } from '../in-page';
import { clickInPanel, clickInShadow, inPanel, inShadow, panelContext, waitUntil } from './bidi';

const FINANCE = listTestPages().find((p) => p.name === 'finance-c1004-40232587')!;
const POLITICS = 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html';
const QUOTE = '河南做好良田、良种、良机、良法融合一体的文章';

export interface FirefoxTest { name: string; fn: (browser: Browser, page: Page) => Promise<void> }
export const firefoxTests: FirefoxTest[] = [];
const test = (name: string, fn: FirefoxTest['fn']) => firefoxTests.push({ name, fn });

/** The title of the panel once it has drawn the article. */
const panelTitle = (browser: Browser, panel: string) => inPanel<string | null>(browser, panel, `return document.querySelector('[data-field="title"]')?.textContent ?? null;`);

test('Firefox: the panel shows the article, in its own sans-serif type', async (browser, page) => {
  const expected = JSON.parse(readFileSync(join(FINANCE.dir, 'expected.json'), 'utf8'));
  await page.goto(FINANCE.url);
  const panel = await panelContext(browser, page);

  assert.equal(await waitUntil('the panel title', () => panelTitle(browser, panel)), expected.meta.title);
  const font = await inPanel<{ family: string; size: string }>(browser, panel, `const s = getComputedStyle(document.querySelector('.panel')); return { family: s.fontFamily, size: s.fontSize };`);
  // Firefox writes the computed stack without quotes, Chromium with them.
  assert.match(font.family, /^"?PingFang SC"?, .*"?Noto Sans CJK SC"?.*sans-serif$/);
  assert.equal(font.size, '14px');
  // The page side: its host resets the page's styles (all: initial) and sets the same stack.
  const host = await inShadow<{ family: string; size: string }>(browser, page, `const s = getComputedStyle(this.querySelector('.rr-ui')); return { family: s.fontFamily, size: s.fontSize };`);
  assert.match(host!.family, /^"?PingFang SC"?, .*"?Noto Sans CJK SC"?.*sans-serif$/);
  assert.equal(host!.size, '14px');
});

test('Firefox: hovering a word shows its pinyin in context', async (browser, page) => {
  await page.goto(POLITICS);
  const panel = await panelContext(browser, page);
  await waitUntil('the panel', () => panelTitle(browser, panel));
  const on = () => inPanel<string | null>(browser, panel, `return document.querySelector('[data-action="toggle-pinyin"]')?.getAttribute('aria-pressed') ?? null;`);
  if ((await on()) !== 'true') await clickInPanel(browser, page, panel, '[data-action="toggle-pinyin"]');
  await waitUntil('pinyin on', async () => (await on()) === 'true');
  await waitUntil('the dictionary', () => inPanel<boolean>(browser, panel, `return !document.querySelector('.status');`));

  const point = await page.evaluate(pointInPage, ['玻利维亚', 0, 0] as const);
  assert.ok(point, 'the word is on the page');

  // The words arrive from the background a moment after pinyin is turned on: the pointer
  // rests on the word, nudged by a pixel each try, as a reader's hand would.
  let nudge = 0;
  const popup = await waitUntil('the popup', async () => {
    await page.mouse.move(point.x + (nudge++ % 2), point.y);
    return inShadow<{ word: string; pinyin: string; role: string } | null>(browser, page,
      `const p = this.querySelector('[data-rr-popup]'); return p ? { word: p.querySelector('.popup-word').textContent, pinyin: p.querySelector('[data-rr-pinyin]').textContent.trim(), role: p.getAttribute('role') } : null;`);
  });
  assert.deepEqual(popup, { word: '玻利维亚', pinyin: 'bō lì wéi yà', role: 'dialog' });
});

test('Firefox: a highlight is saved and comes back after a reload', async (browser, page) => {
  await page.goto(FINANCE.url);
  let panel = await panelContext(browser, page);
  await waitUntil('the panel', () => panelTitle(browser, panel));

  const selected = await page.evaluate(selectInPage, [QUOTE, 0] as const);
  assert.ok(selected, 'the quote is in the article');
  await clickInShadow(browser, page, '[data-action="highlight"]');

  const marks = () => page.evaluate(() => Array.from(document.querySelectorAll('mark[data-rr-kind="highlight"]')).map((m) => m.textContent).join(''));
  await waitUntil('the highlight mark', async () => (await marks()) === QUOTE);
  await waitUntil('the saved highlight', () => inPanel<boolean>(browser, panel, `return !!document.querySelector('.hl-item[data-rr-save="saved"]');`));

  await page.reload();
  panel = await panelContext(browser, page);
  await waitUntil('the highlight after the reload', async () => (await marks()) === QUOTE);
  const listed = await waitUntil('the panel’s list', () => inPanel<string | null>(browser, panel, `return document.querySelector('[data-section="highlights"] .hl-quote')?.textContent ?? null;`));
  assert.equal(listed, QUOTE);
});
