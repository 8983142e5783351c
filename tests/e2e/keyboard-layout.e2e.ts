/** Keyboard access and layout in headless Chromium: the shortcut's focus, focus rings, Escape,
 * looking a word up without a mouse, the article's scroll rail, the glossary's first row. */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { test } from './harness';
import type { ExtensionBrowser } from './browser';
import { putCaret, selectText, waitAnalysed } from './page-helpers';
import { PageUi, panel } from './ui';
import { FINANCE, POLITICS, contrastOf, type ChromeApi } from './shell-helpers';

/** Send the content script of the tab showing `url` what the background sends on a keyboard command. */
async function command(browser: ExtensionBrowser, url: string, type: string): Promise<void> {
  await (await browser.serviceWorker()).evaluate(async ([u, t]) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await tabs.query({ url: u });
    await tabs.sendMessage(tab.id!, { type: t });
  }, [url, type] as const);
}

/** What has the focus in the panel's document, and whether that document has it. */
const panelFocus = (frame: Frame) => frame.evaluate(() => ({ has: document.hasFocus(), action: document.activeElement?.getAttribute('data-action') ?? null }));

test('the panel shortcut opens the panel and moves the focus into it; Escape gives it back to the article', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  const frame = await panel(page);
  await frame.locator('[data-action="collapse"]').click();
  await frame.locator('[data-action="expand"]').waitFor();
  await page.locator('.rm_txt_con').click();

  await command(browser, FINANCE, 'toggle-panel');

  await frame.locator('.panel').waitFor();
  await frame.waitForFunction(() => document.hasFocus() && document.activeElement?.getAttribute('data-action') === 'open-options');
  assert.deepEqual(await panelFocus(frame), { has: true, action: 'open-options' });
  await page.keyboard.press('Tab');
  assert.deepEqual(await panelFocus(frame), { has: true, action: 'collapse' });

  await page.keyboard.press('Escape');
  await frame.waitForFunction(() => !document.hasFocus());
  assert.equal(await page.evaluate(() => document.hasFocus() && document.activeElement?.localName !== 'renmin-reader'), true);
});

/** The first opaque background at or behind `el` (the colour a focus ring is seen against). */
const ringCheck = () => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const offset = parseFloat(s.outlineOffset);
  // A ring drawn inside the control is seen on the control's own background; outside, on its parent's.
  let bgEl: Element | null = offset < 0 ? el : el.parentElement;
  let bg = 'rgb(255, 255, 255)';
  for (; bgEl; bgEl = bgEl.parentElement) {
    const c = getComputedStyle(bgEl).backgroundColor;
    if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
      bg = c;
      break;
    }
  }
  return { action: el.getAttribute('data-action') ?? el.localName, style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, bg };
};

test('every control of the panel shows a focus ring of at least 2 px and 3:1, the jump rows included', async ({ newPage }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  const frame = await panel(page);
  await frame.locator('[data-section="dates"] [data-action="jump-figure"]').first().waitFor({ timeout: 20000 });
  await frame.locator('[data-action="open-options"]').focus();
  const seen = new Map<string, number>();
  const bad: string[] = [];
  for (let i = 0; i < 400; i++) {
    const ring = await frame.evaluate(ringCheck);
    if (!ring) break;
    seen.set(ring.action, (seen.get(ring.action) ?? 0) + 1);
    if (ring.style === 'none' || ring.width < 2 || contrastOf(ring.color, ring.bg) < 3) bad.push(`${ring.action}: ${ring.style} ${ring.width}px ${ring.color} on ${ring.bg}`);
    await page.keyboard.press('Tab');
    if (!(await frame.evaluate(() => document.hasFocus()))) break;
  }
  assert.deepEqual(bad.slice(0, 5), []);
  for (const action of ['open-options', 'collapse', 'toggle-marks', 'toggle-section-outline', 'jump-summary', 'jump-outline', 'jump-term', 'export-glossary-csv', 'jump-date', 'jump-figure']) {
    assert.ok(seen.has(action), `${action} reached by Tab (seen: ${[...seen.keys()].join(' ')})`);
  }
});

