/** The panel on real saved pages, under their real URLs, in headless Chromium. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { listTestPages } from '../../scripts/lib/test-pages';
import { formatPublished } from '../../lib/format/date';
import { test } from './harness';
import { waitAnalysed } from './page-helpers';
import { HOST, panel } from './ui';

const pages = listTestPages().map((p) => ({ ...p, expected: JSON.parse(readFileSync(join(p.dir, 'expected.json'), 'utf8')) }));

/** Wait until the page is loaded and the content script had its chance to run. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1200);
}

for (const p of pages.filter((x) => x.expected.isArticle)) {
  test(`panel shows title and date on ${p.name}`, async ({ newPage, screenshot }) => {
    const page = await newPage();
    await page.goto(p.url);
    const frame = await panel(page);
    const title = frame.locator('[data-field="title"]');
    await title.waitFor({ timeout: 10000 });

    assert.equal(await title.textContent(), p.expected.meta.title);
    if (p.expected.meta.publishedAt) {
      assert.equal(await frame.locator('[data-field="publishedAt"]').textContent(), formatPublished(p.expected.meta.publishedAt));
    }
    for (const name of ['outline', 'glossary', 'dates', 'highlights']) {
      assert.equal(await frame.locator(`[data-section="${name}"]`).count(), 1, `section ${name}`);
    }
    await screenshot(page, `panel-${p.name}`);
  });
}

for (const p of pages.filter((x) => !x.expected.isArticle)) {
  test(`no panel on ${p.name}`, async ({ newPage }) => {
    const page = await newPage();
    await page.goto(p.url);
    await settle(page);

    assert.equal(await page.locator(HOST).count(), 0);
    assert.ok(!page.frames().some((f) => /reader-panel\.html/.test(f.url())), 'no frame of ours either');
  });
}

test('the panel never covers the article text, and gives the page room', async ({ newPage }) => {
  const page = await newPage();
  await page.goto('http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html');
  const frame = await panel(page);
  await frame.locator('.panel').waitFor();

  const body = await page.locator('.rm_txt_con').boundingBox();
  const box = await (await frame.frameElement()).boundingBox();
  assert.ok(body && box);
  assert.ok(box.width >= 300, `panel frame ${box.width} px wide`);
  assert.ok(body.x + body.width <= box.x, `article right edge ${body.x + body.width} > panel left ${box.x}`);
});

test('a narrow window folds the panel to a tab; the reader can open it', async ({ newPage, screenshot, server }) => {
  // The saved pages come without the site's stylesheets; this one gets the site's
  // fixed-width, centred layout back (the 2020+ template's .rm_txt is 1200 px wide).
  const url = 'http://finance.people.com.cn/n1/2024/0510/c1004-40999998.html';
  const source = readFileSync(pages.find((p) => p.name === 'finance-c1004-40232587')!.source, 'utf8');
  server.override(url, source.replace('</head>', '<style>.layout.rm_txt{width:1200px;margin:0 auto}</style></head>'));
  const page = await newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  const frame = await panel(page);
  const tab = frame.locator('[data-action="expand"]');
  await tab.waitFor();
  await screenshot(page, 'narrow-tab');

  await tab.click();

  await frame.locator('.panel').waitFor();
});

test('collapsing is remembered across pages and reloads', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto('http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html');
  let frame = await panel(page);
  await frame.locator('[data-action="collapse"]').click();
  await frame.locator('[data-action="expand"]').waitFor();

  await page.goto('http://health.people.com.cn/n1/2024/0517/c14739-40237861.html');
  frame = await panel(page);
  await frame.locator('[data-action="expand"]').waitFor();
  const stored = await browser.readStorage('settings');
  assert.equal((stored.settings as { panelCollapsed: boolean }).panelCollapsed, true);

  await frame.locator('[data-action="expand"]').click();
  await frame.locator('.panel').waitFor();
  await page.reload();
  await (await panel(page)).locator('.panel').waitFor();
});

test('the panel is keyboard reachable and sections fold', async ({ newPage }) => {
  const page = await newPage();
  await page.goto('http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html');
  const toggle = (await panel(page)).locator('[data-action="toggle-section-glossary"]');
  await toggle.waitFor();

  await toggle.focus();
  await page.keyboard.press('Enter');

  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
});

test('page text is rendered as text, never as HTML', async ({ newPage, server }) => {
  const url = 'http://politics.people.com.cn/n1/2024/0424/c1001-40999999.html';
  const source = readFileSync(pages.find((p) => p.name === 'politics-c1001-40223222')!.source, 'utf8');
  server.override(url, source.replace(/<h1>[^<]*<\/h1>/, '<h1>&lt;img src=x onerror="window.__rrPwned=1"&gt;标题</h1>'));
  const page = await newPage();
  await page.goto(url);
  const frame = await panel(page);
  const title = frame.locator('[data-field="title"]');
  await title.waitFor();

  assert.equal(await title.textContent(), '<img src=x onerror="window.__rrPwned=1">标题');
  assert.equal(await frame.locator('img').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __rrPwned?: number }).__rrPwned), undefined);
});

test('an English article gets the panel and says the Chinese analyses do not apply', async ({ newPage, screenshot }) => {
  const page = await newPage();
  await page.goto('http://en.people.cn/n3/2022/1123/c90000-10175286.html');
  const dates = (await panel(page)).locator('[data-section="dates"] .empty');
  await dates.waitFor();
  await waitAnalysed(page);

  assert.match((await dates.textContent()) ?? '', /Only analysed on Chinese articles/);
  assert.equal(await page.locator('mark[data-rr-kind]').count(), 0);
  await screenshot(page, 'english-panel');
});
