/** Helpers that act on a page as a reader would: select text, read our marks. */
import type { Page } from 'playwright-core';
import { PageUi, panel } from './ui';
import { pointInPage, selectInPage } from './in-page';

/** Wait until the content script finished its analysis (marks are in place, so the DOM stays put);
 * returns the timings it recorded (ms since navigation start). */
export async function waitAnalysed(page: Page, timeout = 60000): Promise<Record<string, number>> {
  await page.waitForFunction(() => JSON.parse(document.querySelector('renmin-reader')?.getAttribute('data-rr-timings') ?? '{}').analysed, null, { timeout });
  return JSON.parse((await page.locator('renmin-reader').getAttribute('data-rr-timings')) ?? '{}');
}

/** Select the `occurrence`-th appearance of `text` in the page body (it may cross our marks and
 * the page's inline elements) and release the mouse, as a reader's drag would. */
export async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  if (!(await page.evaluate(selectInPage, [text, occurrence] as const))) throw new Error(`text not found on the page: ${text}`);
}

/** The text of each highlight (marks joined by id), in page order. */
export async function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byId = new Map<string, string>();
    document.querySelectorAll('mark[data-rr-kind="highlight"]').forEach((m) => {
      const id = m.getAttribute('data-rr-id')!;
      byId.set(id, (byId.get(id) ?? '') + m.textContent);
    });
    return [...byId.values()];
  });
}

/** Select `quote` in the article and press the toolbar's highlight button (or another of its actions, e.g. a colour). */
export async function highlight(page: Page, quote: string, action = 'highlight'): Promise<void> {
  await selectText(page, quote);
  await new PageUi(page).click(`[data-action="${action}"]`);
}

/** Wait until the panel lists the highlight of `quote` as stored (not saving, not failed). */
export async function waitSaved(page: Page, quote: string): Promise<void> {
  await (await panel(page)).locator('.hl-item[data-rr-save="saved"]', { hasText: quote }).first().waitFor();
}

/** Viewport centre of character `offset` of the `nth` occurrence of `text` in the article body, or in
 * the first element matching `scope` that holds it (scrolled into view). */
export async function pointAt(page: Page, text: string, nth = 0, offset = 0, scope?: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(pointInPage, [text, nth, offset, scope] as const);
  if (!point) throw new Error(`not on the page: ${text}`);
  return point;
}

/** Put the caret (a collapsed selection) at character `offset` of the first occurrence of `text` in
 * the article body, as caret browsing or a click leaves it. */
export async function putCaret(page: Page, text: string, offset: number): Promise<void> {
  const placed = await page.evaluate(([needle, off]) => {
    const walker = document.createTreeWalker(document.querySelector('.rm_txt_con')!, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const at = t.data.indexOf(needle);
      if (at < 0) continue;
      getSelection()!.collapse(t, at + off);
      return true;
    }
    return false;
  }, [text, offset] as const);
  if (!placed) throw new Error(`not on the page: ${text}`);
}
