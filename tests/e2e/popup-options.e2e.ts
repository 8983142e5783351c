/** The toolbar button's popup, the options page and the UI language, in headless Chromium. */
import assert from 'node:assert/strict';
import { test } from './harness';
import { selectText, waitAnalysed } from './page-helpers';
import { pointAt } from './page-helpers';
import { PageUi, panel } from './ui';
import { FINANCE, POLITICS, extensionUrl, openToolbarPopup, storedSettings, withSettings, writeSettings } from './shell-helpers';

test('toolbar popup on an article: says so, names it, and its switches reach the page', async ({ newPage, browser, screenshot }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  const frame = await panel(page);
  await frame.locator('.panel').waitFor();
  await waitAnalysed(page);

  const popup = await openToolbarPopup(browser);
  await popup.locator('[data-rr-tab="article"]').waitFor();
  // The browser sizes a popup to its page: so does the screenshot.
  await popup.setViewportSize({ width: 320, height: await popup.evaluate(() => document.documentElement.scrollHeight) });
  await screenshot(popup, 'toolbar-popup');

  assert.equal(await popup.locator('.tab-status').textContent(), '本页是人民日报文章。');
  assert.equal(await popup.locator('.tab-title').textContent(), '在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）');
  assert.equal(await popup.locator('[data-action="toggle-panel"]').getAttribute('aria-pressed'), 'true');
  assert.ok((await page.locator('mark[data-rr-kind="date"]').count()) > 0);

  await popup.locator('[data-action="toggle-marks"]').click();
  await page.locator('mark[data-rr-kind="date"]').first().waitFor({ state: 'detached' });
  await popup.locator('[data-action="toggle-panel"]').click();
  await frame.locator('[data-action="expand"]').waitFor();
  await popup.locator('[data-action="toggle-panel"]').click();
  await popup.locator('[data-action="toggle-marks"]').click();
  await frame.locator('.panel').waitFor();
  await page.locator('mark[data-rr-kind="date"]').first().waitFor();
  await popup.close();
});

test('toolbar popup elsewhere: works on People’s Daily only; a People’s Daily page that is no article says so; the library opens from any page', async ({ newPage, browser }) => {
  const other = await newPage();
  await other.goto('about:blank');
  let popup = await openToolbarPopup(browser);
  await popup.locator('[data-rr-tab="other-site"]').waitFor();
  assert.equal(await popup.locator('.tab-status').textContent(), '人民阅读只用于人民网页面（people.com.cn、people.cn、peopledaily.com.cn）。');
  assert.equal(await popup.locator('[data-action="toggle-panel"]').count(), 0);

  const [library] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('[data-action="open-library"]').click()]);
  await library.waitForURL(/\/library\.html$/);
  await library.locator('h1').waitFor();
  assert.equal(await library.locator('h1').textContent(), '标注库');
  await library.close();

  const index = await newPage();
  await index.goto('http://www.people.com.cn/');
  await index.bringToFront();
  popup = await openToolbarPopup(browser);
  await popup.locator('[data-rr-tab="not-article"]').waitFor();
  await popup.close();
});

test('options page: a changed setting reaches an open article at once and is stored in sync', async ({ newPage, browser, screenshot }) => {
  await withSettings(browser, {}, async () => {
    const article = await newPage();
    await article.goto(FINANCE);
    const frame = await panel(article);
    await frame.locator('.panel').waitFor();
    await waitAnalysed(article);
    const options = await newPage();
    await options.goto(await extensionUrl(browser, 'options.html'));
    await options.locator('[data-setting="theme"]').waitFor();
    await screenshot(options, 'options');

    // Figures off: the article keeps its date marks and loses its figure marks.
    assert.ok((await article.locator('mark[data-rr-kind="figure"]').count()) > 0);
    await options.locator('[data-action="set-marks-figures"]').uncheck();
    await article.locator('mark[data-rr-kind="figure"]').first().waitFor({ state: 'detached' });
    assert.ok((await article.locator('mark[data-rr-kind="date"]').count()) > 0);

    // The panel's width, by keyboard on the slider: 360 → 380 px, the frame follows.
    await options.locator('[data-action="set-panelWidth"]').focus();
    await options.keyboard.press('ArrowRight');
    await article.waitForFunction(() => document.documentElement.style.marginRight === `${380 + 12}px`);
    const box = await (await frame.frameElement()).boundingBox();
    assert.equal(Math.round(box!.width), 380);

    // The panel moves to the left, and the page makes room on that side.
    await options.locator('[data-action="set-panelSide"][value="left"]').check();
    await article.waitForFunction(() => document.documentElement.style.marginLeft === '380px');
    assert.equal(Math.round((await (await frame.frameElement()).boundingBox())!.x), 0);

    const stored = await storedSettings(browser);
    assert.deepEqual([stored.markKinds, stored.panelWidth, stored.panelSide], [{ dates: true, figures: false, terms: true }, 380, 'left']);
    assert.equal(await options.locator('[data-rr-status="saved"]').textContent(), '已保存');
  });
});

