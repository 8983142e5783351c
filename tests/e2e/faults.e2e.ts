/**
 * Highlights that are never lost (issue 10), with the faults injected for real: a full
 * storage quota, another tab deleting what is being annotated, data from a newer version,
 * a library left open while an article tab saves, a page that re-renders its own body.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './harness';
import type { ExtensionBrowser } from './browser';
import { highlight, highlightTexts, waitAnalysed, waitSaved } from './page-helpers';
import { PageUi, panel } from './ui';

const FINANCE = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
const HEALTH = 'http://health.people.com.cn/n1/2024/0517/c14739-40237861.html';
const EPAPER = 'http://paper.people.com.cn/rmrb/pc/content/202405/10/content_30090401.html';

/** Run `fn(chrome)` in the extension's service worker. */
async function inWorker<T>(browser: ExtensionBrowser, fn: string): Promise<T> {
  const sw = await browser.serviceWorker();
  return sw.evaluate(`(async () => { const chrome = globalThis.chrome; return (${fn})(chrome); })()`) as Promise<T>;
}

/** Fill chrome.storage.local to its quota, leaving `room` bytes. */
async function fillStorage(browser: ExtensionBrowser, room = 0): Promise<void> {
  await inWorker(browser, `async (chrome) => {
    await chrome.storage.local.remove('filler');
    const used = await chrome.storage.local.getBytesInUse(null);
    // A key's cost is its name plus its JSON value: 'filler' (6) + the quotes (2).
    await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - 8 - ${room}) });
  }`);
}

const freeStorage = (browser: ExtensionBrowser) => inWorker(browser, `(chrome) => chrome.storage.local.remove('filler')`);

const storedKeys = async (browser: ExtensionBrowser, prefix: string) => Object.keys(await browser.readStorage()).filter((k) => k.startsWith(prefix));

test('a highlight storage refuses stays pending, is shown as not saved, and is stored once there is room', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(EPAPER);
  await waitAnalysed(page);
  const frame = await panel(page);
  const keysBefore = { hl: (await storedKeys(browser, 'hl:')).length, article: (await storedKeys(browser, 'article:')).length };
  await fillStorage(browser);
  try {
    await highlight(page, '向良种要产量');
    const failed = frame.locator('.hl-item[data-rr-save="failed"]', { hasText: '向良种要产量' });
    await failed.waitFor();
    assert.match((await failed.textContent()) ?? '', /quota/i);
    await frame.locator('[data-rr-notice="storage"]').waitFor();
    assert.equal((await storedKeys(browser, 'hl:')).length, keysBefore.hl);
    assert.equal((await storedKeys(browser, 'article:')).length, keysBefore.article, 'no article record without its highlight');
    // A second one while the store is full, which the reader then discards: it goes, unstored.
    await highlight(page, '河南大力实施种业振兴行动');
    const second = frame.locator('.hl-item[data-rr-save="failed"]', { hasText: '种业振兴' });
    await second.waitFor();
    await second.locator('[data-action="discard-change"]').click();
    await second.waitFor({ state: 'detached' });
  } finally {
    await freeStorage(browser);
  }
  // Retried by itself once there is room (the retries come after 2, 5, 15 s …).
  await frame.locator('.hl-item[data-rr-save="saved"]', { hasText: '向良种要产量' }).waitFor({ timeout: 20000 });
  await frame.locator('[data-rr-notice="storage"]').waitFor({ state: 'detached' });
  await page.reload();
  await waitAnalysed(page);
  await (await panel(page)).locator('.hl-item', { hasText: '向良种要产量' }).waitFor();
  const texts = await highlightTexts(page);
  assert.ok(texts.includes('向良种要产量'), texts.join(' | '));
  assert.ok(!texts.includes('河南大力实施种业振兴行动'), 'the discarded one was never stored');
});

