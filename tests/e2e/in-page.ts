/**
 * Functions that run inside the page (passed to Playwright's or Puppeteer's
 * page.evaluate), shared by the Chromium and the Firefox tests. Each is whole in
 * itself — no inner named functions — because the test runner's transpiler would
 * wrap those in a helper that does not exist in the page.
 */

/**
 * Select the `nth` appearance of `needle` in the page body (it may cross our marks and the
 * page's inline elements; ruby pinyin and our host are skipped), scroll it into view and
 * release the mouse, as a reader's drag would. False when the text is not on the page.
 */
export function selectInPage([needle, nth]: readonly [string, number]): boolean {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('rt, script, style, renmin-reader')) nodes.push(n as Text);
  }
  const all = nodes.map((n) => n.data).join('');
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = all.indexOf(needle, at + 1);
    if (at < 0) return false;
  }
  const range = document.createRange();
  let pos = 0;
  let started = false;
  for (const n of nodes) {
    if (!started && at < pos + n.data.length) {
      range.setStart(n, at - pos);
      started = true;
    }
    if (started && at + needle.length <= pos + n.data.length) {
      range.setEnd(n, at + needle.length - pos);
      break;
    }
    pos += n.data.length;
  }
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  return true;
}

/** Viewport centre of character `offset` of the `nth` occurrence of `needle` in the article body (scrolled into view), or null. */
export function pointInPage([needle, nth, offset, scope]: readonly [string, number, number, string?]): { x: number; y: number } | null {
  // In the article body, or in the first element matching `scope` that holds the text (a headline).
  const body = scope
    ? [...document.querySelectorAll(scope)].find((e) => e.textContent?.includes(needle))
    : document.querySelector('.rm_txt_con, #rwb_zw, .artDet, #ozoom, .d2txtCon, #p_content') ?? document.body;
  if (!body) return null;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!t.parentElement?.closest('rt, script, style')) nodes.push(t as Text);
  const all = nodes.map((t) => t.data).join('');
  let at = -1;
  for (let k = 0; k <= nth; k++) if ((at = all.indexOf(needle, at + 1)) < 0) return null;
  at += offset;
  for (const t of nodes) {
    if (at < t.data.length) {
      t.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    at -= t.data.length;
  }
  return null;
}
