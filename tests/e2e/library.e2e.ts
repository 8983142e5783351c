/** The library page: saved highlights across articles, search, colour filter, delete/undo, export and import. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { test } from './harness';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { highlight, waitSaved } from './page-helpers';
import { panel } from './ui';

const FINANCE = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
const POLITICS = 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html';
const FINANCE_QUOTE = '启动建设1500万亩高标准农田示范区';
const FINANCE_NOTE = '示范区亩均投资4000元以上';
const POLITICS_QUOTE = '身为一线工人，我将持续学习、苦练本领';

/** chrome-extension://<id>/library.html of this browser's extension. */
async function libraryUrl(browser: ExtensionBrowser): Promise<string> {
  return `chrome-extension://${new URL((await browser.serviceWorker()).url()).host}/library.html`;
}

/** Open the library and wait until it has read the store. */
async function openLibrary(page: Page, browser: ExtensionBrowser): Promise<void> {
  await page.goto(await libraryUrl(browser));
  await page.locator('.totals').waitFor();
}

/** Click (the first mark of) the saved highlight whose text is `quote`, opening its editor. */
async function clickHighlight(page: Page, quote: string): Promise<void> {
  const id = await page.evaluate((q) => {
    const byId = new Map<string, string>();
    document.querySelectorAll('mark[data-rr-kind="highlight"]').forEach((m) => {
      const id = m.getAttribute('data-rr-id')!;
      byId.set(id, (byId.get(id) ?? '') + m.textContent);
    });
    return [...byId].find(([, t]) => t === q)?.[0] ?? null;
  }, quote);
  if (!id) throw new Error(`no highlight mark for: ${quote}`);
  await page.locator(`mark[data-rr-kind="highlight"][data-rr-id="${id}"]`).first().click();
}

/**
 * Open an article and wait until the content script stops changing the page
 * (term, date and figure marks arrive after the panel): a selection made while
 * marks are inserted is lost or lands on the wrong characters.
 */
async function openArticle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await (await panel(page)).locator('.panel').waitFor();
  await page.evaluate(() => new Promise((resolve) => {
    const deadline = Date.now() + 15000;
    let timer = setTimeout(() => resolve(true), 800);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => { observer.disconnect(); resolve(true); }, Date.now() > deadline ? 0 : 800);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }));
}

/** Save `quote` on the open article: default colour, or a colour and a note through the panel's editor. */
async function saveHighlight(page: Page, quote: string, options: { color?: string; note?: string } = {}): Promise<void> {
  await highlight(page, quote, options.color ? `highlight-color-${options.color}` : 'highlight');
  const frame = await panel(page);
  await frame.locator('.hl-item', { hasText: quote }).waitFor();
  if (options.note) {
    await clickHighlight(page, quote);
    await frame.locator('[data-action="note-input"]').fill(options.note);
    await frame.locator('[data-action="save-note"]').click();
    await frame.locator('.hl-item .hl-note', { hasText: options.note }).waitFor();
  }
  await waitSaved(page, quote);
}

/** Storage entries whose key starts with one of `prefixes`, keyed as stored. */
function pick(storage: Record<string, unknown>, ...prefixes: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(storage).filter(([k]) => prefixes.some((p) => k.startsWith(p))).sort(([a], [b]) => a.localeCompare(b)));
}

