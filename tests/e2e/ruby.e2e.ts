/**
 * Ruby mode typeset as a textbook does, checked by geometry in Chromium on real pages:
 * no syllable touches a character of any line or another syllable, and two characters of one
 * word move apart only as far as their syllables need.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from './harness';
import { waitAnalysed } from './page-helpers';
import { panel } from './ui';
import { measureRuby } from './ruby-geometry';
import { withSettings } from './shell-helpers';

const PAGES = [
  { name: 'finance', url: 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html', body: '.rm_txt_con' },
  { name: 'politics', url: 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html', body: '.rm_txt_con' },
];

/**
 * The bound on the gap between two characters of one word, in em of the text: the widest
 * syllables (zhuàng, chuǎng, shuāng: 3.5 of the syllables' size, which is 0.625 em over 16 px text)
 * side by side need (3.5 + 3.5) / 2 × 0.625 + 0.25 × 0.625 − 1 = 1.27 em. Pairs whose syllables fit
 * over their characters keep the page's own spacing (a gap under half a pixel).
 */
const MAX_IN_WORD_GAP_EM = 1.3;

/** Turn ruby on (remembered in the profile) and wait until it is drawn and spaced. */
async function rubyOn(page: Page): Promise<void> {
  const toggle = (await panel(page)).locator('[data-action="toggle-ruby"]');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.locator('ruby[data-rr-ruby] rt').first().waitFor();
  // The spacing is written once the syllables are measured, right after the layer is in the page.
  await page.waitForTimeout(300);
}

async function rubyOff(page: Page): Promise<void> {
  const toggle = (await panel(page)).locator('[data-action="toggle-ruby"]');
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
  await page.locator('ruby[data-rr-ruby]').first().waitFor({ state: 'detached' });
}

/** Assert the geometry and return the in-word gaps (em) for the report. */
async function checkGeometry(page: Page, body: string, label: string): Promise<number[]> {
  const g = await measureRuby(page, body);
  assert.ok(g.syllables > 500, `${label}: ruby over the article (${g.syllables} syllables)`);
  assert.deepEqual(g.overCharacters.slice(0, 5), [], `${label}: a syllable overlaps a character`);
  assert.deepEqual(g.overSyllables.slice(0, 5), [], `${label}: two syllables overlap`);
  assert.ok(g.inWordGaps.length > 200, `${label}: pairs inside words measured (${g.inWordGaps.length})`);
  const tooWide = g.inWordGaps.filter((p) => p.gapEm > MAX_IN_WORD_GAP_EM);
  assert.deepEqual(tooWide, [], `${label}: gaps inside words over ${MAX_IN_WORD_GAP_EM} em`);
  // Where the syllables fit, ruby adds no space: the drawn gap stays under half a pixel; in a
  // justified line (whose gaps hold the page's own justification) ruby's margin stays under
  // 0.05 em (under a pixel: a pair that just fits is measured in a line justified before the
  // spacing went in, and may get a few hundredths).
  const moved = g.inWordGaps.filter((p) => p.fits && (p.justified ? p.addedEm > 0.05 : p.gapEm * 16 > 0.5));
  assert.deepEqual(moved, [], `${label}: characters moved although their syllables fit`);
  return g.inWordGaps.map((p) => p.gapEm);
}

for (const { name, url, body } of PAGES) {
  test(`ruby geometry on the ${name} page: no syllable touches a character or another syllable; gaps in words bounded`, async ({ newPage, screenshot }) => {
    const page = await newPage();
    await page.goto(url);
    await waitAnalysed(page);
    await rubyOn(page);

    const gaps = await checkGeometry(page, body, name);
    const sorted = [...gaps].sort((a, b) => a - b);
    console.log(`    ${name}: ${gaps.length} pairs in words; gap median ${sorted[sorted.length >> 1].toFixed(3)} em, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(3)} em, max ${sorted.at(-1)!.toFixed(3)} em`);
    await page.evaluate((sel) => document.querySelector(sel)!.scrollIntoView(), body);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(200);
    await screenshot(page, `ruby-${name}`);
    await rubyOff(page);
  });
}

test('ruby geometry holds under the site\'s own type (30 px lines, justified, indented), and off restores the page', async ({ newPage }) => {
  const { url, body } = PAGES[0];
  const page = await newPage();
  await page.goto(url);
  await waitAnalysed(page);
  // people.com.cn's article style; the saved pages lack the site's stylesheet.
  await page.addStyleTag({ content: `${body} p { font-size: 18px; line-height: 30px; text-indent: 2em; text-align: justify; }` });
  const before = await page.evaluate((sel) => document.querySelector(sel)!.innerHTML, body);
  await rubyOn(page);

  await checkGeometry(page, body, 'site type');

  await rubyOff(page);
  assert.equal(await page.evaluate((sel) => document.querySelector(sel)!.innerHTML, body), before);
});

