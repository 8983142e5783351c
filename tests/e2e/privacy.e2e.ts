/**
 * The reader's notes are out of the page's reach (issue 10, "never a way in"): a page script
 * that logs every key, watches the DOM and pokes at our elements learns no note, cannot press
 * our buttons, and cannot take our marks over with a custom element.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './harness';
import { highlight, waitAnalysed, waitSaved } from './page-helpers';
import { PageUi, panel } from './ui';

const FINANCE = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
const NOTE = '我的私人笔记：不要让网页看到 secret-note-4711';

/** A hostile page script, installed before the page's own: it logs every key event and every DOM change it can see. */
async function spyOnPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __keys: string[]; __seen: string[]; __stolen: number };
    w.__keys = [];
    w.__seen = [];
    w.__stolen = 0;
    for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput']) {
      window.addEventListener(type, (e) => w.__keys.push(`${type}:${(e as KeyboardEvent).key ?? ''}`), true);
      document.addEventListener(type, (e) => w.__keys.push(`${type}:${(e as KeyboardEvent).key ?? ''}`), true);
    }
    // Our marks were once <rr-mark>: a page defining that name ran code on every mark.
    customElements.define('rr-mark', class extends HTMLElement {
      connectedCallback() {
        w.__stolen++;
      }
    });
    new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target as Element;
        if (r.type === 'attributes') w.__seen.push(`${r.attributeName}=${target.getAttribute?.(r.attributeName!) ?? ''}`);
        r.addedNodes.forEach((n) => w.__seen.push(n.textContent ?? ''));
        if (r.type === 'characterData') w.__seen.push(target.textContent ?? '');
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

test('a note never enters the page: not in its DOM, not in its key listeners, not in our marks', async ({ newPage, browser }) => {
  const page = await newPage();
  await spyOnPage(page);
  await page.goto(FINANCE);
  await waitAnalysed(page);
  await highlight(page, '粮食产量连续7年稳定在1300亿斤以上', 'highlight-note');
  const frame = await panel(page);
  const input = frame.locator('[data-action="note-input"]');
  await input.waitFor();
  await page.evaluate(() => { (window as unknown as { __keys: string[] }).__keys.length = 0; });

  await input.click();
  await page.keyboard.type(NOTE);
  await frame.locator('[data-action="save-note"]').click();
  await frame.locator('.hl-note', { hasText: NOTE }).waitFor();
  await waitSaved(page, '1300亿斤以上');

  const spied = await page.evaluate(() => {
    const w = window as unknown as { __keys: string[]; __seen: string[] };
    return { __keys: w.__keys, __seen: w.__seen };
  });
  assert.deepEqual(spied.__keys, [], 'no key typed in the note editor reached the page');
  assert.ok(!spied.__seen.some((s) => s.includes('secret-note-4711')), 'no DOM change the page could see carried the note');
  assert.ok(!(await page.content()).includes('secret-note-4711'), 'the note is not in the page');
  // Not in our closed shadow root either (the DevTools protocol sees it whole; the panel's frame is another origin).
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  assert.ok(!JSON.stringify(root).includes('secret-note-4711'), 'the note is nowhere in the page DOM, shadow roots included');
  const markAttributes = await page.evaluate(() => Array.from(document.querySelectorAll('mark[data-rr-kind="highlight"]')).flatMap((m) => m.getAttributeNames()));
  assert.deepEqual([...new Set(markAttributes)].sort(), ['data-rr-color', 'data-rr-id', 'data-rr-kind', 'data-rr-match']);
  // And it is stored (the panel saved it through the content script).
  const stored = Object.values(await browser.readStorage()).filter((v) => (v as { note?: string }).note === NOTE);
  assert.equal(stored.length, 1);
});

test('page scripts cannot reach the reader\'s UI, press its buttons or take its marks over', async ({ newPage, browser }) => {
  const page = await newPage();
  await spyOnPage(page);
  await page.goto(FINANCE);
  await waitAnalysed(page);
  await highlight(page, '向良种要产量');
  await waitSaved(page, '向良种要产量');
  const before = Object.keys(await browser.readStorage()).filter((k) => k.startsWith('hl:')).length;

  const probe = await page.evaluate(() => {
    const host = document.querySelector('renmin-reader')!;
    let frameReadable = true;
    try {
      void (window.frames[window.frames.length - 1] as Window).document.body.innerHTML;
    } catch {
      frameReadable = false;
    }
    // Synthetic clicks: on our highlight mark (would open its note) and on the host.
    const mark = document.querySelector('mark[data-rr-kind="highlight"]') as HTMLElement;
    mark.click();
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return {
      shadowRoot: host.shadowRoot,
      frameReadable,
      markTag: mark.tagName,
      stolen: (window as unknown as { __stolen: number }).__stolen,
    };
  });
  assert.equal(probe.shadowRoot, null, 'the shadow root is closed');
  assert.equal(probe.frameReadable, false, 'the panel frame is another origin');
  assert.equal(probe.markTag, 'MARK', 'marks are a built-in element');
  assert.equal(probe.stolen, 0, 'a page-defined custom element saw none of our marks');
  await page.waitForTimeout(300);
  assert.equal(await (await panel(page)).locator('[data-rr-editor]').count(), 0, 'a synthetic click opens no note editor');
  assert.equal(Object.keys(await browser.readStorage()).filter((k) => k.startsWith('hl:')).length, before);

  // A synthetic click on the toolbar's own button (reached through the DevTools protocol, as no page
  // script can) is refused too: only trusted input reaches our buttons.
  await page.evaluate(() => {
    const p = Array.from(document.querySelectorAll('.rm_txt_con p')).find((x) => x.textContent!.includes('河南大力实施种业振兴行动'))!;
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  const ui = new PageUi(page);
  await ui.waitFor('[data-action="highlight"]');
  await ui.call('[data-action="highlight"]', 'function () { this.click(); this.dispatchEvent(new MouseEvent("click", { bubbles: true })); }');
  await page.waitForTimeout(300);
  assert.equal(Object.keys(await browser.readStorage()).filter((k) => k.startsWith('hl:')).length, before, 'no highlight saved by a synthetic click');
  await ui.click('[data-action="highlight"]');
  await page.waitForFunction((n) => document.querySelectorAll('mark[data-rr-kind="highlight"]').length > n, 0);
});

test('a page that defines our host element gets no reader at all', async ({ newPage }) => {
  const page = await newPage();
  await page.addInitScript(() => {
    customElements.define('renmin-reader', class extends HTMLElement {
      constructor() {
        super();
        (window as unknown as { __internals: unknown }).__internals = this.attachInternals();
      }
    });
  });
  await page.goto(FINANCE);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  assert.equal(page.frames().filter((f) => /reader-panel\.html/.test(f.url())).length, 0);
  assert.equal(await page.locator('mark[data-rr-kind]').count(), 0);
});