/** Click `selector` and return the file it downloads into `dir` (name and UTF-8 text). */
async function downloaded(page: Page, selector: string, dir: string): Promise<{ name: string; path: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

const card = (page: Page, key: string) => page.locator(`.card[data-article-key="${key}"]`);

test('library: both articles listed with their highlights; search and colour filter narrow; delete asks and can be undone', async ({ newPage, browser, screenshot, tempDir }) => {
  const exports = tempDir('rr-export-');
  const article = await newPage();
  await openArticle(article, FINANCE);
  await saveHighlight(article, FINANCE_QUOTE, { color: 'green', note: FINANCE_NOTE });
  await openArticle(article, POLITICS);
  await saveHighlight(article, POLITICS_QUOTE);

  const page = await newPage();
  await openLibrary(page, browser);
  const finance = card(page, 'people:40232587');
  const politics = card(page, 'people:40223222');
  await finance.locator('.entry', { hasText: FINANCE_QUOTE }).waitFor();
  assert.equal(await finance.locator('.entry', { hasText: FINANCE_QUOTE }).locator('.entry-note').textContent(), `笔记 Note${FINANCE_NOTE}`);
  assert.equal(await finance.locator('.entry', { hasText: FINANCE_QUOTE }).getAttribute('data-color'), 'green');
  assert.ok(await politics.locator('.entry', { hasText: POLITICS_QUOTE }).isVisible());
  assert.match((await politics.locator('.card-title a').getAttribute('href')) ?? '', /40223222\.html$/);
  const link = await politics.locator('.entry', { hasText: POLITICS_QUOTE }).locator('[data-action="open-highlight"]').getAttribute('href');
  assert.match(link ?? '', /^http:\/\/politics\.people\.com\.cn\/n1\/2024\/0424\/c1001-40223222\.html#rr-hl=[\w-]+$/);
  // Newest first: politics was highlighted last.
  const keys = await page.locator('.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-key')));
  assert.ok(keys.indexOf('people:40223222') < keys.indexOf('people:40232587'), keys.join(' '));
  await screenshot(page, 'library');

  // Exports are file downloads: all articles, one article, Anki.
  const all = await downloaded(page, '[data-action="export-markdown"]', exports);
  assert.match(all.name, /^renmin-reader-\d{4}-\d{2}-\d{2}\.md$/);
  for (const text of [`> ${FINANCE_QUOTE}`, FINANCE_NOTE, `> ${POLITICS_QUOTE}`, '在新时代中部地区崛起中争先出彩', FINANCE]) assert.ok(all.text.includes(text), text);
  const one = await downloaded(page, '.card[data-article-key="people:40223222"] [data-action="export-article-markdown"]', exports);
  assert.ok(one.text.startsWith('# 促进航天技术更好惠及人民') && one.text.includes(POLITICS_QUOTE) && !one.text.includes(FINANCE_QUOTE), one.text);
  const anki = await downloaded(page, '[data-action="export-anki"]', exports);
  assert.ok(anki.text.startsWith('#separator:tab\n'), anki.text.slice(0, 40));
  assert.ok(anki.text.split('\n').some((l) => l.startsWith(`${FINANCE_QUOTE}\t`) && l.includes(FINANCE_NOTE) && l.endsWith('renmin-reader green')));

  // Search over notes: only the finance highlight carries this note.
  await page.locator('[data-action="search"]').fill('4000元');
  await politics.waitFor({ state: 'detached' });
  assert.equal(await finance.locator('.entry').count(), 1);
  assert.ok((await finance.locator('mark').count()) > 0, 'matches are marked');
  await screenshot(page, 'library-search');
  // Search over titles: the politics title mentions 航天合作论坛.
  await page.locator('[data-action="search"]').fill('航天合作论坛');
  await politics.waitFor();
  assert.equal(await finance.count(), 0);
  await page.locator('[data-action="search"]').fill('');
  await finance.waitFor();

  // Colour filter: green keeps the finance highlight, drops the yellow politics one.
  await page.locator('[data-action="filter-green"]').click();
  await politics.waitFor({ state: 'detached' });
  assert.ok(await finance.locator('.entry', { hasText: FINANCE_QUOTE }).isVisible());
  assert.ok((await page.locator('.entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-color')))).every((c) => c === 'green'));
  await page.locator('[data-action="filter-green"]').click();
  await politics.waitFor();

  // Delete asks first, writes tombstones, and undo brings the highlights back.
  const live = async () => Object.values(pick(await browser.readStorage(), 'hl:people:40223222:')).filter((h) => !(h as { deletedAt?: string | null }).deletedAt).length;
  const before = await live();
  await politics.locator('[data-action="delete-article"]').click();
  assert.equal(await live(), before, 'nothing deleted before confirming');
  await politics.locator('[data-action="confirm-delete"]').click();
  await politics.waitFor({ state: 'detached' });
  assert.equal(await live(), 0);
  await page.locator('[data-action="undo"]').click();
  await politics.locator('.entry', { hasText: POLITICS_QUOTE }).waitFor();
  assert.equal(await live(), before);
});

