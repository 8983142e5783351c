import { describe, expect, it } from 'vitest';
import { compareBytes, findLines, indexOfBytes, lineAt } from '../../../lib/text/sorted-lines';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keyOf = (line: string) => encoder.encode(line.split('\t')[0]);

/** Lines sorted by key the way the build sorts them (byte order, stable), after a header line. */
function block(lines: string[]) {
  const sorted = [...lines].sort((a, b) => compareBytes(keyOf(a), keyOf(b)));
  const head = encoder.encode('#header\n');
  const bytes = encoder.encode(`#header\n${sorted.join('\n')}\n`);
  return { bytes, from: head.length, to: bytes.length };
}

describe('binary search over sorted lines', () => {
  // Astral 𠀋 (U+2000B) sorts after fullwidth Ａ (U+FF21) in byte order, before it in UTF-16 order.
  const b = block(['银行\tbank', '银行家\tbanker', '银\tsilver', '行\txíng', '行\tháng', '中国\tChina', 'A股\tA-share', '𠀋\tastral', 'Ａ\tfullwidth']);
  const found = (key: string) => findLines(b, encoder.encode(key)).map((at) => decoder.decode(lineAt(b.bytes, at)));

  it.each([
    ['银行', ['银行\tbank']],
    ['银行家', ['银行家\tbanker']],
    ['银', ['银\tsilver']],
    ['行', ['行\txíng', '行\tháng']],
    ['A股', ['A股\tA-share']],
    ['𠀋', ['𠀋\tastral']],
    ['Ａ', ['Ａ\tfullwidth']],
  ])('finds %s (a key that prefixes another is not confused with it)', (key, lines) => {
    expect(found(key)).toEqual(lines);
  });

  it.each(['银行业', '中', '0', '\u{2FFFF}', ''])('finds nothing for %j', (key) => {
    expect(found(key)).toEqual([]);
  });

  it('agrees with a linear scan on a few thousand random keys', () => {
    const chars = '中国人民银行行业发展𠀋Ａ';
    const list = [...chars];
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => list[Math.floor(rand() * list.length)]).join('');
    const lines = Array.from({ length: 3000 }, (_, i) => `${word()}\t${i}`);
    const big = block(lines);
    for (let k = 0; k < 300; k++) {
      const key = word();
      const expected = lines.filter((l) => l.split('\t')[0] === key).sort();
      expect(findLines(big, encoder.encode(key)).map((at) => decoder.decode(lineAt(big.bytes, at))).sort()).toEqual(expected);
    }
  });

  it('finds a byte pattern', () => {
    const bytes = encoder.encode('ab\n#x\n#simplified\nc');
    expect(indexOfBytes(bytes, encoder.encode('\n#simplified\n'))).toBe(5);
    expect(indexOfBytes(bytes, encoder.encode('\n#traditional\n'))).toBe(-1);
  });
});
