/**
 * The word popup in Chromium: a resting pointer gets it once the dictionary is in; it never comes
 * up empty for text with meaning (a compound's parts, a date's and a figure's values, a name's
 * surname); every sense and measure word; keys to step, save and close; it keeps clear of the panel
 * and goes when the note editor opens.
 */
import assert from 'node:assert/strict';
import { test } from './harness';
import { highlight, putCaret, waitAnalysed, waitSaved } from './page-helpers';
import { PageUi, panel } from './ui';
import { pointAt } from './page-helpers';
import { FINANCE, POLITICS, writeSettings } from './shell-helpers';
import { command, hoverWord as hover, setPinyin, waitPopupWord as waitWord } from './word-helpers';

test('a pointer that rests on a word while the dictionary loads gets its popup once it is ready', async ({ newPage, browser }) => {
  // Pinyin and ruby off: the page loads without asking for its words.
  await writeSettings(browser, { pinyin: false, ruby: false });
  const page = await newPage();
  await page.goto(POLITICS);
  await waitAnalysed(page);
  const { x, y } = await pointAt(page, '玻利维亚');
  const frame = await panel(page);
  const ui = new PageUi(page);
  // The background busy for 3 s, as on a slow machine that is still loading the dictionary:
  // the words asked for when pinyin is turned on come only after that.
  const busy = (await browser.serviceWorker()).evaluate(() => { const end = Date.now() + 3000; while (Date.now() < end); });

  // Pinyin on (the words are asked for now), then one move onto the word, then nothing.
  await frame.locator('[data-action="toggle-pinyin"]').click();
  await page.mouse.move(x, y);
  await page.waitForTimeout(500);
  assert.equal(await ui.count('[data-rr-popup]'), 0, 'no popup while the words are not in');
  await busy;

  await ui.waitFor('[data-rr-popup]', { timeout: 20000 });
  assert.equal(await ui.text('[data-rr-popup] .popup-word'), '玻利维亚');
  await page.mouse.move(2, 2);
});

test('a pointer resting on a word gets its popup when pinyin is turned on from the keyboard', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  await waitAnalysed(page);
  await setPinyin(page, false);
  const { x, y } = await pointAt(page, '王凯');
  await page.mouse.move(x, y);
  const ui = new PageUi(page);

  await command(browser, FINANCE, 'toggle-pinyin');

  await ui.waitFor('[data-rr-popup]', { timeout: 20000 });
  assert.equal(await ui.text('[data-rr-popup] .popup-word'), '王凯');
  await page.mouse.move(2, 2);
});

test('the popup never comes up empty: a compound\'s parts, a date and a figure with their values, a name with its surname', async ({ newPage }) => {
  const politics = await newPage();
  await politics.goto(POLITICS);
  await waitAnalysed(politics);
  await setPinyin(politics, true);

  let ui = await hover(politics, '人类命运共同体');
  assert.equal(await ui.text('.popup-word'), '人类命运共同体');
  assert.deepEqual(
    await ui.call('[data-rr-popup]', 'function () { return Array.from(this.querySelectorAll("[data-rr-part]")).map((p) => p.getAttribute("data-rr-part")); }'),
    ['人类', '命运', '共同体'],
  );
  assert.match((await ui.text('[data-rr-part="共同体"]')) ?? '', /community/);
  assert.equal(await ui.count('[data-rr-popup] .popup-none'), 0);
  assert.equal(await ui.count('[data-rr-popup] [data-rr-attribution]'), 1);

  const finance = await newPage();
  await finance.goto(FINANCE);
  await waitAnalysed(finance);
  await (await panel(finance)).locator('.status').waitFor({ state: 'detached' });

  // 5月9日 in an article published 2024-05-10: the date the marks give it.
  ui = await hover(finance, '5月9日');
  assert.equal(await ui.attribute('[data-rr-fact="date"]', 'data-rr-value'), '"2024-05-09"');
  assert.match((await ui.text('[data-rr-fact="date"]')) ?? '', /2024/);
  // Named whole, as its mark (the words layer has 5月 and 9日), with no half reading (yuè) and nothing to save.
  assert.equal(await ui.text('.popup-word'), '5月9日');
  assert.equal(await ui.count('[data-rr-popup] .popup-pinyin'), 0);
  assert.equal(await ui.count('[data-rr-popup] [data-action="save-word"]'), 0);

  // 增长22.6%: a figure written in digits has no reading, and still a popup.
  ui = await hover(finance, '22.6%');
  assert.equal(await ui.attribute('[data-rr-fact="figure"]', 'data-rr-value'), '0.226');
  assert.match((await ui.text('[data-rr-fact="figure"]')) ?? '', /22\.6%/);

  ui = await hover(finance, '王凯');
  const person = (await ui.text('[data-rr-fact="person"]')) ?? '';
  assert.match(person, /Wáng/);
  assert.match(person, /surname Wang/);
});

