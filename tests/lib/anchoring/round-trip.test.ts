import { describe, expect, it } from 'vitest';
import { anchor, describeRange, hashText, MAX_QUOTE_LENGTH } from '../../../lib/anchoring';
import { loadCorpus, randomRanges, seeded } from './corpus';

const corpus = loadCorpus();

describe('describeRange → anchor round trip on the saved pages', () => {
  it('should find article text in at least four saved pages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(4);
  });

  it.each(corpus.map((a) => [a.name, a.text] as const))('should give back the same range by position on %s', (_name, text) => {
    const ranges = randomRanges(text, 300, seeded(text.length));
    const textHash = hashText(text);

    const actual = ranges.map(([s, e]) => anchor(text, describeRange(text, s, e, textHash), { textHash }));

    actual.forEach((a, i) => expect(a).toEqual({ start: ranges[i][0], end: ranges[i][1], method: 'position', score: 1 }));
  });

  it.each(corpus.map((a) => [a.name, a.text] as const))('should follow the quote when a paragraph is added before it on %s', (_name, text) => {
    const ranges = randomRanges(text, 300, seeded(7 * text.length));
    const added = '这是编辑后加在文章开头的一段新文字。\n';
    const edited = added + text;

    const saved = ranges.map(([s, e]) => describeRange(text, s, e));

    const actual = saved.map((selectors) => anchor(edited, selectors));

    actual.forEach((a, i) => {
      // A passage the page repeats (a photo credit under two pictures) cannot be told from its copy once the text changed.
      if (saved[i].distinct!.copies > 0) return expect(a).toBeNull();
      expect(a).not.toBeNull();
      expect([a!.start, a!.end]).toEqual([ranges[i][0] + added.length, ranges[i][1] + added.length]);
      expect(a!.method).toBe('quote');
    });
    expect(actual.filter((a) => a !== null).length).toBeGreaterThanOrEqual(270);
  });

  it.each(corpus.map((a) => [a.name, a.text] as const))('should keep the position when only a later paragraph is added on %s', (_name, text) => {
    const ranges = randomRanges(text, 100, seeded(3 * text.length));
    const edited = `${text}\n（责任编辑：新加的一行）`;

    const saved = ranges.map(([s, e]) => describeRange(text, s, e));

    const actual = saved.map((selectors) => anchor(edited, selectors));

    actual.forEach((a, i) => {
      if (saved[i].distinct!.copies > 0) return expect(a).toBeNull();
      expect(a).toMatchObject({ start: ranges[i][0], end: ranges[i][1], method: 'position' });
    });
    expect(actual.filter((a) => a !== null).length).toBeGreaterThanOrEqual(90);
  });
});

describe('describeRange', () => {
  const text = corpus.find((a) => a.name.startsWith('politics'))!.text;

  it('should keep 32 characters of context on each side', () => {
    const start = text.indexOf('航天');

    const actual = describeRange(text, start, start + 4);

    expect(actual.quote.exact).toBe(text.slice(start, start + 4));
    expect(actual.quote.prefix).toBe(text.slice(Math.max(0, start - 32), start));
    expect(actual.quote.suffix).toBe(text.slice(start + 4, start + 36));
    expect(actual.position).toEqual({ start, end: start + 4 });
    expect(actual.textHash).toBe(hashText(text));
  });

  it.each([[-1, 3], [5, 5], [6, 2], [0, text.length + 1], [0.5, 2]])('should reject the range [%s, %s)', (s, e) => {
    expect(() => describeRange(text, s, e)).toThrow(RangeError);
  });

  it('should refuse a range longer than a highlight may be', () => {
    const long = '中'.repeat(MAX_QUOTE_LENGTH + 1);

    expect(() => describeRange(long, 0, MAX_QUOTE_LENGTH + 1)).toThrow(/longer than a highlight may be/);
    expect(describeRange(long, 0, MAX_QUOTE_LENGTH).quote.exact).toHaveLength(MAX_QUOTE_LENGTH);
  });

  it('should not split a surrogate pair in the context', () => {
    const emoji = `${'😀'.repeat(20)}中国${'😀'.repeat(20)}`;
    const start = emoji.indexOf('中');

    const actual = describeRange(emoji, start, start + 2).quote;

    expect(actual.prefix).toBe('😀'.repeat(16));
    expect(actual.suffix).toBe('😀'.repeat(16));
  });
});

describe('hashText', () => {
  it.each(corpus.map((a) => [a.name, a.text] as const))('should change when one character of %s changes', (_name, text) => {
    const i = Math.floor(text.length / 2);
    const changed = text.slice(0, i) + (text[i] === '的' ? '地' : '的') + text.slice(i + 1);

    expect(hashText(changed)).not.toBe(hashText(text));
    expect(hashText(text)).toBe(hashText(text.slice(0)));
    expect(hashText(text)).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
  });
});
