import { describe, expect, it } from 'vitest';
import { findLines, keyAt, lineAt } from '../../../lib/text/sorted-lines';

/** Lines sorted by key the way the build sorts them (UTF-16 order, stable). */
function block(lines: string[]) {
  const sorted = [...lines].sort((a, b) => (keyAt(a, 0) < keyAt(b, 0) ? -1 : keyAt(a, 0) > keyAt(b, 0) ? 1 : 0));
  const head = '#header\n';
  const text = `${head}${sorted.join('\n')}\n`;
  return { text, from: head.length, to: text.length };
}

describe('binary search over sorted lines', () => {
  const b = block(['银行\tbank', '银行家\tbanker', '银\tsilver', '行\txíng', '行\tháng', '中国\tChina', 'A股\tA-share', '𠀋\tastral']);
  const found = (key: string) => findLines(b, key).map((at) => lineAt(b.text, at));

  it.each([
    ['银行', ['银行\tbank']],
    ['银行家', ['银行家\tbanker']],
    ['银', ['银\tsilver']],
    ['行', ['行\txíng', '行\tháng']],
    ['A股', ['A股\tA-share']],
    ['𠀋', ['𠀋\tastral']],
  ])('finds %s (a key that prefixes another is not confused with it)', (key, lines) => {
    expect(found(key)).toEqual(lines);
  });

  it.each(['银行业', '中', '0', '\u{2FFFF}', ''])('finds nothing for %j', (key) => {
    expect(found(key)).toEqual([]);
  });

  it('agrees with a linear scan on a few thousand random keys', () => {
    const chars = '中国人民银行行业发展';
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => chars[Math.floor(rand() * chars.length)]).join('');
    const lines = Array.from({ length: 3000 }, (_, i) => `${word()}\t${i}`);
    const big = block(lines);
    for (let k = 0; k < 300; k++) {
      const key = word();
      const expected = lines.filter((l) => keyAt(l, 0) === key).sort();
      expect(findLines(big, key).map((at) => lineAt(big.text, at)).sort()).toEqual(expected);
    }
  });
});
