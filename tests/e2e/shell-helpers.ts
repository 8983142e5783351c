/** Helpers for the shell's tests: extension pages, settings, the toolbar popup, computed colours. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import type { Settings } from '../../lib/settings';
import { contrastRatio } from '../../lib/theme/contrast';

/** The extension API as the service worker has it (`chrome`). */
export type ChromeApi = typeof import('wxt/browser').browser;


export const FINANCE = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
export const POLITICS = 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html';

/** chrome-extension://<id>/<path> of this browser's extension. */
export async function extensionUrl(browser: ExtensionBrowser, path: string): Promise<string> {
  return `chrome-extension://${new URL((await browser.serviceWorker()).url()).host}/${path}`;
}

/** The stored settings (sync), as the extension wrote them; {} when none. */
export async function storedSettings(browser: ExtensionBrowser): Promise<Partial<Settings>> {
  return ((await browser.readStorage('settings', 'sync')).settings ?? {}) as Partial<Settings>;
}

/**
 * Change settings as another surface would (a storage write, with the item's version mark),
 * run `fn`, then put the previous settings back: tests share one profile.
 */
export async function withSettings(browser: ExtensionBrowser, patch: Partial<Settings>, fn: () => Promise<void>): Promise<void> {
  const sw = await browser.serviceWorker();
  const before = await sw.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.get(['settings', 'settings$']));
  try {
    await writeSettings(browser, patch);
    await fn();
  } finally {
    await sw.evaluate(async (b) => {
      const { storage } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      if (b.settings) await storage.sync.set(b);
      else await storage.sync.remove(['settings', 'settings$']);
    }, before);
  }
}

/** Merge `patch` into the stored settings (sync), marked as v2. */
export async function writeSettings(browser: ExtensionBrowser, patch: Partial<Settings>): Promise<void> {
  await (await browser.serviceWorker()).evaluate(async (p) => {
    const { storage } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const { settings } = await storage.sync.get('settings');
    await storage.sync.set({ settings: { ...(settings ?? {}), ...p }, settings$: { v: 2 } });
  }, patch);
}

/**
 * Open the toolbar popup as the browser does for the tab under the button: its page in a
 * window of its own (so the article's window keeps its active tab). Returns the popup's page.
 */
export async function openToolbarPopup(browser: ExtensionBrowser): Promise<Page> {
  const url = await extensionUrl(browser, 'popup.html');
  const [popup] = await Promise.all([
    browser.context.waitForEvent('page', (p) => p.url().startsWith(url)),
    (await browser.serviceWorker()).evaluate((u) => (globalThis as unknown as { chrome: ChromeApi }).chrome.windows.create({ url: u, type: 'popup', width: 360, height: 420 }), url),
  ]);
  await popup.waitForLoadState('domcontentloaded');
  return popup;
}

/** "rgb(27, 26, 25)" for "#1b1a19" (as getComputedStyle writes colours). */
export function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The contrast of two computed colours. */
export function contrastOf(fg: string, bg: string): number {
  return contrastRatio(fg, bg);
}
