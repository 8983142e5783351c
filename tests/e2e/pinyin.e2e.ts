/** Pinyin on hover and ruby mode on real pages, in headless Chromium. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listTestPages } from '../../scripts/lib/test-pages';
import type { Page } from 'playwright-core';
import { test } from './harness';
import { pointAt, waitAnalysed } from './page-helpers';
import { PageUi, panel } from './ui';

const POLITICS = 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html';
const FINANCE = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';

/** Turn pinyin on (it is remembered across tests in one profile) and wait for the dictionary. */
async function pinyinOn(page: Page): Promise<void> {
  const frame = await panel(page);
  const toggle = frame.locator('[data-action="toggle-pinyin"]');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await frame.locator('[data-action="toggle-pinyin"][aria-pressed="true"]').waitFor();
  await frame.locator('.status').waitFor({ state: 'detached' });
}

/**
 * Hover `word` (its first character) and wait for its popup. `context` (holding the word) picks an
 * occurrence in the article text, where the header lines left out of the body repeat it.
 */
async function hover(page: Page, word: string, context = word): Promise<PageUi> {
  const ui = new PageUi(page);
  const { x, y } = await pointAt(page, context, 0, context.indexOf(word));
  await page.mouse.move(x, y);
  await ui.waitFor('[data-rr-popup]');
  return ui;
}

test('hovering a word shows its pinyin in context and its meaning', async ({ newPage, screenshot }) => {
  const page = await newPage();
  await page.goto(POLITICS);
  await waitAnalysed(page);
  await pinyinOn(page);

  // 航天 first stands in the 题： line, a header line that is not article text.
  const cases: [string, string, string?][] = [
    ['玻利维亚', 'bō lì wéi yà'],
    ['航天', 'háng tiān', '航天科技是当今世界'],
    ['重大', 'zhòng dà'],
  ];
  for (const [word, reading, context] of cases) {
    // Move off first: a popup left open over the next word would (rightly) keep the pointer.
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
    const ui = await hover(page, word, context);
    assert.equal(await ui.text('[data-rr-popup] .popup-word'), word);
    assert.equal((await ui.text('[data-rr-popup] [data-rr-pinyin]'))?.trim(), reading);
  }
  await screenshot(page, 'pinyin-popup');

  await page.keyboard.press('Escape');
  await new PageUi(page).waitFor('[data-rr-popup]', { gone: true });
});

test('the pinyin switch is remembered, and a corrected reading is kept', async ({ newPage }) => {
  // A word with a second reading to correct to (重 zhòng / chóng); 国务院 has none (and is read
  // here as part of 国务院新闻办), so a "correction" there could only re-choose the reading it had.
  const WORD = '重任';
  const page = await newPage();
  await page.goto(FINANCE);
  await waitAnalysed(page);
  await pinyinOn(page);
  let ui = await hover(page, WORD);
  assert.equal(await ui.text('.popup-word'), WORD);
  const original = (await ui.text('[data-rr-pinyin]'))?.trim();
  await ui.click('[data-action="correct-reading"]');
  await ui.waitFor('[data-action="choose-reading"]');
  const choices: string[] = [];
  for (let i = 1; i <= (await ui.count('[data-action="choose-reading"]')); i++) choices.push((await ui.text(`.popup-alts > [data-action="choose-reading"]:nth-of-type(${i})`)) ?? '');
  const other = choices.find((t) => t !== original);
  assert.ok(other, `an alternative reading is offered: ${choices.join(', ')}`);
  await ui.click(`.popup-alts > [data-action="choose-reading"]:nth-of-type(${choices.indexOf(other) + 1})`);

  await page.reload();
  await (await panel(page)).locator('[data-action="toggle-pinyin"][aria-pressed="true"]').waitFor();
  await waitAnalysed(page);
  await (await panel(page)).locator('.status').waitFor({ state: 'detached' });
  await page.mouse.move(2, 2);
  ui = await hover(page, WORD);
  assert.equal((await ui.text('[data-rr-pinyin]'))?.trim(), other);

  // Reset the correction (it is stored for the profile, and later tests share the profile), and
  // prove the reset holds: the popup goes back to the reading it had, also after a reload.
  const pinyinIs = async (want: string) => {
    const deadline = Date.now() + 10000;
    while ((await ui.text('[data-rr-pinyin]'))?.trim() !== want) {
      if (Date.now() > deadline) throw new Error(`the popup never read ${want}`);
      await page.waitForTimeout(50);
    }
  };
  await ui.click('[data-action="correct-reading"]');
  await ui.click('[data-action="reset-reading"]');
  await pinyinIs(original!);
  await page.reload();
  await waitAnalysed(page);
  await (await panel(page)).locator('.status').waitFor({ state: 'detached' });
  await page.mouse.move(2, 2);
  ui = await hover(page, WORD);
  await pinyinIs(original!);
  assert.equal(await ui.count('.popup-badge'), 0);
});

test('ruby mode puts pinyin over the text, copying gives only the Chinese, and off restores the page', async ({ newPage, screenshot }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  await waitAnalysed(page);
  const before = await page.evaluate(() => document.querySelector('.rm_txt_con')!.innerHTML);
  const index = await page.evaluate(() => Array.from(document.querySelectorAll('.rm_txt_con p')).findIndex((x) => x.textContent!.includes('向良种要产量')));

  const frame = await panel(page);
  await frame.locator('[data-action="toggle-ruby"]').click();
  await page.locator('ruby[data-rr-ruby] rt').first().waitFor();
  await page.evaluate(() => document.querySelector('.rm_txt_con')!.scrollIntoView());
  await screenshot(page, 'ruby');
  const copied = await page.evaluate((i) => {
    const p = document.querySelectorAll('.rm_txt_con p')[i];
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    // The copy event a browser fires for Ctrl+C; what the handlers put in clipboardData is what gets copied.
    const dt = new DataTransfer();
    document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData('text/plain');
  }, index);
  assert.match(copied, /^向良种要产量。河南大力实施种业振兴行动/);
  assert.doesNotMatch(copied, /[āáǎàēéěèīíǐìōóǒòūúǔù]/);

  await frame.locator('[data-action="toggle-ruby"]').click();
  await page.locator('ruby[data-rr-ruby]').first().waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.querySelector('.rm_txt_con')!.innerHTML), before);
});

for (const page of listTestPages()) {
  const expected = JSON.parse(readFileSync(join(page.dir, 'expected.json'), 'utf8'));
  if (!expected.isArticle || expected.language !== 'zh') continue;
  test(`hover and ruby work on ${page.name}`, async ({ newPage }) => {
    const tab = await newPage();
    await tab.goto(page.url);
    await waitAnalysed(tab);
    await pinyinOn(tab);
    // The first word of two Han characters in the body, read from the text itself, at its place in
    // the body (a header line left out of the body may repeat it earlier on the page).
    const m = /[\u4e00-\u9fff]{2}/.exec(expected.bodyStart)!;
    const context = expected.bodyStart.slice(0, m.index + 2);

    await tab.mouse.move(2, 2);
    const ui = await hover(tab, m[0], context);
    assert.match((await ui.text('[data-rr-pinyin]')) ?? '', /[a-zü]/);

    const frame = await panel(tab);
    await frame.locator('[data-action="toggle-ruby"]').click();
    await tab.locator('ruby[data-rr-ruby] rt').first().waitFor();
    await frame.locator('[data-action="toggle-ruby"]').click();
    await tab.locator('ruby[data-rr-ruby]').first().waitFor({ state: 'detached' });
  });
}
