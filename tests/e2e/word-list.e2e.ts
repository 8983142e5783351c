/**
 * The word list in Chromium: a word saved from the popup is marked in another article, listed in
 * the library with its sentence, exported for Anki, deleted with undo; a glossary term saved with
 * its star; known words lose their ruby. And read aloud: the controls do what this browser's
 * voices allow, and say so when there is no Chinese voice.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './harness';
import type { ExtensionBrowser } from './browser';
import { selectText, waitAnalysed } from './page-helpers';
import { PageUi, panel } from './ui';
import { FINANCE, POLITICS, extensionUrl, withSettings, type ChromeApi } from './shell-helpers';
import { parseExport } from '../../lib/store';
import { versionedFixtures } from '../lib/store/fixtures';
import { downloaded, hoverWord, setPinyin } from './word-helpers';
import { pickChineseVoice, type VoiceInfo } from '../../lib/speech/voices';

/** Open the library on its word list. */
async function openWordList(page: Page, browser: ExtensionBrowser): Promise<void> {
  await page.goto(await extensionUrl(browser, 'library.html'));
  await page.locator('[data-action="show-words"]').click();
  await page.locator('.words-tab .totals').waitFor();
}

/** Delete every saved word of `word` through the library (tests share one profile). */
async function forget(page: Page, browser: ExtensionBrowser, word: string): Promise<void> {
  await openWordList(page, browser);
  while ((await page.locator(`.word[data-word="${word}"]`).count()) > 0) {
    const before = await page.locator('.word').count();
    await page.locator(`.word[data-word="${word}"] [data-action="delete-word"]`).first().click();
    await page.waitForFunction((n) => document.querySelectorAll('.word').length < n, before);
  }
}

test('a word saved from the popup is marked in another article, found in the library with its sentence, exported for Anki, deleted with undo', async ({ newPage, browser, tempDir, screenshot }) => {
  const politics = await newPage();
  await politics.goto(POLITICS);
  await waitAnalysed(politics);
  await setPinyin(politics, true);
  const ui = await hoverWord(politics, '治理');
  await ui.click('[data-action="save-word"]');
  await ui.waitFor('[data-action="save-word"][aria-pressed="true"]');
  await politics.locator('mark[data-rr-kind="saved-word"]').first().waitFor();

  // Another article: the word is marked where it stands as a word.
  const finance = await newPage();
  await finance.goto(FINANCE);
  await waitAnalysed(finance);
  await finance.locator('mark[data-rr-kind="saved-word"]').first().waitFor();
  const marked = await finance.locator('mark[data-rr-kind="saved-word"]').allTextContents();
  assert.ok(marked.length > 0 && marked.every((t) => t === '治理'), `marks: ${marked.join(', ')}`);

  // Two words saved earlier (the v2 fixture's), so the list has more than one.
  const earlier = Object.fromEntries(parseExport(versionedFixtures().at(-1)![1]).data.words.filter((w) => !w.deletedAt).map((w) => [`word:${w.id}`, w]));
  await (await browser.serviceWorker()).evaluate((items) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set(items), earlier);

  const library = await newPage();
  await openWordList(library, browser);
  await library.locator('.word').nth(2).waitFor();
  assert.deepEqual(await library.locator('.word').evaluateAll((els) => els.map((e) => e.getAttribute('data-word'))), ['治理', '重任', '赓续']);
  await screenshot(library, 'word-list');
  await library.locator('[data-action="search-words"]').fill('zhili');
  const card = library.locator('.word[data-word="治理"]');
  await card.waitFor();
  assert.equal(await library.locator('.word').count(), 1);
  assert.equal((await card.locator('.word-pinyin').textContent())?.trim(), 'zhì lǐ');
  assert.match((await card.locator('.word-def').textContent()) ?? '', /to govern/);
  assert.equal(await card.locator('.word-sentence strong').textContent(), '治理');
  assert.match((await card.locator('[data-action="open-word-source"]').getAttribute('href')) ?? '', /40223222\.html$/);
  await library.locator('[data-action="search-words"]').fill('');

  const file = await downloaded(library, '[data-action="export-words-anki"]', tempDir('rr-words-'));
  assert.match(file.name, /\.tsv$/);
  const lines = file.text.trimEnd().split('\n');
  assert.equal(lines[2], '#columns:Word\tReading\tDefinition\tSentence\tSource\tURL\tTags');
  const note = lines.find((l) => l.startsWith('治理\t'))?.split('\t');
  assert.ok(note, 'a note for 治理');
  assert.equal(note![1], 'zhì lǐ');
  assert.match(note![2], /to govern/);
  assert.match(note![3], /<b>治理<\/b>/);
  assert.match(note![4], /^<a href="http:\/\/politics\.people\.com\.cn\/n1\/2024\/0424\/c1001-40223222\.html">.*航天.*<\/a>$/);
  assert.equal(note![5], POLITICS);

  await card.locator('[data-action="delete-word"]').click();
  await card.waitFor({ state: 'detached' });
  await library.locator('[data-action="undo-word"]').click();
  await card.waitFor();
  await forget(library, browser, '治理');
  await (await browser.serviceWorker()).evaluate((keys) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.remove(keys), Object.keys(earlier));
});

