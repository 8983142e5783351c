import { describe, expect, it } from 'vitest';
import { createHighlight, deleteHighlight, emptyStore, type ArticleRecord, type Highlight, type StoreData } from '../../../lib/store';
import {
  exportFileName, highlightLink, libraryView, liveHighlightIds, searchTerms, splitMatches,
} from '../../../lib/library/view';

// Real sentences of two saved pages (tests/pages/finance-c1004-40232587, politics-c1001-40223222).
const FINANCE_TEXT = '向良种要产量。河南大力实施种业振兴行动，2023年有12个品种入选全国主导品种。目前，河南主要农作物良种覆盖率超过97%，良种对粮食增产贡献率超过45%。';
const POLITICS_TEXT = '拉美和加勒比地区是航天领域的重要力量，中国与拉美和加勒比国家已开展长期、全面、务实的合作。玻利维亚与中国在航天领域展开了诸多合作。';

const article = (key: string, title: string, url: string): ArticleRecord => ({
  key, url, title, source: '人民网', publishedAt: '2024-05-10T08:00:00+08:00', textHash: 'h', updatedAt: '2024-05-10T00:00:00.000Z',
});

/** A highlight of `quote` in `text`, made at minute `minute`. */
function hl(id: string, key: string, text: string, quote: string, minute: number, extra: Partial<Pick<Highlight, 'color' | 'note'>> = {}): Highlight {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return createHighlight({
    id, articleKey: key, now: new Date(Date.UTC(2024, 4, 10, 0, minute)), ...extra,
    selectors: { quote: { exact: quote, prefix: '', suffix: '' }, position: { start, end: start + quote.length }, textHash: 'h' },
  });
}

