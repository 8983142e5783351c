import { describe, expect, it } from 'vitest';
import { buildCharMap, parseCharMap, serializeCharMap, simplifiedCandidates } from '../../../lib/text/traditional';

describe('traditional → simplified characters', () => {
  const map = buildCharMap([
    { traditional: '銀行', simplified: '银行' },
    { traditional: '乾杯', simplified: '干杯' },
    { traditional: '乾隆', simplified: '乾隆' },
    { traditional: '幹部', simplified: '干部' },
    { traditional: '個', simplified: '个' },
  ]);

  it('learns each character from the entries, keeping it as itself when some entry does', () => {
    expect(map.get('銀')).toEqual(['银']);
    expect(map.get('乾')?.sort()).toEqual(['乾', '干'].sort());
    expect(map.has('行')).toBe(false);
  });

  it.each([
    ['銀行', ['银行']],
    ['幹部', ['干部']],
    ['乾杯', ['干杯']],
    ['行', []],
    ['银行', []],
  ])('%s may stand for %j', (word, candidates) => {
    expect(simplifiedCandidates(word, map).sort()).toEqual([...candidates].sort());
  });

  it('round-trips through the file lines', () => {
    const lines = serializeCharMap(map);
    const text = lines.join('\n');
    expect(parseCharMap(text)).toEqual(map);
  });
});
