import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../lib/anchoring';
import { mergeCorrections, mergeHighlights, mergeHighlightsCounted, purgeTombstones, type Highlight } from '../../../lib/store';

const text = '河南把优化营商环境作为重大政治任务和“一号工程”，以营商环境之“优”激发发展之“进”。';

/** A highlight of `quote` in the test sentence, saved at `t`. */
function hl(id: string, quote: string, t: string, extra: Partial<Highlight> = {}): Highlight {
  const start = text.indexOf(quote);
  return { id, articleKey: 'people:40232587', selectors: describeRange(text, start, start + quote.length), color: 'yellow', note: '', createdAt: '2024-05-11T09:00:00.000Z', updatedAt: t, ...extra };
}

describe('mergeHighlights', () => {
  const a = hl('a', '营商环境', '2024-05-11T09:00:00.000Z');
  const b = hl('b', '一号工程', '2024-05-11T09:01:00.000Z');
  const aEdited = { ...a, note: '营商环境 = business environment', updatedAt: '2024-05-11T10:00:00.000Z' };
  const aDeleted = { ...a, deletedAt: '2024-05-11T11:00:00.000Z', updatedAt: '2024-05-11T11:00:00.000Z' };

  it('should keep highlights from both sides (two tabs saving at once)', () => {
    expect(mergeHighlights([a], [b]).map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('should keep the newer version of the same highlight, from either side', () => {
    expect(mergeHighlights([a], [aEdited])).toEqual([aEdited]);
    expect(mergeHighlights([aEdited], [a])).toEqual([aEdited]);
  });

  it('should not resurrect a deleted highlight from an older copy', () => {
    expect(mergeHighlights([aDeleted], [aEdited, b])).toEqual([aDeleted, b]);
    expect(mergeHighlights([aEdited, b], [aDeleted])).toEqual([aDeleted, b]);
  });

  it('should let the tombstone win a tie with an edit at the same moment', () => {
    const editSameTime = { ...aEdited, updatedAt: aDeleted.updatedAt };

    expect(mergeHighlights([editSameTime], [aDeleted])).toEqual([aDeleted]);
    expect(mergeHighlights([aDeleted], [editSameTime])).toEqual([aDeleted]);
  });

  it('should be commutative, associative and idempotent', () => {
    const sides = [[a, b], [aEdited], [aDeleted, hl('c', '激发发展', '2024-05-12T00:00:00.000Z')]];

    const ab = mergeHighlights(sides[0], sides[1]);
    expect(mergeHighlights(sides[1], sides[0])).toEqual(ab);
    expect(mergeHighlights(mergeHighlights(ab, sides[2]), sides[2])).toEqual(mergeHighlights(sides[0], mergeHighlights(sides[1], sides[2])));
    expect(mergeHighlights(ab, ab)).toEqual(ab);
  });

  it('should count what the second copy changed', () => {
    const actual = mergeHighlightsCounted([a, b], [aEdited, b, hl('c', '激发发展', '2024-05-12T00:00:00.000Z')]).counts;

    expect(actual).toEqual({ added: 1, updated: 1, unchanged: 1 });
  });
});

describe('mergeCorrections', () => {
  it('should keep the newer reading of a word and a newer removal', () => {
    const mine = { 行长: { pinyin: 'háng zhǎng', updatedAt: '2024-05-01T00:00:00.000Z' }, 重庆: { pinyin: 'chóng qìng', updatedAt: '2024-05-01T00:00:00.000Z' } };
    const theirs = { 行长: { pinyin: 'xíng zhǎng', updatedAt: '2024-04-01T00:00:00.000Z' }, 重庆: { pinyin: null, updatedAt: '2024-05-02T00:00:00.000Z' } };

    const actual = mergeCorrections(mine, theirs);

    expect(actual.merged).toEqual({ 行长: mine.行长, 重庆: theirs.重庆 });
    expect(actual.counts).toEqual({ added: 0, updated: 1, unchanged: 1 });
  });
});

describe('purgeTombstones', () => {
  it('should drop only tombstones older than the limit', () => {
    const old = hl('old', '营商环境', '2024-01-01T00:00:00.000Z', { deletedAt: '2024-01-01T00:00:00.000Z' });
    const recent = hl('recent', '一号工程', '2024-05-01T00:00:00.000Z', { deletedAt: '2024-05-01T00:00:00.000Z' });
    const live = hl('live', '激发发展', '2023-01-01T00:00:00.000Z');

    const actual = purgeTombstones([old, recent, live], new Date('2024-05-10T00:00:00.000Z'));

    expect(actual.map((h) => h.id)).toEqual(['recent', 'live']);
  });
});
