import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../lib/anchoring';
import { createHighlight, deleteHighlight, mergeHighlights, restoreHighlight, updateHighlight } from '../../../lib/store';

const text = '河南把优化营商环境作为重大政治任务和“一号工程”。';
const t0 = new Date('2024-05-11T09:00:00.000Z');
const created = createHighlight({ id: 'x', articleKey: 'people:40232587', selectors: describeRange(text, 5, 9), now: t0 });

describe('highlight changes', () => {
  it('should create with the default colour, an empty note and equal times', () => {
    expect(created).toMatchObject({ color: 'yellow', note: '', createdAt: t0.toISOString(), updatedAt: t0.toISOString() });
    expect(created.selectors.quote.exact).toBe('营商环境');
  });

  it('should make every change the newer version, even with a clock that went back', () => {
    const earlier = new Date('2024-05-10T00:00:00.000Z');

    const edited = updateHighlight(created, { note: '营商环境 = business environment' }, earlier);

    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    expect(mergeHighlights([created], [edited])).toEqual([edited]);
  });

  it('should delete as a tombstone and undo as a newer live version', () => {
    const deleted = deleteHighlight(created, new Date('2024-05-11T10:00:00.000Z'));
    const undone = restoreHighlight(deleted, new Date('2024-05-11T10:00:00.000Z'));

    expect(deleted.deletedAt).toBe(deleted.updatedAt);
    expect(mergeHighlights([created], [deleted])).toEqual([deleted]);
    expect(mergeHighlights([deleted], [undone])).toEqual([undone]);
    expect(undone.deletedAt).toBeNull();
  });
});
