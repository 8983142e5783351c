/** Saved highlights on real pages: save, restore, edit, delete, variants, edits, two tabs. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { listTestPages } from '../../scripts/lib/test-pages';
import { test } from './harness';
import { highlight, highlightTexts, selectText, waitAnalysed, waitSaved } from './page-helpers';
import { PageUi, panel } from './ui';

const FINANCE = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
const source = (name: string) => readFileSync(listTestPages().find((p) => p.name === name)!.source, 'utf8');

/** Open `url` and wait for the panel; returns the panel frame and the page-side UI. */
async function open(page: Page, url: string) {
  await page.goto(url);
  const frame = await panel(page);
  await frame.locator('.panel').waitFor();
  return { frame, ui: new PageUi(page) };
}

test('select text, save a highlight, and find it again after a reload', async ({ newPage, screenshot, browser }) => {
  const page = await newPage();
  const { frame } = await open(page, FINANCE);

  await highlight(page, '河南做好良田、良种、良机、良法融合一体的文章');

  assert.deepEqual(await highlightTexts(page), ['河南做好良田、良种、良机、良法融合一体的文章']);
  await frame.locator('[data-section="highlights"] [data-action="jump-highlight"]').waitFor();
  await waitSaved(page, '河南做好良田、良种、良机、良法融合一体的文章');
  await screenshot(page, 'highlight-saved');
  await page.reload();
  await (await panel(page)).locator('[data-section="highlights"] [data-action="jump-highlight"]').waitFor();
  assert.deepEqual(await highlightTexts(page), ['河南做好良田、良种、良机、良法融合一体的文章']);
  const stored = await browser.readStorage();
  assert.equal(Object.keys(stored).filter((k) => k.startsWith('hl:people:40232587:')).length, 1);
  assert.ok(stored['article:people:40232587'], 'the article record is stored with it');
});

test('a note and a colour are kept; delete can be undone', async ({ newPage }) => {
  const page = await newPage();
  await open(page, FINANCE);

  await highlight(page, '粮食产量连续7年稳定在1300亿斤以上', 'highlight-color-green');
  await page.locator('mark[data-rr-kind="highlight"][data-rr-color="green"]').first().click();
  let frame = await panel(page);
  await frame.locator('[data-action="note-input"]').fill('连续七年，1300亿斤');
  await frame.locator('[data-action="save-note"]').click();
  await frame.locator('.hl-note', { hasText: '连续七年，1300亿斤' }).waitFor();
  await page.reload();
  frame = await panel(page);
  const item = frame.locator('.hl-item', { hasText: '1300亿斤以上' });
  await item.waitFor();
  assert.equal(await item.locator('.hl-note').textContent(), '连续七年，1300亿斤');

  await page.locator('mark[data-rr-color="green"]').first().click();
  await frame.locator('[data-action="delete-highlight"]').click();
  await page.locator('mark[data-rr-color="green"]').first().waitFor({ state: 'detached' });
  await frame.locator('[data-action="undo"]').click();
  await page.locator('mark[data-rr-color="green"]').first().waitFor();
  await page.reload();
  await (await panel(page)).locator('.hl-item', { hasText: '1300亿斤以上' }).waitFor();
});

test('highlights come back under URL variants of the same article', async ({ newPage }) => {
  const page = await newPage();
  await open(page, `${FINANCE}?from=weixin#top`);
  await highlight(page, '向良种要产量');
  await waitSaved(page, '向良种要产量');

  for (const variant of [FINANCE, FINANCE.replace('people.com.cn', 'people.cn'), `${FINANCE}?spm=1`]) {
    const { frame } = await open(page, variant);
    await frame.locator('.hl-item', { hasText: '向良种要产量' }).waitFor({ timeout: 5000 });
  }
});

