/** Helpers for the tests of the reading aids: pinyin's switch, hovering a word, keyboard commands, downloads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { PageUi, panel } from './ui';
import { pointAt } from './page-helpers';
import type { ChromeApi } from './shell-helpers';

/** Turn the pinyin switch on or off (it is remembered in the profile) and, when on, wait for the words. */
export async function setPinyin(page: Page, on: boolean): Promise<void> {
  const frame = await panel(page);
  const toggle = frame.locator('[data-action="toggle-pinyin"]');
  if (((await toggle.getAttribute('aria-pressed')) === 'true') !== on) await toggle.click();
  await frame.locator(`[data-action="toggle-pinyin"][aria-pressed="${on}"]`).waitFor();
  if (on) await frame.locator('.status').waitFor({ state: 'detached' });
}

/** Move the pointer off the text, then onto the first character of `word` (its nth occurrence), and wait for the popup. */
export async function hoverWord(page: Page, word: string, nth = 0): Promise<PageUi> {
  const ui = new PageUi(page);
  await page.mouse.move(2, 2);
  await ui.waitFor('[data-rr-popup]', { gone: true });
  const { x, y } = await pointAt(page, word, nth);
  await page.mouse.move(x, y);
  await ui.waitFor('[data-rr-popup]');
  return ui;
}

/** Send the content script of the tab showing `url` what the background sends for a keyboard command. */
export async function command(browser: ExtensionBrowser, url: string, type: string): Promise<void> {
  await (await browser.serviceWorker()).evaluate(async ([u, t]) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await tabs.query({ url: u });
    await tabs.sendMessage(tab.id!, { type: t });
  }, [url, type] as const);
}

/** Wait until the popup's word passes `ok`; returns it. */
export async function waitPopupWord(ui: PageUi, ok: (word: string) => boolean): Promise<string> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const w = (await ui.text('.popup-word').catch(() => '')) ?? '';
    if (w && ok(w)) return w;
    if (Date.now() > deadline) throw new Error(`the popup stayed on ${w}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Click `selector` and return the file it downloads into `dir` (name and UTF-8 text). */
export async function downloaded(page: Page, selector: string, dir: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