/** Closing punctuation, which Chinese line breaking never puts at the start of a line (and opening at the end). */
const CLOSING = '、，。；：？！）」』”’》〉】';
const OPENING = '（「『“‘《〈【';

test('ruby keeps Chinese line breaking: no line starts with closing punctuation or ends with opening punctuation', async ({ newPage }) => {
  const page = await newPage();
  for (const width of [900, 1100, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    for (const { url, body } of PAGES) {
      await page.goto(url);
      await waitAnalysed(page);
      await rubyOn(page);
      const bad = await page.evaluate(([sel, closing, opening]) => {
        // Every character of the article's own text, in order, with its box (pinyin left out).
        const chars: { ch: string; top: number; bottom: number }[] = [];
        const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
          if (t.parentElement!.closest('rt')) continue;
          for (let i = 0; i < t.data.length; i++) {
            if (/\s/.test(t.data[i])) continue;
            const range = document.createRange();
            range.setStart(t, i);
            range.setEnd(t, i + 1);
            const r = range.getBoundingClientRect();
            if (r.height) chars.push({ ch: t.data[i], top: r.top, bottom: r.bottom });
          }
        }
        const out: string[] = [];
        for (let i = 1; i < chars.length; i++) {
          const newLine = chars[i].top >= chars[i - 1].bottom - 1;
          if (!newLine) continue;
          if (closing.includes(chars[i].ch)) out.push(`line starts with ${chars[i].ch} after ${chars.slice(Math.max(0, i - 3), i).map((c) => c.ch).join('')}`);
          if (opening.includes(chars[i - 1].ch)) out.push(`line ends with ${chars[i - 1].ch}`);
        }
        return out;
      }, [body, CLOSING, OPENING] as const);
      assert.deepEqual(bad.slice(0, 5), [], `${url} at ${width} px`);
    }
  }
  await rubyOff(page);
});

test('ruby follows the tone colours and the pinyin style', async ({ newPage, browser }) => {
  const page = await newPage();
  await page.goto(PAGES[0].url);
  await waitAnalysed(page);
  await rubyOn(page);
  const frame = await panel(page);
  const tones = frame.locator('[data-action="toggle-tones"]');
  if ((await tones.getAttribute('aria-pressed')) !== 'true') await tones.click();
  await page.locator('rt[data-rr-tone]').first().waitFor();

  // 扛稳粮食安全重任: káng (2), wěn (3); the colours are those of the light page's classic scheme.
  const [kang, wen] = await page.evaluate(() => {
    const rts = Array.from(document.querySelectorAll('ruby[data-rr-ruby]')).filter((r) => r.firstChild!.textContent === '扛' || r.firstChild!.textContent === '稳').slice(0, 2);
    return rts.map((r) => { const rt = r.querySelector('rt')!; return { tone: rt.getAttribute('data-rr-tone'), color: getComputedStyle(rt).color, text: rt.textContent }; });
  });
  assert.deepEqual([kang.tone, wen.tone], ['classic-2', 'classic-3']);
  assert.equal(kang.color, 'rgb(179, 92, 0)');
  assert.equal(wen.color, 'rgb(46, 125, 50)');
  // The glossary's pinyin too: 河南 hé nán, tone 2 twice, in the panel's tone-2 colour.
  const henan = frame.locator('[data-section="glossary"] .term[data-rr-term="河南"] .term-pinyin .tone');
  assert.deepEqual(await henan.evaluateAll((els) => els.map((e) => e.className)), ['tone tone-2', 'tone tone-2']);
  assert.notEqual(await henan.first().evaluate((e) => getComputedStyle(e).color), await frame.locator('[data-section="glossary"] .term[data-rr-term="河南"] .term-zh').evaluate((e) => getComputedStyle(e).color));

  await tones.click();
  await page.locator('rt[data-rr-tone]').first().waitFor({ state: 'detached' });

  await withSettings(browser, { pinyinStyle: 'numbers' }, async () => {
    await page.waitForFunction(() => Array.from(document.querySelectorAll('ruby[data-rr-ruby]')).some((r) => r.firstChild!.textContent === '扛' && r.querySelector('rt')!.textContent === 'kang2'));
  });
  await rubyOff(page);
});