test('a changed paragraph: other highlights stay, the changed one is re-anchored or listed as an orphan', async ({ newPage, server }) => {
  const url = 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html';
  const page = await newPage();
  await open(page, url);
  for (const quote of ['航天科技是当今世界科技发展的重要领域', '中国探月工程始终秉持', '玻利维亚与中国在航天领域展开了诸多合作']) {
    await highlight(page, quote);
  }
  await page.waitForTimeout(300);

  // The site edits the article: one highlighted passage is rewritten, another loses a word.
  server.override(url, source('politics-c1001-40223222')
    .replace('玻利维亚与中国在航天领域展开了诸多合作', '两国在卫星通信方面合作已久')
    .replace('中国探月工程始终秉持', '中国探月工程一直秉持'));
  await page.reload();
  const frame = await panel(page);
  await frame.locator('[data-section="highlights"] .hl-item').first().waitFor();

  const texts = await highlightTexts(page);
  assert.ok(texts.includes('航天科技是当今世界科技发展的重要领域'), texts.join(' | '));
  assert.ok(texts.some((t) => t.startsWith('中国探月工程')), `edited quote re-anchored: ${texts.join(' | ')}`);
  const orphans = frame.locator('[data-rr-orphans] .hl-item');
  assert.equal(await orphans.count(), 1);
  assert.match((await orphans.textContent()) ?? '', /玻利维亚与中国在航天领域展开了诸多合作/);
});

test('two tabs saving at the same moment keep both highlights', async ({ newPage, browser }) => {
  const url = 'http://health.people.com.cn/n1/2024/0517/c14739-40237861.html';
  const [a, b] = [await newPage(), await newPage()];
  await Promise.all([open(a, url), open(b, url)]);
  await selectText(a, '心理素质提升课程');
  await selectText(b, '专场心理体验活动');
  const [uiA, uiB] = [new PageUi(a), new PageUi(b)];
  await Promise.all([uiA.waitFor('[data-action="highlight"]'), uiB.waitFor('[data-action="highlight"]')]);

  await Promise.all([uiA.click('[data-action="highlight"]'), uiB.click('[data-action="highlight"]')]);
  await a.waitForTimeout(400);

  const stored = await browser.readStorage();
  const quotes = Object.entries(stored)
    .filter(([k]) => k.startsWith('hl:people:40237861:'))
    .map(([, v]) => (v as { selectors: { quote: { exact: string } } }).selectors.quote.exact)
    .sort();
  assert.deepEqual(quotes, ['专场心理体验活动', '心理素质提升课程']);
  // Each tab follows the other's save live, without a reload.
  await (await panel(a)).locator('.hl-item', { hasText: '专场心理体验活动' }).waitFor();
  await (await panel(b)).locator('.hl-item', { hasText: '心理素质提升课程' }).waitFor();
});

test('pages of one article share highlights: page 2 lists page 1\'s under "other pages", not as orphans', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto('http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html');
  await waitAnalysed(page);
  await highlight(page, '陆游十分注重家风教育');
  await page.waitForTimeout(300);

  await page.goto('http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html');
  await waitAnalysed(page);
  const frame = await panel(page);
  const other = frame.locator('.elsewhere .hl-item', { hasText: '陆游十分注重家风教育' });
  await other.waitFor();
  assert.equal(await frame.locator('[data-rr-orphans]').count(), 0);
  assert.match((await other.locator('a').getAttribute('href')) ?? '', /c1013-31153719\.html#rr-hl=/);
  // Page 2 shares no text with page 1 (see its page.json), so page 1's highlight is not placed here.
  assert.deepEqual(await highlightTexts(page), []);

  await highlight(page, '航天科技是当今世界科技发展的重要领域');
  await page.waitForTimeout(300);
  const stored = Object.values(await browser.readStorage()).filter((v) => (v as { articleKey?: string }).articleKey === 'people:31153719') as { page?: number; selectors: { quote: { exact: string } } }[];
  assert.deepEqual(stored.map((h) => [h.selectors.quote.exact, h.page ?? 1]).sort(), [['航天科技是当今世界科技发展的重要领域', 2], ['陆游十分注重家风教育', 1]]);
});
