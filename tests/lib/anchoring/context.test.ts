import { describe, expect, it } from 'vitest';
import { prefixSide, sideEdits, sideMatches, suffixSide } from '../../../lib/anchoring/context';
import { foldText } from '../../../lib/anchoring/fold';

describe('prefixSide and suffixSide', () => {
  it.each([
    ['a prefix inside one paragraph, folded and read outward', '规模以上工业增加值增长6.1%，社会消费品零售总额增长4.8%，', ',%8.4长增额总售零品费消会社,%1.6长增值加增业工上以模规'],
    ['a prefix cut at its paragraph break', '稳中有进。\n北京市一季度', '度季一市京北\n'],
    ['a prefix that reached the start of the text', '北京市', '市京北\n'],
    ['a prefix longer than the context length, read only near the quote', `${'旧'.repeat(100)}${'新'.repeat(32)}`, '新'.repeat(32)],
  ])('should give %s', (_what, prefix, side) => {
    expect(prefixSide(prefix)).toBe(side);
  });

  it.each([
    ['a suffix cut at its paragraph break', '经济运行开局良好。\n上海市一季度', '经济运行开局良好。\n'],
    ['a suffix that reached the end of the text', '态势。', '态势。\n'],
    ['an empty suffix (the quote ended the text)', '', '\n'],
    ['a suffix longer than the context length', '新'.repeat(1000), '新'.repeat(32)],
  ])('should give %s', (_what, suffix, side) => {
    expect(suffixSide(suffix)).toBe(side);
  });
});

describe('sideMatches', () => {
  const folded = foldText('专家表示。\n北京市一季度地区生产总值');
  const quoteStart = folded.text.indexOf('地区');

  it.each([
    ['the paragraph start', '度季一市京北\n', true],
    ['a different city', '度季一市海上\n', false],
    ['the start of the text read as a break', '度季一市京北\n。示表家专\n', true],
  ])('should compare the prefix up to %s', (_what, side, expected) => {
    expect(sideMatches(folded, quoteStart, -1, side)).toBe(expected);
  });
});

describe('sideEdits', () => {
  const folded = foldText('城镇调查失业率保持在5%以内，经济运行开局良好。');
  const at = 0;

  it.each([
    ['the same text', '城镇调查失业率保持在5%以内', 0],
    ['one character different', '城镇调查就业率保持在5%以内', 1],
    ['one character missing from the text', '城镇调查失业率总体保持在5%以内', 2],
    ['a two-character word different', '城镇登记失业率保持在5%以内', 2],
    ['text beyond the side does not count', '城镇调查', 0],
  ])('should count %s', (_what, side, edits) => {
    expect(sideEdits(folded, at, 1, side, 8)).toBe(edits);
  });

  it('should stop at the limit', () => {
    expect(sideEdits(folded, at, 1, '完全不同的一段文字内容', 3)).toBe(4);
  });

  it('should read outward before the quote', () => {
    const text = foldText('经济运行开局良好。关键词');
    const side = '。好良局开行运济经';

    expect(sideEdits(text, text.text.indexOf('关键词'), -1, side, 4)).toBe(0);
  });
});