test('library: export JSON, import into a fresh profile — identical records; a second import changes nothing', async ({ newPage, browser, server, screenshot, tempDir }) => {
  // A deleted highlight too, so tombstones travel with the export.
  const article = await newPage();
  await openArticle(article, FINANCE);
  await saveHighlight(article, '累计推出1000多项改革举措');
  await clickHighlight(article, '累计推出1000多项改革举措');
  await (await panel(article)).locator('[data-action="delete-highlight"]').click();
  await (await panel(article)).locator('.hl-item', { hasText: '累计推出1000多项改革举措' }).waitFor({ state: 'detached' });
  await saveHighlight(article, '河南高技术制造业投资增长22.6%', { color: 'blue', note: '高于全国12个百分点' });

  const page = await newPage();
  await openLibrary(page, browser);
  const { name, path: file, text } = await downloaded(page, '[data-action="export-json"]', tempDir('rr-export-'));
  assert.match(name, /^renmin-reader-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(text);
  const source = await browser.readStorage();
  const sourceHighlights = pick(source, 'hl:');
  assert.equal(exported.format, 'renmin-reader-export');
  assert.equal(exported.highlights.length, Object.keys(sourceHighlights).length);
  assert.ok(exported.highlights.some((h: { deletedAt?: string | null }) => h.deletedAt), 'the export holds tombstones');

  const fresh = await launchWithExtension(server.port);
  try {
    const other = await fresh.context.newPage();
    await openLibrary(other, fresh);
    assert.equal(Object.keys(pick(await fresh.readStorage(), 'hl:')).length, 0, 'a fresh profile');
    await other.locator('[data-action="import-json"]').setInputFiles(file);
    const result = other.locator('[data-import-result="ok"]');
    await result.waitFor();
    const added = Number(await result.locator('tr[data-kind="highlights"]').getAttribute('data-added'));
    assert.equal(added, Object.keys(sourceHighlights).length);
    const imported = await fresh.readStorage();
    assert.deepEqual(pick(imported, 'hl:'), sourceHighlights);
    assert.deepEqual(pick(imported, 'article:'), pick(source, 'article:'));
    // The imported library lists the same articles.
    assert.deepEqual(
      await other.locator('.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-key')).sort()),
      await page.locator('.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-key')).sort()),
    );

    // The same file again: nothing added or updated, nothing written, storage unchanged.
    await other.locator('[data-action="close-import"]').click();
    await other.locator('[data-action="import-json"]').setInputFiles(file);
    await result.waitFor();
    assert.equal(await result.getAttribute('data-written'), '0');
    await screenshot(other, 'library-import-again');
    const row = result.locator('tr[data-kind="highlights"]');
    assert.deepEqual([await row.getAttribute('data-added'), await row.getAttribute('data-updated')], ['0', '0']);
    assert.deepEqual(await fresh.readStorage(), imported);
  } finally {
    await fresh.close();
  }
});

test('library: an invalid JSON file shows its problems and imports nothing', async ({ newPage, browser, screenshot, tempDir }) => {
  const page = await newPage();
  await openLibrary(page, browser);
  const before = await browser.readStorage();
  const dir = tempDir('rr-bad-');
  const good = {
    id: 'b2c1e1f0-0000-4000-8000-000000000001', articleKey: 'people:40232587', color: 'green', note: '',
    selectors: { quote: { exact: '向良种要产量', prefix: '', suffix: '' }, position: { start: 10, end: 16 }, textHash: 'x' },
    createdAt: '2024-05-10T00:00:00.000Z', updatedAt: '2024-05-10T00:00:00.000Z',
  };
  const bad = { ...good, id: 'b2c1e1f0-0000-4000-8000-000000000002', color: 'orange', selectors: undefined };
  const badFile = join(dir, 'bad.json');
  writeFileSync(badFile, JSON.stringify({ format: 'renmin-reader-export', schemaVersion: 1, articles: [], highlights: [good, bad], corrections: {} }));
  await page.locator('[data-action="import-json"]').setInputFiles(badFile);
  const error = page.locator('[data-import-result="error"]');
  await error.waitFor();
  const problems = await error.locator('[data-import-problems] li').allTextContents();
  assert.ok(problems.some((p) => /highlights\[1\]\.color/.test(p)), problems.join(' | '));
  assert.ok(problems.some((p) => /highlights\[1\]\.selectors/.test(p)), problems.join(' | '));
  await screenshot(page, 'library-import-invalid');
  assert.deepEqual(await browser.readStorage(), before, 'the valid highlight in the same file was not imported either');

  const notJson = join(dir, 'notes.json');
  writeFileSync(notJson, '这不是 JSON');
  await page.locator('[data-action="close-import"]').click();
  await page.locator('[data-action="import-json"]').setInputFiles(notJson);
  await error.waitFor();
  assert.match((await error.textContent()) ?? '', /not a JSON file/);
  assert.deepEqual(await browser.readStorage(), before);
});
