import { describe, expect, it } from 'vitest';
import { createSegmenter, createWordDict, parseWordDict, serializeWordDict } from '../../../lib/text';

describe('word list format', () => {
  const dict = createWordDict([['研究', 50], ['研究生', 70], ['生命', 60], ['起源', 60], ['研', 90], ['究', 90], ['生', 80], ['命', 80], ['的', 30]], 120);

  it('round-trips through the text format', () => {
    const back = parseWordDict(serializeWordDict(dict, ['a notice\twith a tab']));
    expect([...back.costs].sort()).toEqual([...dict.costs].sort());
    expect(back.unknownCost).toBe(120);
    expect(back.maxLen).toBe(3);
  });

  it('picks the most probable path, not the longest first word', () => {
    // Forward maximum matching would take 研究生|命; the cheaper path is 研究|生命.
    expect(createSegmenter(dict)('研究生命的起源').map((w) => w.text)).toEqual(['研究', '生命', '的', '起源']);
  });

  it('rejects a file without the header', () => {
    expect(() => parseWordDict('研究\t50\n')).toThrow();
  });
});