test('a glossary term saved with its star is in the word list; known words lose their ruby', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  await waitAnalysed(page);
  const frame = await panel(page);
  const row = frame.locator('[data-section="glossary"] .term[data-rr-term="王凯"]');
  await row.waitFor({ timeout: 20000 });
  await row.locator('[data-action="save-term"]').click();
  await row.locator('[data-action="save-term"][aria-pressed="true"]').waitFor();

  const live = async () => Object.values(await browser.readStorage()).filter((v) => (v as { word?: string }).word === '王凯' && !(v as { deletedAt?: string }).deletedAt) as { pinyin: string; sentence: string }[];
  for (const deadline = Date.now() + 5000; !(await live()).length && Date.now() < deadline;) await page.waitForTimeout(50);
  const stored = await live();
  assert.equal(stored.length, 1);
  assert.match(stored[0].pinyin, /^Wáng/);
  assert.ok(stored[0].sentence.includes('王凯'), stored[0].sentence);

  const rubyOver = (word: string) => page.evaluate((w) => Array.from(document.querySelectorAll('ruby[data-rr-ruby]')).some((r) => r.firstChild!.textContent === w[0] && r.nextElementSibling?.firstChild?.textContent === w[1]), word);
  await withSettings(browser, { ruby: true, knownWords: false }, async () => {
    await page.locator('ruby[data-rr-ruby]').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('ruby[data-rr-ruby]').length > 500);
    assert.equal(await rubyOver('王凯'), true);
  });
  await withSettings(browser, { ruby: true, knownWords: true }, async () => {
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('ruby[data-rr-ruby]')).some((r) => r.firstChild!.textContent === '凯'));
    assert.equal(await rubyOver('河南'), true, 'other words keep their ruby');
  });
  await page.locator('ruby[data-rr-ruby]').first().waitFor({ state: 'detached' });
  await forget(await newPage(), browser, '王凯');
});

test('read aloud: the popup\'s and the selection toolbar\'s controls read with a Chinese voice, or say that the browser has none', async ({ newPage }) => {
  const page = await newPage();
  await page.goto(POLITICS);
  await waitAnalysed(page);
  await setPinyin(page, true);
  // This browser's voices, as the page sees them once it has listed them (Chromium lists them late).
  const voices = (await page.evaluate(`new Promise((resolve) => {
    const list = () => speechSynthesis.getVoices().map((v) => ({ name: v.name, lang: v.lang, localService: v.localService }));
    speechSynthesis.addEventListener('voiceschanged', () => resolve(list()));
    setTimeout(() => resolve(list()), 2500);
  })`)) as VoiceInfo[];
  const expected = pickChineseVoice(voices) ? 'available' : 'none';
  console.log(`    this Chromium lists ${voices.length} voices; a Chinese one: ${expected === 'available' ? pickChineseVoice(voices)!.name : 'none'}`);

  // Where 航天 is article text (its first occurrence, in the 题： line, is not).
  const ui = await hoverWord(page, '航天科技');
  await ui.waitFor(`[data-action="speak-word"][data-rr-speech="${expected}"]`);
  if (expected === 'none') {
    assert.equal(await ui.attribute('[data-action="speak-word"]', 'aria-disabled'), 'true');
    assert.equal(await ui.text('[data-action="speak-word"]'), '没有中文语音');
    assert.match((await ui.attribute('[data-action="speak-word"]', 'title')) ?? '', /中文（zh-CN）语音/);
  } else {
    await ui.click('[data-action="speak-word"]');
    await page.waitForFunction(() => speechSynthesis.speaking || speechSynthesis.pending);
    await page.evaluate(() => speechSynthesis.cancel());
  }
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');

  await selectText(page, '航天科技是当今世界科技发展的重要领域');
  const toolbar = new PageUi(page);
  await toolbar.waitFor(`.toolbar [data-action="speak-selection"][data-rr-speech="${expected}"]`);
  if (expected === 'none') assert.equal(await toolbar.text('.toolbar [data-action="speak-selection"]'), '没有中文语音');
  else {
    await toolbar.click('.toolbar [data-action="speak-selection"]');
    await page.waitForFunction(() => speechSynthesis.speaking || speechSynthesis.pending);
    await page.evaluate(() => speechSynthesis.cancel());
  }
});
