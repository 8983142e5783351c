import { describe, expect, it } from 'vitest';
import { fold, foldText, foldedIndex, rawRange } from '../../../lib/anchoring/fold';

describe('fold', () => {
  it.each([
    ['full-width comma and colon', '发展，改革：开放', '发展,改革:开放'],
    ['full-width digits and percent', '增长５．３％', '增长5.3%'],
    ['curly double and single quotes', '“放管服”改革‘试点’', '"放管服"改革\'试点\''],
    ['white space, full-width space and no-break space', '　　新华社北京 4月24日电\u00a0记者', '新华社北京4月24日电记者'],
    ['Latin letters to lower case', 'Xi Jinping met CPC members', 'xijinpingmetcpcmembers'],
    ['paragraph breaks kept', '第一段。\n第二段。', '第一段。\n第二段。'],
    ['an enumeration comma and a full stop stay what they are', '北京、上海。', '北京、上海。'],
  ])('should fold %s', (_what, raw, folded) => {
    expect(fold(raw)).toBe(folded);
  });
});

describe('foldText', () => {
  it('should map each folded character back to the character it came from', () => {
    const raw = '　A，b c';

    const actual = foldText(raw);

    expect(actual.text).toBe('a,bc');
    expect([...actual.rawIndex]).toEqual([1, 2, 3, 5]);
    expect(rawRange(actual, 1, 3)).toEqual({ start: 2, end: 4 });
  });

  it.each([[0, 0], [1, 0], [2, 1], [4, 3], [6, 4]])('should give raw offset %i the folded offset %i', (raw, folded) => {
    expect(foldedIndex(foldText('　A，b c'), raw)).toBe(folded);
  });
});
