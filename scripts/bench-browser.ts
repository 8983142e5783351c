/**
 * Browser measurements for `npm run bench`, in headless Chromium with the built
 * extension beside a no-op one (scripts/lib/bench-browsers): start-up per saved
 * article, first hover and hover → popup, restoring 100 highlights, huge pages.
 */
import { describeRange, hashText } from '../lib/anchoring';
import { extractArticle } from '../lib/extract';
import { articleKey, highlightStorageKey, type Highlight } from '../lib/store';
import { launchWithExtension } from '../tests/e2e/browser';
import type { PageServer } from '../tests/e2e/server';
import { PageUi, panel } from '../tests/e2e/ui';
import { loadPage } from './lib/load-page';
import { listTestPages, type TestPage } from './lib/test-pages';
import { hugePageHtml, realSizedHugePageHtml, REAL_HUGE_PARAGRAPHS } from './lib/huge-page';
import { loadBaseline, loadWithOurs, type BenchBrowsers, type OurLoad } from './lib/bench-browsers';
import { cell, paired, quantile, round1, spread, type Spread } from './lib/bench-stats';
import { writeNoopExtension } from './lib/noop-extension';

type Progress = (what: string) => void;

/** One article's start-up figures over several loads (ms since navigation start unless said). */
export interface StartupRow {
  page: string;
  noop: Spread;
  host: Spread;
  hostMinusNoop: Spread;
  hostOverNoop: Spread;
  panelConnected: Spread;
  analysed: Spread;
  longestTask: Spread;
  baselineLongestTask: Spread;
  /** From traced loads: the longest task of ours on the page, and the longest task of the panel frame. */
  longestOurTask: Spread | null;
  panelLongestTask: Spread | null;
}

/** Figures of several loads of one page: ours beside the no-op, the baseline, and `traces` traced loads. */
async function measurePage(b: BenchBrowsers, name: string, url: string, loads: number, traces: number, progress: Progress, timeout?: number): Promise<{ row: StartupRow; runs: OurLoad[] }> {
  const runs: OurLoad[] = [];
  const base: { noop: number; longestTaskMs: number }[] = [];
  for (let r = 0; r < loads; r++) {
    progress(`${name}: load ${r + 1}/${loads}`);
    runs.push(await loadWithOurs(b, url, { timeout }));
    base.push(await loadBaseline(b.baseline.context, url, timeout ? 3000 : 1000));
  }
  const traced: OurLoad[] = [];
  for (let r = 0; r < traces; r++) {
    progress(`${name}: traced load ${r + 1}/${traces}`);
    traced.push(await loadWithOurs(b, url, { trace: true, timeout }));
  }
  const of = (f: (x: OurLoad) => number | undefined) => spread(runs.map(f).filter((x): x is number => typeof x === 'number' && !Number.isNaN(x)));
  const host = runs.map((x) => x.timings.panel);
  const noop = runs.map((x) => x.noop);
  const { diff, ratio } = paired(host, noop);
  const tracedOf = (f: (x: OurLoad) => number | undefined) => {
    const xs = traced.map(f).filter((x): x is number => typeof x === 'number');
    return xs.length ? spread(xs) : null;
  };
  return {
    runs: [...runs, ...traced],
    row: {
      page: name,
      noop: spread(noop),
      host: spread(host),
      hostMinusNoop: diff,
      hostOverNoop: ratio,
      panelConnected: of((x) => x.timings.panelConnected),
      analysed: of((x) => x.timings.analysed),
      longestTask: of((x) => x.longestTaskMs),
      baselineLongestTask: spread(base.map((x) => x.longestTaskMs)),
      longestOurTask: tracedOf((x) => x.traced?.page?.longestOursMs),
      panelLongestTask: tracedOf((x) => x.traced?.panel?.longestTaskMs),
    },
  };
}

/** Start-up on each saved article. */
export async function startupRows(b: BenchBrowsers, pages: TestPage[], loads: number, traces: number, progress: Progress): Promise<StartupRow[]> {
  const rows: StartupRow[] = [];
  for (const page of pages) rows.push((await measurePage(b, page.name, page.url, loads, traces, progress)).row);
  return rows;
}

/** A start-up row as table cells. */
export function startupCells(r: StartupRow): Record<string, string> {
  return {
    page: r.page,
    'no-op': cell(r.noop),
    host: cell(r.host),
    'host − no-op': cell(r.hostMinusNoop),
    'host / no-op': cell(r.hostOverNoop),
    'panel connected': cell(r.panelConnected),
    analysed: cell(r.analysed),
    'longest task': cell(r.longestTask),
    'baseline longest': cell(r.baselineLongestTask),
    'longest of ours': cell(r.longestOurTask),
    'panel frame longest': cell(r.panelLongestTask),
  };
}

/** Huge pages: the synthetic one and a real-sized one (17,266 paragraphs, a 4.9 MB body). */
export async function hugePages(b: BenchBrowsers, server: PageServer, loads: number, traces: number, progress: Progress) {
  const pages = [
    { name: 'synthetic (20,000 links, 4,000 paragraphs)', url: 'http://finance.people.com.cn/n1/2024/0510/c1004-49999999.html', html: hugePageHtml() },
    { name: `real-sized (${REAL_HUGE_PARAGRAPHS.toLocaleString('en')} paragraphs, 4.9 MB body)`, url: 'http://finance.people.com.cn/n1/2024/0510/c1004-49999998.html', html: realSizedHugePageHtml() },
  ];
  const rows: (StartupRow & { marks: Spread; ourMostInOneTask: Spread | null; longOurTasks: Spread | null })[] = [];
  for (const p of pages) {
    server.override(p.url, p.html);
    const { row, runs } = await measurePage(b, p.name, p.url, loads, traces, progress, 180000);
    const traced = runs.filter((x) => x.traced?.page);
    rows.push({
      ...row,
      marks: spread(runs.map((x) => x.marks)),
      ourMostInOneTask: traced.length ? spread(traced.map((x) => x.traced!.page!.ourMostInOneTaskMs)) : null,
      longOurTasks: traced.length ? spread(traced.map((x) => x.traced!.page!.longOurs)) : null,
    });
  }
  return rows;
}

