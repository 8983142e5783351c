import { beforeAll, describe, expect, it } from 'vitest';
import { describeSegment, lookupDefinitions, marksOf, type Lookup } from '../../../lib/text';
import { definitionText } from '../../../lib/words/definition-text';
import { loadDefinitions } from '../text/data';

let lookup: Lookup;
beforeAll(() => {
  const dict = loadDefinitions();
  lookup = (w) => lookupDefinitions(dict, w);
});

describe('definitionText', () => {
  it('should keep every sense, not the first four (引发 keeps "to evoke (emotions)")', () => {
    const actual = definitionText(describeSegment('引发', lookup, { pinyin: 'yǐn fā' }));

    expect(actual).toMatch(/to evoke \(emotions\)/);
  });

  it('should keep only the entries of the reading the word had where it was read (扛 read káng, not gāng)', () => {
    const description = describeSegment('扛', lookup, { pinyin: 'káng' });
    expect(description.entries.map((e) => e.pinyin)).toEqual(expect.arrayContaining(['káng', 'gāng']));

    const actual = definitionText(description, 'káng');

    expect(actual).toMatch(/carry on one's shoulder/);
    expect(actual).not.toMatch(/gāng/);
  });

  it('should keep every entry when none has the reading', () => {
    const actual = definitionText(describeSegment('扛', lookup), 'xxx');

    expect(actual.split(' | ').map((s) => s.split(':')[0]).sort()).toEqual(['gāng', 'gāng', 'káng']);
  });

  it('should give a part its common sense before a surname (高 of 高标准 is high, not surname Gao)', () => {
    const actual = definitionText(describeSegment('高标准', lookup));

    expect(actual).toMatch(/^高 high/);
  });

  it('should give the measure word CC-CEDICT names (问题: CL: 个 gè)', () => {
    const actual = definitionText(describeSegment('问题', lookup, { pinyin: 'wèn tí' }));

    expect(actual).toMatch(/CL: 个 gè/);
  });

  it('should give the parts of a segment CC-CEDICT lacks (哈萨克斯坦共和国)', () => {
    const actual = definitionText(describeSegment('哈萨克斯坦共和国', lookup));

    expect(actual).toMatch(/^哈萨克斯坦 .*Kazakhstan.* \+ 共和国 republic/);
  });

  it('should say what a date is, with its value read against the publish date', () => {
    const text = '今年5月，河南大力实施种业振兴行动';
    const actual = definitionText(describeSegment('5月', lookup, { text, start: 2, ...marksOf(text, '2024-05-10') }));

    expect(actual.split(' | ')[0]).toBe('May 2024');
  });

  it('should read a person\'s surname as a name (曾晓光: surname Zeng)', () => {
    const actual = definitionText(describeSegment('曾晓光', lookup, { pinyin: 'Zēng Xiǎo guāng', person: { surname: 1 } }));

    expect(actual).toBe('surname Zeng (Zēng Xiǎoguāng)');
  });
});