function sample(): StoreData {
  const data = emptyStore();
  data.articles = [
    article('people:40232587', '在新时代中部地区崛起中争先出彩', 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html'),
    article('people:40223222', '促进航天技术更好惠及人民', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'),
  ];
  data.highlights = [
    // Made out of reading order: the view must sort by position.
    hl('f2', 'people:40232587', FINANCE_TEXT, '良种对粮食增产贡献率超过45%', 1, { color: 'green', note: '贡献率 45%' }),
    hl('f1', 'people:40232587', FINANCE_TEXT, '河南大力实施种业振兴行动', 2),
    hl('p1', 'people:40223222', POLITICS_TEXT, '拉美和加勒比地区是航天领域的重要力量', 3, { color: 'blue' }),
    deleteHighlight(hl('p2', 'people:40223222', POLITICS_TEXT, '玻利维亚与中国在航天领域展开了诸多合作', 9, { note: '已删除' }), new Date(Date.UTC(2024, 4, 10, 1))),
  ];
  return data;
}

const ids = (data: StoreData, query: string, colors: Highlight['color'][] = []) =>
  libraryView(data, { query, colors }).articles.map((a) => `${a.article.key}=${a.highlights.map((h) => h.id).join(',')}`);

describe('libraryView', () => {
  it('lists live highlights only, newest article first, highlights in reading order', () => {
    const view = libraryView(sample(), { query: '', colors: [] });
    expect(view.articles.map((a) => a.article.key)).toEqual(['people:40223222', 'people:40232587']);
    expect(view.articles[1].highlights.map((h) => h.id)).toEqual(['f1', 'f2']);
    expect(view.articles[0].highlights.map((h) => h.id)).toEqual(['p1']);
    expect([view.shown, view.total]).toEqual([3, 3]);
    expect(view.articles.map((a) => [a.total, a.notes])).toEqual([[1, 0], [2, 1]]);
    expect(view.perColor).toEqual({ yellow: 1, green: 1, blue: 1, pink: 0, purple: 0 });
  });

  it.each([
    ['种业振兴', ['people:40232587=f1']],
    ['贡献率', ['people:40232587=f2']], // in the quote and the note
    ['45%', ['people:40232587=f2']],
    ['４５％', ['people:40232587=f2']], // full-width typed, half-width stored
    ['航天技术', ['people:40223222=p1']], // title only: every highlight of that article
    ['振兴 河南', ['people:40232587=f1']], // every term must occur, in any order
    ['河南 良种', []], // each term occurs, but not in the same highlight
    ['已删除', []], // tombstones are never found
    ['玻利维亚', []],
    ['   ', ['people:40223222=p1', 'people:40232587=f1,f2']],
  ])('search %j finds %j', (query, expected) => {
    expect(ids(sample(), query)).toEqual(expected);
  });

  it.each([
    [['green'], ['people:40232587=f2']],
    [['yellow', 'blue'], ['people:40223222=p1', 'people:40232587=f1']],
    [['pink'], []],
  ] as [Highlight['color'][], string[]][])('colour filter %j shows %j', (colors, expected) => {
    expect(ids(sample(), '', colors)).toEqual(expected);
  });

  it('counts what the filter shows against all live highlights', () => {
    const view = libraryView(sample(), { query: '种', colors: [] });
    expect([view.shown, view.total]).toEqual([2, 3]);
    expect(view.articles[0].total).toBe(2);
  });
});

describe('splitMatches', () => {
  it.each([
    ['良种对粮食增产贡献率超过45%', '贡献率', ['良种对粮食增产', '[贡献率]', '超过45%']],
    ['拉美和加勒比地区是航天领域的重要力量', '航天 力量', ['拉美和加勒比地区是', '[航天]', '领域的重要', '[力量]']],
    ['向良种要产量', '', ['向良种要产量']],
  ])('marks %j for %j', (text, query, expected) => {
    expect(splitMatches(text, searchTerms(query)).map((p) => (p.hit ? `[${p.text}]` : p.text))).toEqual(expected);
  });
});

describe('highlightLink', () => {
  it.each([
    ['http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html', 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html#rr-hl=f1'],
    ['http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html?from=weixin#top', 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html?from=weixin#rr-hl=f1'],
    ['', null],
    ['not a url', null],
    ['javascript:alert(document.cookie)', null],
    ['JavaScript:alert(1)//http://finance.people.com.cn/', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['https://evil.example/n1/2024/0510/c1004-40232587.html', null],
    ['http://finance.people.com.cn.evil.example/n1/2024/0510/c1004-40232587.html', null],
  ])('%j → %j', (url, expected) => {
    expect(highlightLink(url, 'f1')).toBe(expected);
  });
});

describe('article links in the library view (issue 10, item 10)', () => {
  it.each([
    ['http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html', 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html'],
    ['javascript:alert(1)', null],
    ['https://evil.example/a.html', null],
    ['', null],
  ])('should link the title of an article stored with URL %j to %j', (url, link) => {
    const data = sample();
    data.articles[0] = { ...data.articles[0], url };

    const view = libraryView(data, { query: '', colors: [] });

    expect(view.articles.find((a) => a.article.key === data.articles[0].key)!.link).toBe(link);
  });
});

describe('exportFileName', () => {
  const now = new Date('2024-05-10T12:00:00Z');
  it.each([
    ['json', undefined, 'renmin-reader-2024-05-10.json'],
    ['md', '在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）', 'renmin-reader-在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）-2024-05-10.md'],
    ['md', 'a/b: c?', 'renmin-reader-a-b-c-2024-05-10.md'],
    ['tsv', 'anki', 'renmin-reader-anki-2024-05-10.tsv'],
  ])('%s with label %j → %s', (ext, label, expected) => {
    expect(exportFileName(ext, now, label)).toBe(expected);
  });
});

describe('liveHighlightIds', () => {
  it('gives the ids of one article\'s live highlights, the deleted one left out', () => {
    expect(liveHighlightIds(sample(), 'people:40223222')).toEqual(['p1']);
    expect(liveHighlightIds(sample(), 'people:40232587').sort()).toEqual(['f1', 'f2']);
    expect(liveHighlightIds(null, 'people:40232587')).toEqual([]);
  });
});
