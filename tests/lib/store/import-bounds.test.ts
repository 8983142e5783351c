import { describe, expect, it } from 'vitest';
import { emptyStore, importJson, ImportError, parseExport } from '../../../lib/store';
import { versionedFixtures } from './fixtures';

const fixtureJson = versionedFixtures().at(-1)![1];

/** The fixture with one change applied to its parsed JSON. */
function changed(change: (raw: Record<string, any>) => void): string {
  const raw = JSON.parse(fixtureJson);
  change(raw);
  return JSON.stringify(raw);
}

/** The ImportError an import of `json` raises. */
function refusal(json: string): ImportError {
  try {
    importJson(emptyStore(), json);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('the import was accepted');
}

describe('import bounds every field to what the extension writes (issue 10, item 8)', () => {
  it('should refuse the hostile record of the issue: one character quoted with 1,000 characters on each side', () => {
    const json = changed((r) => {
      r.highlights[0].selectors.quote = { exact: '的', prefix: '发'.repeat(1000), suffix: '展'.repeat(1000) };
      r.highlights[0].selectors.position = { start: 10, end: 11 };
    });

    const actual = refusal(json);

    expect(actual.problems).toEqual([
      'highlights[0].selectors.quote.prefix: 1,000 characters, more than the 32 the extension keeps as context',
      'highlights[0].selectors.quote.suffix: 1,000 characters, more than the 32 the extension keeps as context',
    ]);
  });

  it.each([
    ['a quote longer than a highlight may be', (r: any) => { r.highlights[0].selectors.quote.exact = '中'.repeat(5001); r.highlights[0].selectors.position.end = r.highlights[0].selectors.position.start + 5001; }, /quote\.exact: 5,001 characters, more than the 5,000 a highlight may have/],
    ['a suffix one character too long', (r: any) => { r.highlights[0].selectors.quote.suffix += '的'; }, /quote\.suffix: 33 characters/],
    ['a position that does not span the quote', (r: any) => { r.highlights[0].selectors.position.end += 5; }, /position: end − start is 35, not the quote's length 30/],
    ['a negative offset', (r: any) => { r.highlights[0].selectors.position.start = -1; }, /position\.start: expected an offset/],
    ['an offset beyond any article', (r: any) => { r.highlights[0].selectors.position = { start: 1e9, end: 1e9 + 30 }; }, /position\.start: expected an offset \(a whole number from 0 to 10,000,000\)/],
    ['a text hash of another shape', (r: any) => { r.highlights[0].selectors.textHash = '<img src=x onerror=alert(1)>'; }, /selectors\.textHash: expected a text hash/],
    ['a forged distinctness', (r: any) => { r.highlights[0].selectors.distinct = { margin: 1e6, copies: 0 }; }, /distinct\.margin: expected a margin \(a whole number from 0 to 33\)/],
    ['an id with markup', (r: any) => { r.highlights[0].id = '"><script>alert(1)</script>'; }, /highlights\[0\]\.id: expected an id of letters, digits/],
    ['an id of 65 characters', (r: any) => { r.highlights[0].id = 'a'.repeat(65); }, /highlights\[0\]\.id: 65 characters, more than the 64/],
    ['an article key that is not one', (r: any) => { r.highlights[0].articleKey = 'javascript:alert(1)'; }, /highlights\[0\]\.articleKey: expected an article key/],
    ['a note of 20,001 characters', (r: any) => { r.highlights[0].note = '笔'.repeat(20001); }, /highlights\[0\]\.note: 20,001 characters, more than the 20,000 a note may have/],
    ['page 0', (r: any) => { r.highlights[0].page = 0; }, /highlights\[0\]\.page: expected a page number \(a whole number from 1 to 999\), got 0/],
    ['page 2.5', (r: any) => { r.highlights[0].page = 2.5; }, /highlights\[0\]\.page: expected a page number/],
    ['a time that is only a date', (r: any) => { r.highlights[0].createdAt = '2024-05-10'; }, /highlights\[0\]\.createdAt: not an ISO 8601 time/],
    ['a javascript: URL', (r: any) => { r.articles[0].url = 'javascript:alert(document.cookie)'; }, /articles\[0\]\.url: not an http\(s\) People's Daily URL: "javascript:alert\(document\.cookie\)"/],
    ['a data: URL', (r: any) => { r.articles[0].url = 'data:text/html,<script>alert(1)</script>'; }, /articles\[0\]\.url: not an http\(s\) People's Daily URL/],
    ['a URL of another site', (r: any) => { r.articles[0].url = 'https://people.com.cn.evil.example/n1/2024/0424/c1001-40223222.html'; }, /articles\[0\]\.url: not an http\(s\) People's Daily URL/],
    ['a title of 501 characters', (r: any) => { r.articles[0].title = '标'.repeat(501); }, /articles\[0\]\.title: 501 characters, more than the 500 a title may have/],
    ['a publication date that is not one', (r: any) => { r.articles[0].publishedAt = 'soon'; }, /articles\[0\]\.publishedAt: expected an ISO 8601 date, got "soon"/],
    ['a word of 33 characters', (r: any) => { r.corrections['长'.repeat(33)] = { pinyin: 'zhǎng', updatedAt: '2024-05-10T00:00:00.000Z' }; }, /a word of 33 characters, more than 32/],
    ['a reading of 201 characters', (r: any) => { r.corrections['长大'] = { pinyin: 'a'.repeat(201), updatedAt: '2024-05-10T00:00:00.000Z' }; }, /\.pinyin: 201 characters, more than the 200 a reading may have/],
  ])('should refuse %s with a readable problem', (_what, change, message) => {
    const actual = refusal(changed(change));

    expect(actual.problems.join('\n')).toMatch(message);
  });

  it('should refuse more highlights than a store may hold without reading each one', () => {
    const json = changed((r) => { r.highlights = Array.from({ length: 100_001 }, () => ({})); });

    expect(refusal(json).problems).toEqual(['highlights: 100,001 records, more than the 100,000 a store may hold']);
  });

  it('should keep only the fields the extension knows from an imported record', () => {
    const json = changed((r) => { r.highlights[0].extra = 'x'.repeat(1000); r.highlights[0].selectors.extra = 1; r.articles[0].onclick = 'alert(1)'; });

    const { data } = parseExport(json);

    expect(Object.keys(data.highlights.find((h) => h.id === JSON.parse(json).highlights[0].id)!)).not.toContain('extra');
    expect(Object.keys(data.highlights[0].selectors)).not.toContain('extra');
    expect(Object.keys(data.articles[0])).not.toContain('onclick');
  });
});

describe('import problems are counted by record (issue 10, item 11)', () => {
  it('should say 6 records for 6 bad records with 12 problems', () => {
    const json = changed((r) => {
      for (const i of [0, 1, 2, 3]) Object.assign(r.highlights[i], { color: 'red', note: 5 });
      Object.assign(r.articles[0], { url: 'javascript:alert(1)', updatedAt: 'yesterday' });
      Object.assign(r.articles[1], { title: 7, textHash: 'nope' });
    });

    const actual = refusal(json);

    expect(actual.records.map((r) => r.record)).toEqual(['articles[0]', 'articles[1]', 'highlights[0]', 'highlights[1]', 'highlights[2]', 'highlights[3]']);
    expect(actual.records.map((r) => r.problems.length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(actual.problems).toHaveLength(12);
    expect(actual.message.split('\n')[0]).toBe('6 records have problems; nothing was imported:');
  });
});