test('the popup shows every sense, the measure words and the CC-CEDICT attribution', async ({ newPage }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  await waitAnalysed(page);
  await setPinyin(page, true);

  // 文章: five senses in CC-CEDICT (the fifth, "hidden meaning", was cut before) and three measure words.
  const ui = await hover(page, '文章');
  const senses = (await ui.text('[data-rr-entry] .popup-senses')) ?? '';
  assert.equal(senses, 'article; essay; literary works; writings; hidden meaning');
  assert.match((await ui.text('[data-rr-measure]')) ?? '', /篇\s*piān.*段\s*duàn.*页\s*yè/);
  assert.match((await ui.text('[data-rr-attribution]')) ?? '', /CC-CEDICT/);

  // The traditional mirror: 糧食's measure word written as the page writes, 種, not 种.
  const big5 = await newPage();
  await big5.goto('http://finance.people.com.cn/BIG5/n1/2024/0510/c1004-40232587.html');
  await waitAnalysed(big5);
  const grain = await hover(big5, '糧食');
  assert.equal(await grain.text('.popup-word'), '糧食');
  assert.match((await grain.text('[data-rr-measure]')) ?? '', /種\s*zhǒng/);
});

test('keys step through the words, save one and close; the caret stays at the last word', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(POLITICS);
  await waitAnalysed(page);
  await putCaret(page, '玻利维亚', 2);
  await command(browser, POLITICS, 'lookup-word');
  const ui = new PageUi(page);
  await ui.waitFor('[data-rr-popup]');
  assert.equal(await ui.text('.popup-word'), '玻利维亚');

  await page.keyboard.press('n');
  const next = await waitWord(ui, (w) => w !== '玻利维亚');
  await page.keyboard.press('b');
  await waitWord(ui, (w) => w === '玻利维亚');
  await page.keyboard.press('r');
  await ui.waitFor('[data-action="save-word"][aria-pressed="true"]');

  const stored = Object.values(await browser.readStorage()).filter((v) => (v as { word?: string }).word === '玻利维亚') as { sentence: string; url: string; deletedAt?: string }[];
  assert.equal(stored.length, 1);
  assert.match(stored[0].sentence, /^玻利维亚驻华公使衔参赞罗满月说/);
  assert.equal(stored[0].url, POLITICS);

  await page.keyboard.press('n');
  await waitWord(ui, (w) => w === next);
  await page.keyboard.press('Escape');
  await ui.waitFor('[data-rr-popup]', { gone: true });
  const caret = await page.evaluate((n) => { const s = getSelection()!; return s.anchorNode?.textContent?.slice(s.anchorOffset, s.anchorOffset + n); }, next.length);
  assert.equal(caret, next);

  // Leave the profile as it was: delete the saved word again through its popup.
  await command(browser, POLITICS, 'lookup-word');
  await ui.waitFor('[data-rr-popup]');
  await page.keyboard.press('b');
  await waitWord(ui, (w) => w === '玻利维亚');
  await ui.click('[data-action="save-word"]');
  await ui.waitFor('[data-action="save-word"][aria-pressed="false"]');
});

test('the popup keeps clear of the panel, and goes when the note editor opens', async ({ newPage }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  await waitAnalysed(page);
  await setPinyin(page, true);
  const frame = await panel(page);
  const frameBox = (await (await frame.frameElement()).boundingBox())!;

  // The last character of a line runs up to the panel's edge: the popup must stay left of it.
  const ui = new PageUi(page);
  await page.evaluate(() => document.querySelector('.rm_txt_con p:nth-of-type(3)')!.scrollIntoView({ block: 'center' }));
  const edge = await page.evaluate(`(() => {
    let best = null;
    const walker = document.createTreeWalker(document.querySelector('.rm_txt_con'), NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      for (let i = 0; i < t.data.length; i++) {
        if (!/[\u4e00-\u9fff]/.test(t.data[i])) continue;
        const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 1);
        const b = r.getBoundingClientRect();
        if (b.top > 100 && b.bottom < innerHeight - 300 && (!best || b.right > best.right)) best = { right: b.right, x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    return best;
  })()`) as { x: number; y: number };
  await page.mouse.move(edge.x, edge.y);
  await ui.waitFor('[data-rr-popup]');
  const box = await ui.box('[data-rr-popup]');
  assert.ok(box.x + box.width <= frameBox.x, `popup ${box.x}+${box.width} reaches under the panel at ${frameBox.x}`);

  await highlight(page, '扛稳粮食安全重任');
  await waitSaved(page, '扛稳粮食安全重任');
  await hover(page, '加快建设农业强省');
  await page.locator('mark[data-rr-kind="highlight"]', { hasText: '扛稳' }).first().click();
  await frame.locator('[data-rr-editor] textarea').waitFor();
  await ui.waitFor('[data-rr-popup]', { gone: true });
  await frame.locator('[data-rr-editor] textarea').fill('笔记');
  assert.equal(await frame.locator('[data-rr-editor] textarea').inputValue(), '笔记');
  await frame.locator('[data-rr-editor] [data-action="delete-highlight"]').click();
});

