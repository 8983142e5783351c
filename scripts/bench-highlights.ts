/**
 * `npm run bench -- --many-highlights`: 20,000 stored highlights (50 on each of
 * 400 articles, none on the article opened). Article load with and without them,
 * the library page opening and searching, and importing an export of all 20,000
 * into an empty profile, in headless Chromium with the built extension.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { hashText } from '../lib/anchoring';
import { extractArticle } from '../lib/extract';
import { articleStorageKey, exportJson, highlightStorageKey, HIGHLIGHT_COLORS, SCHEMA_VERSION, type ArticleRecord, type Highlight, type StoreData } from '../lib/store';
import type { ExtensionBrowser } from '../tests/e2e/browser';
import { loadPage } from './lib/load-page';
import { randomId } from '../lib/format/random-id';
import { listTestPages } from './lib/test-pages';
import { watchLongTasks } from './lib/bench-browsers';
import { spread } from './lib/bench-stats';

type Progress = (what: string) => void;
type Chrome = { chrome: { storage: { local: { set(x: unknown): Promise<void>; clear(): Promise<void> } } } };

export const MANY_ARTICLES = 400;
export const PER_ARTICLE = 50;

/**
 * 20,000 highlights over 400 articles, as the extension writes them (random 36-character ids,
 * 32 characters of context each side), quoting the finance article's real text, a note on every
 * fifth. About 11 MB: more than chrome.storage.local's 10 MB quota (see withUnlimitedStorage).
 */
export function manyHighlights(articleCount = MANY_ARTICLES, perArticle = PER_ARTICLE): StoreData {
  const page = listTestPages().find((p) => p.name === 'finance-c1004-40232587')!;
  const { text } = extractArticle(loadPage(page.source, page.url, page.charset), page.url);
  const textHash = hashText(text);
  const articles: ArticleRecord[] = [];
  const highlights: Highlight[] = [];
  // mulberry32: the same ids every run.
  let seed = 16;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
  const seeded = (b: Uint8Array) => b.map(() => next());
  for (let a = 0; a < articleCount; a++) {
    const id = 30000000 + a;
    const key = `people:${id}`;
    const at = new Date(Date.UTC(2025, 0, 1) + a * 3600_000).toISOString();
    articles.push({ key, url: `http://finance.people.com.cn/n1/2025/0101/c1004-${id}.html`, title: `第${a + 1}篇 ${text.slice(a % 200, (a % 200) + 18)}`, source: '人民日报', publishedAt: '2025-01-01', textHash, updatedAt: at });
    for (let i = 0; i < perArticle; i++) {
      const start = ((a * 37 + i * 53) % (text.length - 40));
      const end = start + 8 + (i % 17);
      const created = new Date(Date.UTC(2025, 0, 1) + a * 3600_000 + i * 1000).toISOString();
      highlights.push({
        id: randomId(seeded), articleKey: key, color: HIGHLIGHT_COLORS[(a + i) % HIGHLIGHT_COLORS.length],
        note: i % 5 ? '' : `笔记 ${a}-${i}：${text.slice(end, end + 12)}`, createdAt: created, updatedAt: created,
        selectors: { quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }, position: { start, end }, textHash },
      });
    }
  }
  return { schemaVersion: SCHEMA_VERSION, articles, highlights, settings: null, corrections: {}, words: [] };
}

/**
 * A copy of the built extension at `dir` whose manifest also asks for unlimitedStorage: without
 * it chrome.storage.local holds 10 MB, about 17,000 highlights as the extension writes them, and
 * 20,000 do not fit. The copy differs from the build in that one permission only.
 */
export function withUnlimitedStorage(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'rr-unlimited-'));
  cpSync(dir, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  manifest.permissions = [...new Set([...(manifest.permissions ?? []), 'unlimitedStorage'])];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}

/** Write `data` straight into the extension's storage (as the extension would have, one key per record). */
async function store(browser: ExtensionBrowser, data: StoreData): Promise<void> {
  const items: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  for (const a of data.articles) items[articleStorageKey(a.key).slice(6)] = a;
  for (const h of data.highlights) items[highlightStorageKey(h).slice(6)] = h;
  const sw = await browser.serviceWorker();
  await sw.evaluate((x) => (globalThis as unknown as Chrome).chrome.storage.local.set(x), items);
}

async function clear(browser: ExtensionBrowser): Promise<void> {
  await (await browser.serviceWorker()).evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.clear());
}

/** Article loads: host time and highlight read, with nothing stored and with 20,000 of other articles. */
async function articleLoads(browser: ExtensionBrowser, loads: number, label: string, progress: Progress) {
  const url = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
  const host: number[] = [];
  const read: number[] = [];
  for (let r = 0; r < loads; r++) {
    progress(`article load ${label}: ${r + 1}/${loads}`);
    const tab = await browser.context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => JSON.parse(document.querySelector('renmin-reader')?.getAttribute('data-rr-timings') ?? '{}').highlights, null, { timeout: 60000 });
    const t = JSON.parse((await tab.locator('renmin-reader').getAttribute('data-rr-timings')) ?? '{}');
    host.push(t.panel);
    read.push(t.highlights - t.highlightsStart);
    await tab.close();
  }
  return { host: spread(host), highlightsRead: spread(read) };
}

