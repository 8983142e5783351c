/**
 * Browser measurements for `npm run bench`: hover → popup latency, and
 * restoring 100 saved highlights on a long article, in headless Chromium with
 * the built extension.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describeRange, hashText } from '../lib/anchoring';
import { extractArticle } from '../lib/extract';
import { articleKey, highlightStorageKey, type Highlight } from '../lib/store';
import type { ExtensionBrowser } from '../tests/e2e/browser';
import { loadPage } from './lib/load-page';
import { listTestPages } from './lib/test-pages';
import { hugePageHtml } from './lib/huge-page';
import { waitAnalysed } from '../tests/e2e/page-helpers';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (n: number) => Math.round(n * 100) / 100;

/** Hover latency: a mousemove over a Han character until our popup is in the DOM, and until the next frame. */
export async function hoverLatency(context: BrowserContext, url: string, samples = 200) {
  const page = await context.newPage();
  await page.goto(url);
  await waitAnalysed(page);
  const toggle = page.locator('renmin-reader [data-action="toggle-pinyin"]');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.waitForFunction(() => !document.querySelector('renmin-reader')?.shadowRoot?.querySelector('.status'), null, { timeout: 60000 });
  const result = await page.evaluate(async (n) => {
    const body = document.querySelector('.rm_txt_con, #rwb_zw, .artDet, #ozoom')!;
    const chars: Range[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const data = (t as Text).data;
      for (let i = 0; i < data.length; i++) {
        if (/[\u4e00-\u9fff]/.test(data[i])) {
          const r = document.createRange();
          r.setStart(t, i);
          r.setEnd(t, i + 1);
          chars.push(r);
        }
      }
    }
    const host = document.querySelector('renmin-reader')!;
    const handled: number[] = [];
    const framed: number[] = [];
    let shown = 0;
    for (let k = 0; k < n; k++) {
      const range = chars[(k * 7919) % chars.length];
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const rect = range.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const target = document.elementFromPoint(x, y) ?? document.body;
      const t0 = performance.now();
      target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
      const t1 = performance.now();
      if (host.shadowRoot!.querySelector('[data-rr-popup]')) shown++;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      framed.push(performance.now() - t0);
      handled.push(t1 - t0);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
    return { handled, framed, shown };
  }, samples);
  await page.close();
  return {
    samples,
    popupShown: result.shown,
    handledP50: round(quantile(result.handled, 0.5)),
    handledP95: round(quantile(result.handled, 0.95)),
    toFrameP50: round(quantile(result.framed, 0.5)),
    toFrameP95: round(quantile(result.framed, 0.95)),
  };
}

/** Store `count` highlights spread over the article, then time their restore on load. */
export async function restoreHighlights(browser: ExtensionBrowser, pageName: string, count = 100) {
  const page = listTestPages().find((p) => p.name === pageName)!;
  const { text, meta } = extractArticle(loadPage(page.source, page.url, page.charset), page.url);
  const key = articleKey(page.url, meta.articleId)!;
  const textHash = hashText(text);
  const records: Record<string, Highlight> = {};
  for (let i = 0; i < count; i++) {
    const start = Math.floor((i * (text.length - 20)) / count);
    const end = Math.min(text.length, start + 6 + (i % 11));
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    const h: Highlight = { id: `bench-${i}`, articleKey: key, selectors: describeRange(text, start, end, textHash), color: 'yellow', note: i % 3 ? '' : `note ${i}`, createdAt: now, updatedAt: now };
    records[highlightStorageKey(h).slice('local:'.length)] = h;
  }
  const sw = await browser.serviceWorker();
  await sw.evaluate((items) => (globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }).chrome.storage.local.set(items), records);
  const times: number[] = [];
  let placed = 0;
  for (let r = 0; r < 5; r++) {
    const tab = await browser.context.newPage();
    await tab.goto(page.url);
    await tab.waitForFunction(() => JSON.parse(document.querySelector('renmin-reader')?.getAttribute('data-rr-timings') ?? '{}').highlights, null, { timeout: 60000 });
    const t = JSON.parse((await tab.locator('renmin-reader').getAttribute('data-rr-timings')) ?? '{}');
    times.push(t.highlights - t.highlightsStart);
    placed = await tab.evaluate(() => new Set(Array.from(document.querySelectorAll('mark[data-rr-kind="highlight"]')).map((m) => m.getAttribute('data-rr-id'))).size);
    await tab.close();
  }
  await sw.evaluate((keys) => (globalThis as unknown as { chrome: { storage: { local: { remove(x: string[]): Promise<void> } } } }).chrome.storage.local.remove(keys), Object.keys(records));
  return { page: pageName, chars: text.length, highlights: count, placed, restoreMsMedian: round(quantile(times, 0.5)) };
}

/** A synthetic huge page (20,000 links, 4,000 paragraphs): panel time, analysis time, longest task. */
export async function hugePage(context: BrowserContext, override: (url: string, html: string) => void, loads = 3) {
  const url = 'http://finance.people.com.cn/n1/2024/0510/c1004-49999999.html';
  override(url, hugePageHtml());
  const rows: { panelMs: number; analysedMs: number; longestTaskMs: number; marks: number }[] = [];
  for (let r = 0; r < loads; r++) {
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const w = window as unknown as { __rrLong: number[] };
      w.__rrLong = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__rrLong.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await tab.goto(url);
    const t = await waitAnalysed(tab);
    const long = await tab.evaluate(() => (window as unknown as { __rrLong: number[] }).__rrLong);
    rows.push({ panelMs: round(t.panel - t.start), analysedMs: round(t.analysed - t.start), longestTaskMs: round(Math.max(0, ...long)), marks: await tab.locator('mark[data-rr-kind]').count() });
    await tab.close();
  }
  return rows;
}