test('a word can be looked up from the keyboard: the popup is a dialog that takes the focus, Escape closes it and puts the caret back', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(POLITICS);
  await waitAnalysed(page);
  // The caret (a collapsed selection) inside 玻利维亚, as caret browsing or a click leaves it.
  await putCaret(page, '玻利维亚', 2);

  await command(browser, POLITICS, 'lookup-word');

  const ui = new PageUi(page);
  await ui.waitFor('[data-rr-popup]');
  assert.equal(await ui.attribute('[data-rr-popup]', 'role'), 'dialog');
  assert.equal(await ui.text('[data-rr-popup] .popup-word'), '玻利维亚');
  assert.equal(await ui.call('[data-rr-popup]', 'function () { return this.getRootNode().activeElement?.getAttribute("data-action") ?? null; }'), 'close-popup');
  assert.match((await ui.text('[data-rr-popup] .popup-source')) ?? '', /CC-CEDICT（CC BY-SA 4\.0）/);

  await page.keyboard.press('Escape');
  await ui.waitFor('[data-rr-popup]', { gone: true });
  const caret = await page.evaluate(() => { const s = getSelection()!; return { collapsed: s.isCollapsed, text: s.anchorNode?.textContent?.slice(s.anchorOffset - 2, s.anchorOffset + 2) }; });
  assert.deepEqual(caret, { collapsed: true, text: '玻利维亚' });
});

test('Escape closes the selection toolbar', async ({ newPage }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  await (await panel(page)).locator('.panel').waitFor();
  await selectText(page, '河南做好良田、良种、良机、良法融合一体的文章');
  const ui = new PageUi(page);
  await ui.waitFor('.toolbar');

  await page.keyboard.press('Escape');

  await ui.waitFor('.toolbar', { gone: true });
});

test('beside the docked panel the article has one scrollbar of its own, at the panel’s edge; folding the panel gives the page its own back', async ({ newPage }) => {
  const page: Page = await newPage();
  await page.goto(FINANCE);
  const frame = await panel(page);
  await frame.locator('.panel').waitFor();
  const ui = new PageUi(page);
  await ui.waitFor('[data-rr-scroll-rail]');

  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollbarWidth), 'none');
  const rail = await ui.box('[data-rr-scroll-rail]');
  const frameBox = (await (await frame.frameElement()).boundingBox())!;
  assert.equal(Math.round(rail.x + rail.width), Math.round(frameBox.x), 'the rail ends where the panel begins');

  const thumb = await ui.box('.scroll-thumb');
  await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + 10);
  await page.mouse.down();
  await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + 210, { steps: 5 });
  await page.mouse.up();
  assert.ok((await page.evaluate(() => scrollY)) > 200, 'dragging the thumb scrolls the article');
  const moved = await ui.box('.scroll-thumb');
  assert.ok(moved.y > thumb.y + 100, `the thumb follows the scroll: ${thumb.y} → ${moved.y}`);

  // The page grows (as when its images load): the thumb gets shorter, without a layout of ours.
  await page.evaluate(() => {
    const tall = document.createElement('div');
    tall.style.height = `${document.documentElement.scrollHeight * 2}px`;
    document.body.append(tall);
  });
  let shorter = thumb.height;
  for (let i = 0; i < 50 && shorter > thumb.height * 0.6; i++, await page.waitForTimeout(50)) shorter = (await ui.box('.scroll-thumb')).height;
  assert.ok(shorter < thumb.height * 0.6, `a page three times as tall has a thumb about a third as tall: ${thumb.height} → ${shorter}`);

  await frame.locator('[data-action="collapse"]').click();
  await ui.waitFor('[data-rr-scroll-rail]', { gone: true });
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('style')), null);
  await frame.locator('[data-action="expand"]').click();
  await ui.waitFor('[data-rr-scroll-rail]');
});

test('the first glossary row is in view under the switches, not hidden by them', async ({ newPage }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  const frame = await panel(page);
  const first = frame.locator('[data-section="glossary"] .term').first();
  await first.waitFor({ timeout: 20000 });
  await frame.locator('[data-section="glossary"]').evaluate((s) => s.scrollIntoView({ block: 'start' }));

  const hit = await first.evaluate((row) => {
    const r = row.getBoundingClientRect();
    const at = document.elementFromPoint(r.left + 20, r.top + 6);
    const controls = document.querySelector('.controls')!.getBoundingClientRect();
    return { covered: !row.contains(at), belowControls: r.top >= controls.bottom };
  });
  assert.deepEqual(hit, { covered: false, belowControls: true });
});