test('a deletion storage refuses is shown and retried; it never comes back after a reload', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(EPAPER);
  await waitAnalysed(page);
  const frame = await panel(page);
  await highlight(page, '传统交通要道向现代化交通枢纽');
  await waitSaved(page, '传统交通要道向现代化交通枢纽');
  await fillStorage(browser);
  try {
    await page.locator('mark[data-rr-kind="highlight"]', { hasText: '传统交通要道向现代化交通枢纽' }).first().click();
    await frame.locator('[data-action="delete-highlight"]').click();
    const row = frame.locator('.hl-item.deleting[data-rr-save="failed"]', { hasText: '传统交通要道向现代化交通枢纽' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Deletion not saved/);
  } finally {
    await freeStorage(browser);
  }
  // Retried by itself (the first retry comes after 2 s).
  await frame.locator('.hl-item', { hasText: '传统交通要道向现代化交通枢纽' }).waitFor({ state: 'detached', timeout: 10000 });
  await page.reload();
  await waitAnalysed(page);
  await (await panel(page)).locator('[data-section="highlights"]').waitFor();
  assert.ok(!(await highlightTexts(page)).includes('传统交通要道向现代化交通枢纽'));
});

test('a note being written when another tab deletes its highlight is kept and can be saved as a new one', async ({ newPage, browser }) => {
  const [a, b] = [await newPage(), await newPage()];
  await a.goto(HEALTH);
  await waitAnalysed(a);
  await highlight(a, '舞动疗法、心理剧', 'highlight-note');
  const frameA = await panel(a);
  await frameA.locator('[data-action="note-input"]').fill('草稿：课程安排');
  await b.goto(HEALTH);
  await waitAnalysed(b);
  const frameB = await panel(b);
  await frameB.locator('.hl-item', { hasText: '舞动疗法、心理剧' }).locator('[data-action="edit-highlight"]').click();
  await frameB.locator('[data-action="delete-highlight"]').click();

  const kept = frameA.locator('[data-rr-editor="orphaned"]');
  await kept.waitFor();
  assert.equal(await kept.locator('[data-action="note-input"]').inputValue(), '草稿：课程安排');
  await kept.locator('[data-action="save-as-new"]').click();
  await waitSaved(a, '舞动疗法、心理剧');
  const live = Object.values(await browser.readStorage()).filter((v) => {
    const h = v as { note?: string; deletedAt?: string | null };
    return h.note === '草稿：课程安排' && !h.deletedAt;
  });
  assert.equal(live.length, 1);
});

test('data written by a newer version: the article and the library both say read-only, and nothing is written', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(HEALTH);
  await waitAnalysed(page);
  await inWorker(browser, `(chrome) => chrome.storage.local.set({ schemaVersion: 99 })`);
  try {
    await page.reload();
    await waitAnalysed(page);
    const frame = await panel(page);
    await frame.locator('[data-rr-notice="read-only"]').waitFor();
    const before = JSON.stringify(await browser.readStorage());
    // The selection toolbar does not offer to save.
    await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('.artDet p')).find((x) => (x.textContent ?? '').length > 20)!;
      const range = document.createRange();
      range.selectNodeContents(p);
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.waitForTimeout(400);
    assert.equal(await new PageUi(page).count('[data-action="highlight"]'), 0);
    assert.equal(JSON.stringify(await browser.readStorage()), before);

    const library = await newPage();
    await library.goto(`chrome-extension://${new URL((await browser.serviceWorker()).url()).host}/library.html`);
    const notice = library.locator('[data-rr-notice="read-only"]');
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', /newer version/);
    assert.equal(await library.locator('.totals').count(), 0, 'no "0 highlights" beside the notice');
  } finally {
    await inWorker(browser, `(chrome) => chrome.storage.local.set({ schemaVersion: 1 })`);
  }
});

