import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/cn2t';
import { toSimplified } from '../../../lib/text/chinese-script';
import { hanScript, foldFurniture } from '../../../lib/text/script';
import { analysisText, glossaryText, wordsOnPage } from '../../../lib/text/analysis-text';
import { extractArticle } from '../../../lib/extract';
import { loadPage } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The simplified Chinese articles among the saved pages. */
const chinesePages = listTestPages().filter((p) => {
  const expected = JSON.parse(readFileSync(join(p.dir, 'expected.json'), 'utf8'));
  return expected.isArticle && expected.script === 'hans';
});
const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('toSimplified', () => {
  it.each([
    ['國務院總理李強', '国务院总理李强'],
    ['948億美元', '948亿美元'],
    ['亞太經合組織', '亚太经合组织'],
    ['新華社北京6月16日電', '新华社北京6月16日电'],
    ['河南著力培育新動能', '河南着力培育新动能'],
    ['隨著經濟發展', '随着经济发展'],
    ['著名作家的著作', '著名作家的著作'],
    ['顯著提高', '显著提高'],
    ['乾坤', '乾坤'],
    ['乾淨整潔', '干净整洁'],
    ['頭髮', '头发'],
    ['這裡', '这里'],
    ['臺灣同胞', '台湾同胞'],
    ['人民網－人民日報', '人民网－人民日报'],
    ['已经是简体字', '已经是简体字'],
    ['Xi Jinping 2024', 'Xi Jinping 2024'],
  ])('%s → %s', (traditional, simplified) => {
    const actual = toSimplified(traditional);

    expect(actual).toBe(simplified);
    expect(actual.length).toBe(traditional.length);
  });

  it.each(chinesePages)('keeps every offset of $name in a round trip through traditional', (page) => {
    const { text } = extractArticle(loadPage(page.source, page.url, page.charset), page.url);
    const traditional = s2t(text);

    const back = toSimplified(traditional);

    expect(back.length).toBe(text.length);
    // Characters of classical quotations (於, 餘 kept in a simplified text) may come back simplified: no more.
    const changed = [...text].filter((ch, i) => ch !== back[i]);
    expect(changed.every((ch) => '於馀'.includes(ch))).toBe(true);
  });
});

describe('hanScript', () => {
  it.each([
    ['hant', '國務院總理李強在北京會見來訪的外國領導人'],
    ['hans', '国务院总理李强在北京会见来访的外国领导人'],
    ['hans', '国务院总理李强会见了來自台湾的客人，并发表讲话'],
    [null, 'Xi Jinping met the visiting leader'],
    [null, '北京'],
  ])('%s ← %s', (script, text) => {
    expect(hanScript(text)).toBe(script);
  });

  it('folds the traditional forms of furniture words, character for character', () => {
    const folded = foldFurniture('來源：人民網　責任編輯：楊光宇　原標題：本報記者');

    expect(folded).toBe('来源：人民网　责任编辑：杨光宇　原标题：本报记者'.replace('杨', '楊'));
  });
});

describe('the analysis copy', () => {
  it('is simplified for a traditional text and the text itself otherwise', () => {
    expect(analysisText('國務院總理李強')).toBe('国务院总理李强');
    expect(analysisText('国务院总理李强，於是')).toBe('国务院总理李强，於是');
  });

  it('sets a dateline off its sentence with a clause break, at the same offsets', () => {
    const text = '新华社北京6月16日电　国务院总理李强16日在人民大会堂会见外宾。';

    const actual = glossaryText(text, [{ dateline: { start: 0, end: 11 } }]);

    expect(actual).toBe('新华社北京6月16日电，国务院总理李强16日在人民大会堂会见外宾。');
    expect(actual.length).toBe(text.length);
  });

  it('gives words the page characters and keeps the simplified form for look-ups', () => {
    const page = '河南著力培育新動能';
    const words = [{ start: 0, end: 2, text: '河南', pinyin: 'hé nán' }, { start: 2, end: 4, text: '着力', pinyin: 'zhuó lì' }];

    const actual = wordsOnPage(words, page);

    expect(actual).toEqual([
      { start: 0, end: 2, text: '河南', pinyin: 'hé nán' },
      { start: 2, end: 4, text: '著力', pinyin: 'zhuó lì', simplified: '着力' },
    ]);
  });
});