/** A Han character of the article body on screen, for the mouse. */
async function hanCharPoints(page: import('playwright-core').Page, count: number) {
  return page.evaluate((n) => {
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
    (window as unknown as { __rrChars: Range[] }).__rrChars = chars;
    return Math.min(n, chars.length);
  }, count);
}

/**
 * First hover: in a fresh browser (the background has loaded no dictionary yet), pinyin is
 * switched on in the panel, and the mouse rests on a Han character (moved by a pixel every
 * 10 ms) until the popup is there. Then hover → popup over `samples` characters: a mousemove
 * dispatched on a character until our handler has put the popup in the DOM, and until the next frame.
 */
export async function hoverLatency(server: PageServer, extensionDir: string, url: string, colds: number, samples: number, progress: Progress) {
  const firstHover: number[] = [];
  const noop = writeNoopExtension();
  let warm: { handled: number[]; framed: number[]; shown: number } | null = null;
  for (let c = 0; c < colds; c++) {
    progress(`first hover in a fresh browser ${c + 1}/${colds}`);
    const browser = await launchWithExtension(server.port, { extensions: [noop, extensionDir] });
    try {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => JSON.parse(document.querySelector('renmin-reader')?.getAttribute('data-rr-timings') ?? '{}').analysed, null, { timeout: 60000 });
      const frame = await panel(page);
      await frame.locator('.panel').waitFor();
      await hanCharPoints(page, 1);
      const point = await page.evaluate(() => {
        const r = (window as unknown as { __rrChars: Range[] }).__rrChars[40];
        (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const rect = r.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      const ui = new PageUi(page);
      const t0 = Date.now();
      await frame.locator('[data-action="toggle-pinyin"]').click();
      let k = 0;
      while ((await ui.count('[data-rr-popup]')) === 0) {
        if (Date.now() - t0 > 60000) throw new Error('no popup within 60 s of turning pinyin on');
        await page.mouse.move(point.x + (k++ % 2), point.y);
        await page.waitForTimeout(10);
      }
      firstHover.push(Date.now() - t0);
      if (c === colds - 1) {
        progress(`hover → popup, ${samples} samples`);
        const n = await hanCharPoints(page, samples);
        const handled: number[] = [];
        const framed: number[] = [];
        let shown = 0;
        for (let s = 0; s < n; s++) {
          const t = await page.evaluate(async (i) => {
            const chars = (window as unknown as { __rrChars: Range[] }).__rrChars;
            const range = chars[(i * 7919) % chars.length];
            (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
            await new Promise((r) => requestAnimationFrame(() => r(null)));
            const rect = range.getBoundingClientRect();
            const x = rect.left + rect.width / 2;
            const y = rect.top + rect.height / 2;
            const target = document.elementFromPoint(x, y) ?? document.body;
            const t0 = performance.now();
            target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
            const t1 = performance.now();
            await new Promise((r) => requestAnimationFrame(() => r(null)));
            return { handled: t1 - t0, framed: performance.now() - t0 };
          }, s);
          handled.push(t.handled);
          framed.push(t.framed);
          if ((await ui.count('[data-rr-popup]')) > 0) shown++;
          await page.keyboard.press('Escape');
        }
        warm = { handled, framed, shown };
      }
    } finally {
      await browser.close();
    }
  }
  const q = (xs: number[], p: number) => Math.round(quantile(xs, p) * 100) / 100;
  return {
    firstHoverMs: spread(firstHover),
    samples,
    popupShown: warm?.shown ?? 0,
    handledP50: warm ? q(warm.handled, 0.5) : NaN,
    handledP95: warm ? q(warm.handled, 0.95) : NaN,
    toFrameP50: warm ? q(warm.framed, 0.5) : NaN,
    toFrameP95: warm ? q(warm.framed, 0.95) : NaN,
  };
}

/** Store `count` highlights spread over the article, then time their restore on load. */
export async function restoreHighlights(b: BenchBrowsers, pageName: string, count: number, loads: number, progress: Progress) {
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
  const sw = await b.ours.serviceWorker();
  await sw.evaluate((items) => (globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }).chrome.storage.local.set(items), records);
  const times: number[] = [];
  let placed = 0;
  for (let r = 0; r < loads; r++) {
    progress(`restoring ${count} highlights: load ${r + 1}/${loads}`);
    const tab = await b.ours.context.newPage();
    await tab.goto(page.url);
    await tab.waitForFunction(() => JSON.parse(document.querySelector('renmin-reader')?.getAttribute('data-rr-timings') ?? '{}').highlights, null, { timeout: 60000 });
    const t = JSON.parse((await tab.locator('renmin-reader').getAttribute('data-rr-timings')) ?? '{}');
    times.push(t.highlights - t.highlightsStart);
    placed = await tab.evaluate(() => new Set(Array.from(document.querySelectorAll('mark[data-rr-kind="highlight"]')).map((m) => m.getAttribute('data-rr-id'))).size);
    await tab.close();
  }
  await sw.evaluate((keys) => (globalThis as unknown as { chrome: { storage: { local: { remove(x: string[]): Promise<void> } } } }).chrome.storage.local.remove(keys), Object.keys(records));
  return { page: pageName, chars: text.length, highlights: count, placed, restoreMs: spread(times) };
}

export { round1 };
