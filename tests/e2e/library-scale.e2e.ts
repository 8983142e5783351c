/**
 * The library at scale (issue 16): thousands of highlights drawn in parts as the reader
 * scrolls, an import that shows its progress and stores every record, and an import that
 * runs out of storage half-way writing nothing at all.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { test } from './harness';
import type { ExtensionBrowser } from './browser';
import { exportJson, highlightStorageKey } from '../../lib/store';
import { manyHighlights } from '../../scripts/bench-highlights';

/** 3,000 highlights on 30 articles: seven slices of writes, far more than one part of the list. */
const DATA = manyHighlights(30, 100);
const KEYS = DATA.highlights.map((h) => highlightStorageKey(h).slice('local:'.length));

/** Run `fn(chrome)` in the extension's service worker. */
async function inWorker<T>(browser: ExtensionBrowser, fn: string): Promise<T> {
  const sw = await browser.serviceWorker();
  return sw.evaluate(`(async () => { const chrome = globalThis.chrome; return (${fn})(chrome); })()`) as Promise<T>;
}

/** Remove what the import wrote (highlights and their articles) and any filler. */
async function cleanUp(browser: ExtensionBrowser): Promise<void> {
  const keys = [...KEYS, ...DATA.articles.map((a) => `article:${a.key}`), 'filler'];
  await inWorker(browser, `(chrome) => chrome.storage.local.remove(${JSON.stringify(keys)})`);
}

async function openLibrary(page: Page, browser: ExtensionBrowser): Promise<void> {
  await page.goto(`chrome-extension://${new URL((await browser.serviceWorker()).url()).host}/library.html`);
  await page.locator('.totals').waitFor();
  // Every state the import's progress box shows, as "phase:done".
  await page.evaluate(() => {
    const w = window as unknown as { __progress: string[] };
    w.__progress = [];
    new MutationObserver(() => {
      const box = document.querySelector('[data-import-progress]');
      const value = box?.getAttribute('data-import-progress');
      if (value && w.__progress[w.__progress.length - 1] !== value) w.__progress.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

test('library: an import of 3,000 highlights shows its progress, stores every one, and the list is drawn in parts as the reader scrolls', async ({ newPage, browser, tempDir }) => {
  const file = join(tempDir('rr-scale-'), 'export.json');
  writeFileSync(file, exportJson(DATA));
  const page = await newPage();
  await openLibrary(page, browser);
  try {
    await page.locator('[data-action="import-json"]').setInputFiles(file);
    await page.locator('[data-import-result="ok"]').waitFor({ timeout: 60000 });

    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    assert.ok(progress.some((p) => p.startsWith('checking')), progress.join(' '));
    // 3,030 records: the highlights and their 30 articles, written 500 at a time.
    assert.deepEqual(progress.filter((p) => p.startsWith('writing:')).slice(-3), ['writing:2500', 'writing:3000', 'writing:3030']);
    const stored = await browser.readStorage();
    assert.equal(KEYS.filter((k) => k in stored).length, 3000);
    assert.equal(Number(await page.locator('[data-import-result]').getAttribute('data-written')), 3030);

    // Drawn in parts: far fewer entries than highlights, more as the reader scrolls down.
    await page.locator(`.totals[data-total]`).waitFor();
    const first = await page.locator('.entry').count();
    assert.ok(first > 0 && first < 500, `${first} entries drawn at first`);
    for (let i = 0; i < 5; i++) {
      await page.locator('[data-more]').scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
    }
    const later = await page.locator('.entry').count();
    assert.ok(later > first, `${later} entries after scrolling, ${first} before`);
  } finally {
    await cleanUp(browser);
  }
});

test('library: an import that runs out of storage half-way writes nothing and says so', async ({ newPage, browser, tempDir }) => {
  const file = join(tempDir('rr-scale-'), 'export.json');
  writeFileSync(file, exportJson(DATA));
  // Room for the first slice of 500 records (about 0.3 MB), not for the second.
  await inWorker(browser, `async (chrome) => {
    await chrome.storage.local.remove('filler');
    const used = await chrome.storage.local.getBytesInUse(null);
    await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - 8 - 450000) });
  }`);
  const page = await newPage();
  await openLibrary(page, browser);
  try {
    await page.locator('[data-action="import-json"]').setInputFiles(file);
    await page.locator('[data-import-result="error"]').waitFor({ timeout: 60000 });

    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    assert.ok(progress.includes('writing:500'), `a first slice was written: ${progress.join(' ')}`);
    // Taken back whole: the message is the plain failure, not the partial one.
    assert.equal(await page.locator('[data-import-result="error"] [data-import-partial]').count(), 0);
    const stored = await browser.readStorage();
    assert.equal(KEYS.filter((k) => k in stored).length, 0, 'the slice written first was taken back');
    assert.equal(DATA.articles.filter((a) => `article:${a.key}` in stored).length, 0);
  } finally {
    await cleanUp(browser);
  }
});
