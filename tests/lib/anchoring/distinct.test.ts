import { describe, expect, it } from 'vitest';
import { allowedEdits, describeRange, MAX_EDITS, MAX_MARGIN } from '../../../lib/anchoring';
import { passageOf } from '../../../lib/anchoring/passage';
import { loadCorpus } from './corpus';
import { SYNTHETIC } from './edit-suite';

const [cities, names, numbers] = SYNTHETIC.map((s) => s.paragraphs.join('\n'));
const finance = loadCorpus().find((a) => a.name.startsWith('finance'))!.text;
const english = loadCorpus().find((a) => a.name.startsWith('english'))!.text;

/** The distinctness describeRange stores for the first occurrence of `quote` in `text`. */
function distinctOf(text: string, quote: string) {
  const at = text.indexOf(quote);
  return describeRange(text, at, at + quote.length).distinct;
}

describe('distinctness stored by describeRange', () => {
  it.each([
    ['the city name in its prefix (北京 / 上海 paragraphs)', cities, '地区生产总值同比增长', { margin: 2, copies: 0 }],
    ['the person in its quote (张明 / 王强)', names, '市长张明介绍', { margin: 2, copies: 0 }],
    ['one digit in its suffix (12万 / 15万)', numbers, '全年新增就业岗位', { margin: 1, copies: 0 }],
    ['nothing at all, the city name lying beyond its 32 characters of context', cities, '社会消费品零售总额', { margin: 0, copies: 1 }],
    ['the photo credit printed under two pictures', english, 'People’s Daily Online/courtesy', { margin: 0, copies: 1 }],
  ])('should measure a passage that differs from another by %s', (_what, text, quote, expected) => {
    expect(distinctOf(text, quote)).toEqual(expected);
  });

  it('should find nothing within the margin for a sentence of the finance article', () => {
    expect(distinctOf(finance, '河南把优化营商环境作为重大')).toEqual({ margin: MAX_MARGIN + 1, copies: 0 });
  });
});

describe('allowedEdits', () => {
  const passage = passageOf({ exact: '河南把优化营商环境作为重大', prefix: '全省经济运行稳中向好，发展质量不断提升。', suffix: '改革事项，持续推进。' });

  it.each([
    ['an older highlight with no distinctness', undefined, 0],
    ['a passage with a copy', { margin: 0, copies: 1 }, 0],
    ['a passage one edit from another', { margin: 1, copies: 0 }, 0],
    ['a passage two edits from another', { margin: 2, copies: 0 }, 0],
    ['a passage three edits from another', { margin: 3, copies: 0 }, 1],
    ['a passage five edits from another', { margin: 5, copies: 0 }, 2],
    ['a passage nothing is close to', { margin: MAX_MARGIN + 1, copies: 0 }, Math.min(MAX_EDITS, Math.floor((13 + 21 + 11) / 4))],
  ])('should allow for %s', (_what, distinct, edits) => {
    expect(allowedEdits(passage, distinct)).toBe(edits);
  });
});
