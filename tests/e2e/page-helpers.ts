/** Helpers that act on a page as a reader would: select text, read our marks. */
import type { Page } from 'playwright-core';

export const HOST = 'renmin-reader';

/** Select the first occurrence of `text` in the page body (within one text node) and release the mouse. */
export async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    ([needle, nth]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        let at = data.indexOf(needle);
        while (at >= 0) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(n, at);
            range.setEnd(n, at + needle.length);
            const sel = document.getSelection()!;
            sel.removeAllRanges();
            sel.addRange(range);
            (n.parentElement ?? document.body).scrollIntoView({ block: 'center' });
            document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
            return true;
          }
          at = data.indexOf(needle, at + 1);
        }
      }
      return false;
    },
    [text, occurrence] as const,
  );
  if (!found) throw new Error(`text not found on the page: ${text}`);
}

/** The text of each highlight (marks joined by id), in page order. */
export async function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byId = new Map<string, string>();
    document.querySelectorAll('rr-mark[data-rr-kind="highlight"]').forEach((m) => {
      const id = m.getAttribute('data-rr-id')!;
      byId.set(id, (byId.get(id) ?? '') + m.textContent);
    });
    return [...byId.values()];
  });
}
