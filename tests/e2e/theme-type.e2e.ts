/** Themes and type in headless Chromium: computed colours in every surface, contrast, fonts. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from './harness';
import { selectText, waitAnalysed } from './page-helpers';
import { PageUi, panel } from './ui';
import { FINANCE, POLITICS, contrastOf, extensionUrl, rgb, withSettings, writeSettings } from './shell-helpers';
import { MARK_PALETTES, PALETTES } from '../../lib/theme/palettes';
import { listTestPages } from '../../scripts/lib/test-pages';

const dark = PALETTES.dark;

test('dark theme: the panel, the page-side toolbar, the options page and the library take the dark palette, with readable contrast', async ({ newPage, browser, screenshot }) => {
  await withSettings(browser, { theme: 'light', pinyin: false }, async () => {
    const page = await newPage();
    await page.goto(POLITICS);
    const frame = await panel(page);
    await frame.locator('[data-section="glossary"] .term').first().waitFor({ timeout: 20000 });
    await waitAnalysed(page);
    // The README's pair: the article and its panel, light then dark.
    await page.evaluate(() => document.querySelector('.rm_txt_con')!.scrollIntoView());
    await screenshot(page, 'panel-light');
    await writeSettings(browser, { theme: 'dark' });
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');

    const colours = await frame.locator('.panel').evaluate((el) => {
      const s = getComputedStyle(el);
      const muted = getComputedStyle(document.querySelector('.facts')!).color;
      const sw = getComputedStyle(document.querySelector('.switch:not(.on) .switch-dot')!).backgroundColor;
      const edge = getComputedStyle(document.querySelector('.switch:not(.on)')!).borderTopColor;
      const header = getComputedStyle(document.querySelector('.header')!).backgroundColor;
      return { bg: s.backgroundColor, ink: s.color, muted, sw, edge, header };
    });
    assert.deepEqual(colours, { bg: rgb(dark.paper), ink: rgb(dark.ink), muted: rgb(dark.muted), sw: rgb(dark.switchOff), edge: rgb(dark.control), header: rgb(dark.surface) });
    assert.ok(contrastOf(colours.ink, colours.bg) >= 4.5 && contrastOf(colours.muted, colours.header) >= 4.5);
    assert.ok(contrastOf(colours.sw, colours.header) >= 3 && contrastOf(colours.edge, colours.header) >= 3);
    await screenshot(page, 'panel-dark');

    // The page side: the selection toolbar in its closed shadow root.
    await selectText(page, '航天科技是当今世界科技发展的重要领域');
    const ui = new PageUi(page);
    await ui.waitFor('.toolbar');
    const toolbar = await ui.call<{ bg: string; fg: string }>('[data-action="highlight-note"]', 'function () { const s = getComputedStyle(this); return { bg: s.backgroundColor, fg: s.color }; }');
    assert.deepEqual(toolbar, { bg: rgb(dark.surface), fg: rgb(dark.ink) });

    for (const path of ['options.html', 'library.html']) {
      const ext = await newPage();
      await ext.goto(await extensionUrl(browser, path));
      await ext.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      const c = await ext.evaluate(() => ({ bg: getComputedStyle(document.documentElement).backgroundColor, ink: getComputedStyle(document.body).color }));
      assert.deepEqual(c, { bg: rgb(dark.paper), ink: rgb(dark.ink) }, path);
    }
  });
});

test('"follow the system": a dark system gives the dark palette, a light one the light palette', async ({ newPage, browser }) => {
  await withSettings(browser, { theme: 'system' }, async () => {
    const library = await newPage();
    await library.emulateMedia({ colorScheme: 'dark' });
    await library.goto(await extensionUrl(browser, 'library.html'));
    await library.locator('h1').waitFor();
    assert.equal(await library.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), rgb(dark.paper));
    await library.emulateMedia({ colorScheme: 'light' });
    assert.equal(await library.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), rgb(PALETTES.light.paper));
  });
});

test('sepia: the panel takes the sepia palette', async ({ newPage, browser }) => {
  await withSettings(browser, { theme: 'sepia' }, async () => {
    const page = await newPage();
    await page.goto(POLITICS);
    const frame = await panel(page);
    await frame.locator('.panel').waitFor();
    assert.equal(await frame.locator('.panel').evaluate((el) => getComputedStyle(el).backgroundColor), rgb(PALETTES.sepia.paper));
  });
});

test('marks in the article are drawn for the page they are on: a darkened page gets the dark mark colours', async ({ newPage, server }) => {
  const url = 'http://finance.people.com.cn/n1/2024/0510/c1004-40999997.html';
  const source = readFileSync(listTestPages().find((p) => p.name === 'finance-c1004-40232587')!.source, 'utf8');
  server.override(url, source.replace('</head>', '<style>html, body { background: #121212 !important; color: #ddd !important; }</style></head>'));
  const page = await newPage();
  await page.goto(url);
  await waitAnalysed(page);
  const underline = await page.locator('mark[data-rr-kind="date"]').first().evaluate((m) => getComputedStyle(m).borderBottomColor);
  assert.equal(underline, rgb(MARK_PALETTES.dark.date));

  const light = await newPage();
  await light.goto(FINANCE);
  await waitAnalysed(light);
  assert.equal(await light.locator('mark[data-rr-kind="date"]').first().evaluate((m) => getComputedStyle(m).borderBottomColor), rgb(MARK_PALETTES.light.date));
});

test('the panel’s own type: its font stack and size apply in the frame, and the text size setting scales it', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  const frame = await panel(page);
  await frame.locator('.panel').waitFor();
  const font = await frame.locator('.panel').evaluate((el) => ({ family: getComputedStyle(el).fontFamily, size: getComputedStyle(el).fontSize, title: getComputedStyle(document.querySelector('.title')!).fontSize }));
  assert.match(font.family, /^"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", .*sans-serif$/);
  assert.equal(font.size, '14px');
  // Sizes are rem of the chosen size (calc(18rem / 14)): 18 px at the default, to a rounding.
  assert.ok(Math.abs(parseFloat(font.title) - 18) < 0.01, font.title);
  // The page side resets the page's styles (all: initial on the host) and sets the same stack.
  await selectText(page, '河南做好良田、良种、良机、良法融合一体的文章');
  const ui = new PageUi(page);
  await ui.waitFor('.toolbar');
  const toolbar = await ui.call<{ family: string; size: string }>('.toolbar', 'function () { const s = getComputedStyle(this); return { family: s.fontFamily, size: s.fontSize }; }');
  assert.match(toolbar.family, /^"PingFang SC", .*sans-serif$/);
  assert.equal(toolbar.size, '14px');

  // In English, the UI's Latin letters come from a Latin face (a CJK face draws ’ full-width:
  // "People’ s"); the article's Chinese (lang="zh-CN") keeps the Chinese stack.
  await withSettings(browser, { uiLanguage: 'en' }, async () => {
    await frame.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await frame.locator('.panel').evaluate((el) => ({
      family: getComputedStyle(el).fontFamily,
      title: getComputedStyle(document.querySelector('.title')!).fontFamily,
      widths: ['’', 'M'].map((text) => {
        const span = document.createElement('span');
        span.textContent = text;
        span.style.position = 'absolute'; // its own width, not a flex item's
        el.append(span);
        const width = span.getBoundingClientRect().width;
        span.remove();
        return width;
      }),
    }));
    const apostrophe = en.widths[0] / en.widths[1];
    assert.match(en.family, /^-apple-system, "Segoe UI", .*"DejaVu Sans", "PingFang SC".*sans-serif$/);
    assert.match(en.title, /^"PingFang SC", /);
    assert.ok(apostrophe < 0.5, `’ is ${apostrophe.toFixed(2)} of an M: a Latin apostrophe, not a full-width one`);
    await ui.waitFor('.rr-ui:lang(en) .toolbar');
    const toolbarEn = await ui.call<string>('.toolbar', 'function () { return getComputedStyle(this).fontFamily; }');
    assert.match(toolbarEn, /^-apple-system, /);
  });

  await withSettings(browser, { fontSize: 18 }, async () => {
    await frame.waitForFunction(() => getComputedStyle(document.querySelector('.panel')!).fontSize === '18px');
    // Sizes scale together: the title keeps its 18:14 ratio.
    const title = parseFloat(await frame.locator('.title').evaluate((el) => getComputedStyle(el).fontSize));
    assert.ok(Math.abs(title - (18 * 18) / 14) < 0.01, String(title));
  });
});