const libraryUrl = async (browser: ExtensionBrowser) => `chrome-extension://${new URL((await browser.serviceWorker()).url()).host}/library.html`;

/** The longest task recorded on `page` since `from` (performance.now() ms). */
const longestSince = (page: Page, from: number) =>
  page.evaluate((t) => Math.max(0, ...((window as unknown as { __rrLongAt: [number, number][] }).__rrLongAt ?? []).filter(([s]) => s >= t).map(([, d]) => d)), from);

/** Long tasks with their start times, for pages where several phases are measured. */
async function watchLongTasksAt(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __rrLongAt: [number, number][] };
    w.__rrLongAt = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__rrLongAt.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
}

/** The library with 20,000 highlights: time to the list, longest task, entries in the DOM, a search. */
async function library(browser: ExtensionBrowser, loads: number, progress: Progress) {
  const shown: number[] = [];
  const longest: number[] = [];
  const entries: number[] = [];
  const search: number[] = [];
  const searchLongest: number[] = [];
  for (let r = 0; r < loads; r++) {
    progress(`library with 20,000 highlights: load ${r + 1}/${loads}`);
    const page = await browser.context.newPage();
    await watchLongTasksAt(page);
    await page.goto(await libraryUrl(browser));
    await page.locator('.card').first().waitFor({ timeout: 120000 });
    shown.push(await page.evaluate(() => performance.now()));
    await page.waitForTimeout(500);
    longest.push(await longestSince(page, 0));
    entries.push(await page.locator('.entry').count());
    // A search that matches about one highlight in five: from the keystroke to the new totals.
    const before = await page.locator('.totals').textContent();
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('[data-action="search"]').fill('笔记');
    await page.waitForFunction((b) => document.querySelector('.totals')?.textContent !== b, before, { timeout: 60000 });
    search.push((await page.evaluate(() => performance.now())) - t0);
    await page.waitForTimeout(300);
    searchLongest.push(await longestSince(page, t0));
    await page.close();
  }
  return { listShownMs: spread(shown), longestTaskMs: spread(longest), entriesInDom: spread(entries), searchMs: spread(search), searchLongestTaskMs: spread(searchLongest) };
}

/** Import an export of all 20,000 into an empty profile: time until the list shows them, longest task, progress seen. */
async function importAll(browser: ExtensionBrowser, data: StoreData, loads: number, progress: Progress) {
  const file = join(tmpdir(), `rr-bench-export-${process.pid}.json`);
  writeFileSync(file, exportJson(data));
  const total: number[] = [];
  const longest: number[] = [];
  const updates: number[] = [];
  let written = 0;
  for (let r = 0; r < loads; r++) {
    progress(`import of 20,000 highlights into an empty profile: ${r + 1}/${loads}`);
    await clear(browser);
    const page = await browser.context.newPage();
    await watchLongTasksAt(page);
    await page.goto(await libraryUrl(browser));
    await page.locator('.totals').waitFor();
    // Count the progress the page shows: every change of an element that says how far the import is.
    await page.evaluate(() => {
      const w = window as unknown as { __rrProgress: Set<string> };
      w.__rrProgress = new Set();
      new MutationObserver(() => {
        const p = document.querySelector('[data-import-progress]');
        if (p) w.__rrProgress.add(`${p.getAttribute('data-import-progress')}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('[data-action="import-json"]').setInputFiles(file);
    await page.locator('[data-import-result]').waitFor({ timeout: 300000 });
    // Done when the list shows what was imported (the page reads the store again after writing).
    await page.locator(`.totals[data-total="${data.highlights.length}"]`).waitFor({ timeout: 300000 });
    total.push((await page.evaluate(() => performance.now())) - t0);
    await page.waitForTimeout(300);
    longest.push(await longestSince(page, t0));
    updates.push(await page.evaluate(() => (window as unknown as { __rrProgress: Set<string> }).__rrProgress.size));
    written = Number(await page.locator('[data-import-result]').getAttribute('data-written'));
    await page.close();
  }
  return { importMs: spread(total), longestTaskMs: spread(longest), progressUpdates: spread(updates), written };
}

/** Every --many-highlights figure. */
export async function manyHighlightsBench(browser: ExtensionBrowser, loads: number, progress: Progress) {
  const data = manyHighlights();
  await clear(browser);
  const empty = await articleLoads(browser, loads, 'with nothing stored', progress);
  progress(`storing ${data.highlights.length.toLocaleString('en')} highlights`);
  await store(browser, data);
  const many = await articleLoads(browser, loads, `with ${data.highlights.length.toLocaleString('en')} stored`, progress);
  const lib = await library(browser, loads, progress);
  const imp = await importAll(browser, data, Math.max(1, Math.min(loads, 3)), progress);
  await clear(browser);
  return { highlights: data.highlights.length, articles: data.articles.length, articleLoad: { empty, many }, library: lib, import: imp };
}

export { watchLongTasks };
