/** Dates, figures, outline and glossary of real articles: in the panel and as marks in the text. */
import assert from 'node:assert/strict';
import { test } from './harness';
import { waitAnalysed } from './page-helpers';
import { panel } from './ui';

const FINANCE = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
const EPAPER = 'http://paper.people.com.cn/rmrb/pc/content/202405/10/content_30090401.html';

test('dates and figures are marked in the article and listed in the panel', async ({ newPage, screenshot }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  await waitAnalysed(page);
  const frame = await panel(page);

  const date = page.locator('.rm_txt_con mark[data-rr-kind="date"]').first();
  assert.equal(await date.textContent(), '5月9日');
  assert.equal(await date.getAttribute('data-rr-value'), '"2024-05-09"');
  const figure = page.locator('.rm_txt_con mark[data-rr-kind="figure"]', { hasText: '8500多万亩' });
  assert.equal(await figure.getAttribute('data-rr-value'), '85000000');
  const timeline = frame.locator('[data-section="dates"] .timeline li');
  assert.ok((await timeline.count()) >= 5);
  assert.match((await timeline.first().textContent()) ?? '', /2019年/);
  assert.ok((await frame.locator('[data-section="dates"] .figures tr').count()) >= 20);

  await frame.locator('[data-action="jump-figure"]', { hasText: '9600平方公里' }).click();
  // Smooth scrolling takes a moment; the figure must end up in view.
  await page.waitForFunction(() => {
    const r = Array.from(document.querySelectorAll('mark[data-rr-kind]')).find((m) => m.textContent === '9600平方公里')!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  await screenshot(page, 'dates-figures');
});

test('turning the marks off restores the page DOM exactly; on again brings them back', async ({ newPage }) => {
  const page = await newPage();
  // The e-paper article: no other test saves highlights there (highlights are not "marks").
  await page.goto(EPAPER);
  await waitAnalysed(page);
  const frame = await panel(page);
  // The body as the server sent it, parsed afresh (the saved page runs no scripts of its own).
  const pristine = await page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').querySelector('#ozoom')!.innerHTML;
  });
  assert.notEqual(await page.evaluate(() => document.querySelector('#ozoom')!.innerHTML), pristine);

  await frame.locator('[data-action="toggle-marks"]').click();
  await page.locator('#ozoom mark[data-rr-kind]').first().waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.querySelector('#ozoom')!.innerHTML), pristine);

  await page.reload();
  await waitAnalysed(page);
  assert.equal(await page.locator('mark[data-rr-kind]').count(), 0, 'the switch is remembered');
  await (await panel(page)).locator('[data-action="toggle-marks"]').click();
  await page.locator('mark[data-rr-kind="date"]').first().waitFor();
});

test('the outline navigates, the glossary lists real terms with pinyin and glosses', async ({ newPage, screenshot }) => {
  const page = await newPage();
  await page.goto(FINANCE);
  await waitAnalysed(page);
  const frame = await panel(page);

  const heads = await frame.locator('[data-section="outline"] .outline-item').allTextContents();
  assert.deepEqual(heads.slice(0, 2), ['扛稳粮食安全重任，加快建设农业强省', '系统谋划推进改革，科技创新跑出加速度']);
  assert.ok((await frame.locator('.summary-line').count()) >= 2);
  const henan = frame.locator('.term', { hasText: '河南' }).first();
  assert.match((await henan.textContent()) ?? '', /hé nán.*Henan/);
  const wang = frame.locator('.term', { hasText: '王凯' });
  assert.match((await wang.textContent()) ?? '', /河南省委副书记、省长/);
  // Every kind badge stands on one line (a two-character kind broke into 术/语 beside a long name).
  const badges = await frame.locator('.term-kind').evaluateAll((els) => els.map((el) => {
    const style = getComputedStyle(el);
    return { text: el.textContent, height: el.getBoundingClientRect().height, line: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6 };
  }));
  assert.ok(badges.length > 5);
  for (const b of badges) assert.ok(b.height < b.line * 1.5, `the badge ${b.text} takes ${b.height} px, over one line of ${b.line}`);

  await page.evaluate(() => scrollTo(0, 0));
  await frame.locator('[data-action="jump-outline"]', { hasText: '生态优先' }).click();
  await page.waitForFunction(() => {
    const p = Array.from(document.querySelectorAll('.rm_txt_con p')).find((x) => x.textContent!.includes('生态优先、绿色发展，推进黄河'))!;
    const r = p.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });

  const term = frame.locator('[data-action="jump-term"]', { hasText: '黄河' }).first();
  await term.click();
  await term.click();
  assert.ok((await page.locator('mark[data-rr-term="黄河"]').count()) >= 2);
  await screenshot(page, 'outline-glossary');

  const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-action="export-glossary-anki"]').click()]);
  const path = await download.path();
  const tsv = (await import('node:fs')).readFileSync(path!, 'utf8');
  assert.match(tsv, /^#separator:tab\n#html:true\n#columns:Term\tPinyin\tGloss\tSentence\tTitle\tURL\tTags\n#tags column:7\n/);
  assert.match(tsv, /\n河南\thé nán\tHenan Province\t/);

  // The CSV opens right in Excel on Chinese Windows: it starts with the UTF-8 byte order mark.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-action="export-glossary-csv"]').click()]);
  const csv = (await import('node:fs')).readFileSync((await csvDownload.path())!);
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(csv.subarray(3, 8).toString('utf8'), 'term,');
});
