import { describe, expect, it } from 'vitest';
import { savedWordSpans } from '../../../lib/words/occurrences';
import type { WordItem } from '../../../lib/types';

const TEXT = '我期待玻中两国未来在航天领域开展更多交流、合作，实现共赢发展。航天科技是当今世界科技发展的重要领域。';

/** The words of TEXT as the words layer reads them (cut at |). */
function layer(cut: string): WordItem[] {
  let at = 0;
  return cut.split('|').map((p) => {
    const w = { start: at, end: at + p.length, text: p, pinyin: '' };
    at += p.length;
    return w;
  });
}

describe('savedWordSpans', () => {
  it('should find every occurrence, sorted', () => {
    const actual = savedWordSpans(TEXT, ['航天', '共赢']).map((o) => [o.word, o.start]);

    expect(actual).toEqual([['航天', 10], ['共赢', 26], ['航天', 31]]);
  });

  it('should let a longer saved word win over one inside it', () => {
    const actual = savedWordSpans(TEXT, ['航天', '航天领域']).map((o) => o.word);

    expect(actual).toEqual(['航天领域', '航天']);
  });

  it('should keep only occurrences on word boundaries when the words are read (领域 is not inside 航天领域 read as one)', () => {
    const words = layer('我|期待|玻|中|两国|未来|在|航天领域|开展|更多|交流|、|合作|，|实现|共赢|发展|。|航天|科技|是|当今|世界|科技|发展|的|重要|领域|。');

    const actual = savedWordSpans(TEXT, ['领域', '航天'], words).map((o) => [o.word, o.start]);

    expect(actual).toEqual([['航天', 31], ['领域', 47]]);
  });
});