test('the UI language: the setting switches every surface between Chinese and English, one language at a time', async ({ newPage, browser }) => {
  await withSettings(browser, {}, async () => {
    const article = await newPage();
    await article.goto(POLITICS);
    const frame = await panel(article);
    const outline = frame.locator('[data-action="toggle-section-outline"] .section-title');
    await outline.waitFor();
    assert.equal(await outline.textContent(), '提纲');
    assert.equal(await frame.locator('html').getAttribute('lang'), 'zh-CN');

    const options = await newPage();
    await options.goto(await extensionUrl(browser, 'options.html'));
    await options.locator('[data-action="set-uiLanguage"][value="en"]').check();

    await options.locator('h1', { hasText: 'Renmin Reader options' }).waitFor();
    await frame.locator('[data-action="toggle-section-outline"] .section-title', { hasText: 'Outline' }).waitFor();
    assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
    assert.equal(await frame.locator('[data-action="collapse"]').getAttribute('aria-label'), 'Collapse the panel');
    assert.equal(await frame.locator('[data-field="publishedAt"]').textContent(), 'April 24, 2024 at 23:52');
    // The article's own text stays Chinese, marked as such.
    assert.equal(await frame.locator('[data-field="title"]').getAttribute('lang'), 'zh-CN');
    // No label mixes the two languages any more.
    const labels = await frame.locator('button').evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.closest('.outline, .glossary, .hl-list, .figures, .timeline') ? '' : e.textContent}`));
    assert.deepEqual(labels.filter((l) => /[\u4e00-\u9fff]/.test(l) && /[A-Za-z]{3,}/.test(l)), []);

    // The page side too: the selection toolbar speaks English.
    await article.bringToFront();
    const ui = new PageUi(article);
    await selectText(article, '航天科技是当今世界科技发展的重要领域');
    await ui.waitFor('[data-action="highlight"]');
    assert.equal(await ui.text('[data-action="highlight"]'), 'Highlight');
    assert.equal(await ui.attribute('.toolbar', 'aria-label'), 'Highlight the selection');

    await options.locator('[data-action="set-uiLanguage"][value="zh-CN"]').check();
    await frame.locator('[data-action="toggle-section-outline"] .section-title', { hasText: '提纲' }).waitFor();
    assert.equal(await options.locator('h1').textContent(), '人民阅读设置');
  });
});

test('hover options: with a key to hold, no popup without it; with a delay, the popup waits', async ({ newPage, browser }) => {
  await withSettings(browser, { pinyin: true, hoverModifier: 'shift', hoverDelay: 0 }, async () => {
    const page = await newPage();
    await page.goto(POLITICS);
    await waitAnalysed(page);
    const frame = await panel(page);
    await frame.locator('[data-action="toggle-pinyin"][aria-pressed="true"]').waitFor();
    await frame.locator('.status').waitFor({ state: 'detached' });
    const { x, y } = await pointAt(page, '玻利维亚');
    const ui = new PageUi(page);

    await page.mouse.move(x, y);
    await page.mouse.move(x + 1, y);
    await page.waitForTimeout(300);
    assert.equal(await ui.count('[data-rr-popup]'), 0, 'no popup without Shift');
    await page.keyboard.down('Shift');
    await page.mouse.move(x, y);
    await ui.waitFor('[data-rr-popup]');
    await page.keyboard.up('Shift');
    await page.mouse.move(2, 2);
    await ui.waitFor('[data-rr-popup]', { gone: true });

    await writeSettings(browser, { hoverModifier: 'none', hoverDelay: 600 });
    await page.waitForTimeout(200);
    await page.mouse.move(x, y);
    await page.mouse.move(x + 1, y);
    await page.waitForTimeout(250);
    assert.equal(await ui.count('[data-rr-popup]'), 0, 'not yet after 250 ms of a 600 ms delay');
    await ui.waitFor('[data-rr-popup]', { timeout: 2000 });
  });
});