test('Chinese outside the article body gets the popup too: the headline, the wire header line; a word saved there keeps its line as the sentence', async ({ newPage, browser, screenshot }) => {
  const page = await newPage();
  await page.goto(POLITICS);
  await waitAnalysed(page);
  await setPinyin(page, true);
  const ui = new PageUi(page);

  // The headline (an <h1> the article text does not hold).
  await page.mouse.move(2, 2);
  const head = await pointAt(page, '惠及', 0, 0, 'h1');
  await page.mouse.move(head.x, head.y);
  await ui.waitFor('[data-rr-popup]');
  assert.equal(await ui.text('[data-rr-popup] .popup-word'), '惠及');
  assert.match((await ui.text('[data-rr-popup]')) ?? '', /huì\s*jí/);
  await screenshot(page, 'popup-headline');

  // The wire header line (新华社北京4月24日电　题：…), taken out of the article text.
  await page.mouse.move(2, 2);
  await ui.waitFor('[data-rr-popup]', { gone: true });
  const header = await pointAt(page, '航天技术', 0, 0, '.rm_txt_con p');
  await page.mouse.move(header.x, header.y);
  await ui.waitFor('[data-rr-popup]');
  assert.equal(await ui.text('[data-rr-popup] .popup-word'), '航天');

  // Its dateline's date, with the value worked out against the publication date.
  await page.mouse.move(2, 2);
  await ui.waitFor('[data-rr-popup]', { gone: true });
  const dateline = await pointAt(page, '4月24日电', 0, 0, '.rm_txt_con p');
  await page.mouse.move(dateline.x, dateline.y);
  await ui.waitFor('[data-rr-popup] [data-rr-fact="date"]');
  assert.equal(await ui.text('[data-rr-popup] .popup-word'), '4月24日');
  assert.equal(await ui.attribute('[data-rr-fact="date"]', 'data-rr-value'), '"2024-04-24"');

  // A person's name is written as the orthography writes names, in the glossary and in the popup.
  const xi = (await panel(page)).locator('.term', { hasText: '习近平' }).first();
  assert.match((await xi.locator('.term-pinyin').textContent()) ?? '', /^Xí Jìnpíng$/);
  await page.mouse.move(2, 2);
  await ui.waitFor('[data-rr-popup]', { gone: true });
  const xiInText = await pointAt(page, '习近平主席的贺信');
  await page.mouse.move(xiInText.x, xiInText.y);
  await ui.waitFor('[data-rr-popup]');
  assert.equal(await ui.text('[data-rr-popup] .popup-pinyin'), 'Xí Jìnpíng');
  await page.mouse.move(2, 2);
  await ui.waitFor('[data-rr-popup]', { gone: true });
  const headerAgain = await pointAt(page, '航天技术', 0, 0, '.rm_txt_con p'); // the page scrolled
  await page.mouse.move(headerAgain.x, headerAgain.y);
  await ui.waitFor('[data-rr-popup]');

  // Saved with the R key (the focus back on the page: the panel's switch had it): the line it was read in is its sentence.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('r');
  await ui.waitFor('[data-action="save-word"][aria-pressed="true"]');
  const stored = await (await browser.serviceWorker()).evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null);
    return Object.entries(all).filter(([k]) => k.startsWith('word:')).map(([, v]) => v as { word: string; sentence: string; deletedAt?: string | null; id: string });
  });
  const saved = stored.find((w) => w.word === '航天' && !w.deletedAt);
  assert.ok(saved, JSON.stringify(stored));
  assert.match(saved!.sentence, /题：促进航天技术更好惠及人民/);
  // Deleted again from the popup (tests share one profile).
  await ui.click('[data-action="save-word"]');
  await ui.waitFor('[data-action="save-word"][aria-pressed="false"]');
  await page.mouse.move(2, 2);
});
