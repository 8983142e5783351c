import { describe, expect, it } from 'vitest';
import { anchor, describeRange, withDistinctness } from '../../../lib/anchoring';
import { applyEdits, loadCorpus, paragraphSpans, randomRanges, seeded, type Edit } from './corpus';

const finance = loadCorpus().find((a) => a.name.startsWith('finance'))!.text;
const sentence = '河南把优化营商环境作为重大';
const at = finance.indexOf(sentence);
const selectors = describeRange(finance, at, at + sentence.length);
const paragraphs = paragraphSpans(finance);
const home = paragraphs.findIndex((p) => p.start <= at && at < p.end);

/** Splice `insert` over finance[from, from + remove). */
function edit(from: number, remove: number, insert: string): string {
  return finance.slice(0, from) + insert + finance.slice(from + remove);
}

describe('anchor after small edits of the finance article (quote 河南把优化营商环境作为重大)', () => {
  it.each([
    ['a character inserted just before the quote', edit(at - 1, 0, '新'), 'quote', sentence],
    ['three characters deleted in the prefix', edit(at - 6, 3, ''), 'quote', sentence],
    ['a character changed in the suffix', edit(at + sentence.length + 2, 1, '改'), 'position', sentence],
    ['a character inserted inside the quote', edit(at + 4, 0, '新'), 'fuzzy', '河南把优新化营商环境作为重大'],
    ['a character deleted inside the quote', edit(at + 4, 1, ''), 'fuzzy', '河南把优营商环境作为重大'],
    ['a character changed inside the quote', edit(at + 4, 1, '美'), 'fuzzy', '河南把优美营商环境作为重大'],
    ['another paragraph rewritten', edit(paragraphs[home + 2].start, 10, '全新的开头'), 'position', sentence],
  ])('should place the quote when %s', (_what, text, expectedMethod, expectedText) => {
    const actual = anchor(text, selectors);

    expect(actual?.method).toBe(expectedMethod);
    expect(text.slice(actual!.start, actual!.end)).toBe(expectedText);
  });

  it('should place the quote in one of the copies when its paragraph is duplicated', () => {
    const p = paragraphs[home];
    const text = edit(p.end + 1, 0, finance.slice(p.start, p.end + 1));

    const actual = anchor(text, selectors);

    expect(actual?.method).toMatch(/position|quote/);
    expect(text.slice(actual!.start, actual!.end)).toBe(sentence);
  });

  it.each([
    ['its paragraph is deleted', () => edit(paragraphs[home].start, paragraphs[home].end - paragraphs[home].start + 1, '')],
    ['the quote is rewritten', () => edit(at, sentence.length, '全省持续推进一系列改革措施')],
  ])('should return an orphan (null) when %s', (_what, makeText) => {
    expect(anchor(makeText(), selectors)).toBeNull();
  });
});

describe('highlights saved before distinctness was stored', () => {
  const { distinct: _measured, ...older } = selectors;

  it.each([
    ['a paragraph is added before it', edit(0, 0, '编辑加了一段全新的文字，说明情况。\n'), sentence],
    ['another paragraph is rewritten', edit(paragraphs[home + 2].start, 10, '全新的开头'), sentence],
  ])('should still be placed where quote and context read the same when %s', (_what, text, expected) => {
    const actual = anchor(text, older);

    expect(text.slice(actual!.start, actual!.end)).toBe(expected);
  });

  it.each([
    ['a character changed in the suffix', edit(at + sentence.length + 2, 1, '改')],
    ['a character changed inside the quote', edit(at + 4, 1, '美')],
  ])('should be an orphan when %s (no margin to tell an edit from a neighbour)', (_what, text) => {
    expect(anchor(text, older)).toBeNull();
  });

  it('should gain its distinctness while the text is still the one it was saved in, and not after', () => {
    expect(withDistinctness(finance, older)).toEqual(selectors);
    expect(withDistinctness(finance, selectors)).toBeNull();
    expect(withDistinctness(edit(0, 0, '新'), older)).toBeNull();
  });
});

describe('anchor 100 highlights on a fixed edited version of the finance article', () => {
  const mid = (i: number, d = 0) => paragraphs[i].start + Math.floor((paragraphs[i].end - paragraphs[i].start) / 2) + d;
  const deleted = { at: paragraphs[12].start, remove: paragraphs[12].end - paragraphs[12].start + 1, insert: '' };
  const edits: Edit[] = [
    ...paragraphs.map((_p, i) => i).filter((i) => i % 3 === 1).map((i) => ({ at: mid(i), remove: 1, insert: '新' })),
    deleted,
    { at: paragraphs[4].start, remove: 0, insert: '编辑加了一段全新的文字，说明情况。\n' },
    { at: paragraphs[8].end + 1, remove: 0, insert: finance.slice(paragraphs[8].start, paragraphs[8].end + 1) },
    { at: mid(15, 7), remove: 0, insert: '补充' },
    { at: mid(18, 9), remove: 5, insert: '' },
  ];
  const edited = applyEdits(finance, edits);
  const ranges = randomRanges(finance, 100, seeded(42), 40);
  const outcomes = ranges.map(([s, e]) => {
    const result = anchor(edited.text, describeRange(finance, s, e));
    const expected = [edited.map(s), edited.map(e - 1) + 1];
    const sameText = result !== null && edited.text.slice(result.start, result.end) === finance.slice(s, e);
    const overlaps = result !== null && result.start < expected[1] && result.end > expected[0];
    const gone = s >= deleted.at && e <= deleted.at + deleted.remove;
    return { touched: edited.touches(s, e), gone, result, right: result === null || overlaps || sameText, exactAtHome: result?.start === expected[0] && result?.end === expected[1] };
  });
  const count = (f: (o: (typeof outcomes)[number]) => boolean) => outcomes.filter(f).length;

  it('should place no highlight wrongly, and none whose text was deleted', () => {
    expect(count((o) => !o.right)).toBe(0);
    expect(count((o) => o.gone && o.result !== null)).toBe(0);
  });

  it('should still place most highlights, some of them fuzzily', () => {
    const report = {
      exact: count((o) => o.result?.method === 'position' || o.result?.method === 'quote'),
      fuzzy: count((o) => o.result?.method === 'fuzzy'),
      orphaned: count((o) => o.result === null),
      orphanedWhoseTextWasDeleted: count((o) => o.result === null && o.gone),
    };
    console.info('fixed edited article (100 highlights):', JSON.stringify(report));

    // Floors, not a sum that holds by construction: of the highlights whose text is still
    // there (all but those in the deleted paragraph), at least 90% are placed.
    const present = count((o) => !o.gone);
    expect(present).toBeGreaterThanOrEqual(80);
    expect(report.exact + report.fuzzy).toBeGreaterThanOrEqual(Math.ceil(0.9 * present));
    expect(report.exact).toBeGreaterThanOrEqual(65);
    expect(report.fuzzy).toBeGreaterThanOrEqual(5);
  });

  it('should place every highlight that no edit touched, with its own text', () => {
    const clean = outcomes.filter((o) => !o.touched);

    expect(clean.length).toBeGreaterThan(50);
    clean.forEach((o) => {
      expect(o.result?.method).toMatch(/position|quote/);
      expect(o.right).toBe(true);
    });
  });
});