test('the library follows storage live: "delete all" counts and deletes what is stored now', async ({ newPage, browser }) => {
  const article = await newPage();
  await article.goto(HEALTH);
  await waitAnalysed(article);
  const key = 'people:40237861';
  const live = async () => Object.entries(await browser.readStorage()).filter(([k, v]) => k.startsWith(`hl:${key}:`) && !(v as { deletedAt?: string }).deletedAt).length;
  await highlight(article, '心理活动实践指导');
  await waitSaved(article, '心理活动实践指导');

  const library = await newPage();
  await library.goto(`chrome-extension://${new URL((await browser.serviceWorker()).url()).host}/library.html`);
  const card = library.locator(`.card[data-article-key="${key}"]`);
  await card.waitFor();
  const countBefore = await live();

  await article.bringToFront();
  await highlight(article, '鼓圈音乐、森林疗愈');
  await waitSaved(article, '鼓圈音乐、森林疗愈');
  await highlight(article, '表达性艺术疗愈');
  await waitSaved(article, '表达性艺术疗愈');
  await library.bringToFront();
  await card.locator('.entry', { hasText: '表达性艺术疗愈' }).waitFor();
  await card.locator('[data-action="delete-article"]').click();
  assert.match((await card.textContent()) ?? '', new RegExp(`Delete all ${countBefore + 2}\\?`));
  await card.locator('[data-action="confirm-delete"]').click();
  await card.waitFor({ state: 'detached' });
  assert.equal(await live(), 0);
});

/** Replace the article body the way sites re-render: from the page's own script. */
async function rerender(page: Page, how: 'inner' | 'paragraph'): Promise<void> {
  await page.evaluate((mode) => {
    const body = document.querySelector('.rm_txt_con')!;
    if (mode === 'inner') body.innerHTML = body.innerHTML;
    else {
      const p = Array.from(body.querySelectorAll('p')).find((x) => x.textContent!.includes('向良种要产量'))!;
      p.outerHTML = p.outerHTML;
    }
  }, how);
}

test('a page that re-renders its body: marks and highlights come back once, and selecting still works', async ({ newPage }) => {
  const page = await newPage();
  // Ours: an uncaught error from the extension's code, or one our guards caught and logged.
  const errors: string[] = [];
  page.on('pageerror', (e) => { if (/chrome-extension:/.test(e.stack ?? '')) errors.push(String(e)); });
  // (The saved page itself links an image of some other extension: chrome-extension://invalid/.)
  page.on('console', (m) => {
    const where = m.location().url;
    if (/Renmin Reader/.test(m.text()) || (/^chrome-extension:/.test(where) && !where.startsWith('chrome-extension://invalid'))) errors.push(`${m.text()} @ ${where}`);
  });
  await page.goto(FINANCE);
  await waitAnalysed(page);
  await highlight(page, '向良种要产量');
  await waitSaved(page, '向良种要产量');
  const highlightsBefore = (await highlightTexts(page)).sort();
  const datesBefore = await page.locator('.rm_txt_con mark[data-rr-kind="date"]').count();

  const rebuilt = () => page.evaluate(() => JSON.parse(document.querySelector('renmin-reader')!.getAttribute('data-rr-timings')!).rebuilt ?? 0);
  for (const how of ['inner', 'paragraph'] as const) {
    const before = await rebuilt();
    await rerender(page, how);
    // The rebuild is debounced: wait for it (the content script records when it ran).
    await page.waitForFunction((t) => (JSON.parse(document.querySelector('renmin-reader')!.getAttribute('data-rr-timings')!).rebuilt ?? 0) > t, before, { timeout: 5000 });
    assert.deepEqual((await highlightTexts(page)).sort(), highlightsBefore, `${how}: the highlights are back, once each`);
    assert.equal(await page.locator('.rm_txt_con mark[data-rr-kind="date"]').count(), datesBefore, `${how}: date marks once each`);
    const text = await page.evaluate(() => document.querySelector('.rm_txt_con')!.textContent!);
    assert.equal(text.split('向良种要产量').length, 2, `${how}: the text appears once`);
  }
  await highlight(page, '科技创新跑出加速度');
  await waitSaved(page, '科技创新跑出加速度');
  assert.deepEqual((await highlightTexts(page)).sort(), [...highlightsBefore, '科技创新跑出加速度'].sort());
  assert.deepEqual(errors, [], 'nothing of ours thrown or caught');
});
