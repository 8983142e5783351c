/**
 * The browsers of one bench run: "ours" loads our built extension beside the
 * no-op one (the no-op first, so its script is not held up behind ours), so each
 * load gives both times on the same page; "baseline" loads only the no-op, for
 * the page's own long tasks without us. One load = one fresh tab.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/browser';
import type { PageServer } from '../../tests/e2e/server';
import { NOOP_TAG, writeNoopExtension } from './noop-extension';
import { ourTasks, startTrace, type TaskSummary } from './trace-tasks';

export interface BenchBrowsers {
  ours: ExtensionBrowser;
  baseline: ExtensionBrowser;
  /** chrome-extension://<id>/ of our extension. */
  origin: string;
  close(): Promise<void>;
}

/** Launch both browsers on `server`, ours from `extensionDir`. */
export async function launchBenchBrowsers(server: PageServer, extensionDir: string): Promise<BenchBrowsers> {
  const noop = writeNoopExtension();
  const ours = await launchWithExtension(server.port, { extensions: [noop, extensionDir] });
  const baseline = await launchWithExtension(server.port, { extensions: [noop] });
  const origin = `chrome-extension://${new URL((await ours.serviceWorker()).url()).host}/`;
  return { ours, baseline, origin, close: async () => { await ours.close(); await baseline.close(); } };
}

/** Record every long task (> 50 ms) of the page's main thread from the start, in window.__rrLong. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __rrLong: number[] };
    w.__rrLong = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__rrLong.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
}

/** What one load of an article with our extension gives (ms since navigation start). */
export interface OurLoad {
  noop: number;
  timings: Record<string, number>;
  longestTaskMs: number;
  /** From a traced load: our part in the long tasks of the page and of the panel frame. */
  traced: { page: TaskSummary | null; panel: TaskSummary | null } | null;
  marks: number;
}

/** Load `url` in the "ours" browser until the analysis is done; with `trace`, attribute the long tasks. */
export async function loadWithOurs(b: BenchBrowsers, url: string, options: { trace?: boolean; timeout?: number } = {}): Promise<OurLoad> {
  const tab = await b.ours.context.newPage();
  try {
    await watchLongTasks(tab);
    const cdp = options.trace ? await b.ours.context.newCDPSession(tab) : null;
    const stop = cdp ? await startTrace(cdp) : null;
    await tab.goto(url, { timeout: options.timeout ?? 60000 });
    await tab.waitForFunction(() => JSON.parse(document.querySelector('renmin-reader')?.getAttribute('data-rr-timings') ?? '{}').analysed, null, { timeout: options.timeout ?? 60000 });
    // Let the last rendering and the panel's own work settle into the trace.
    await tab.waitForTimeout(options.trace ? 1000 : 100);
    const events = stop ? await stop() : null;
    const { timings, noop, longest, marks } = await tab.evaluate((tag) => ({
      timings: JSON.parse(document.querySelector('renmin-reader')!.getAttribute('data-rr-timings')!) as Record<string, number>,
      noop: Number(document.querySelector(tag)?.getAttribute('data-at') ?? NaN),
      longest: Math.max(0, ...((window as unknown as { __rrLong: number[] }).__rrLong)),
      marks: document.querySelectorAll('mark[data-rr-kind]').length,
    }), NOOP_TAG);
    return { noop, timings, longestTaskMs: longest, traced: events ? ourTasks(events, b.origin) : null, marks };
  } finally {
    await tab.close();
  }
}

/** Load `url` in the baseline browser (the no-op only): its element's time and the page's own longest task. */
export async function loadBaseline(context: BrowserContext, url: string, settleMs = 1500): Promise<{ noop: number; longestTaskMs: number }> {
  const tab = await context.newPage();
  try {
    await watchLongTasks(tab);
    await tab.goto(url, { timeout: 120000 });
    await tab.waitForSelector(NOOP_TAG, { state: 'attached', timeout: 120000 });
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(settleMs);
    return tab.evaluate((tag) => ({
      noop: Number(document.querySelector(tag)?.getAttribute('data-at') ?? NaN),
      longestTaskMs: Math.max(0, ...((window as unknown as { __rrLong: number[] }).__rrLong)),
    }), NOOP_TAG);
  } finally {
    await tab.close();
  }
}
