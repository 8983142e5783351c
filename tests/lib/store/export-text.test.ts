import { describe, expect, it } from 'vitest';
import { ANKI_COLUMNS, exportAnkiTsv, exportMarkdown, parseExport, type StoreData } from '../../../lib/store';
import { versionedFixtures } from './fixtures';

const data = parseExport(versionedFixtures().at(-1)![1]).data;
const live = data.highlights.filter((h) => h.deletedAt == null);
const deleted = data.highlights.filter((h) => h.deletedAt != null);
const finance = data.articles.find((a) => a.key === 'people:40232587')!;

describe('exportMarkdown', () => {
  const all = exportMarkdown(data);

  it('should list every live quote and note, and no deleted one', () => {
    live.forEach((h) => expect(all).toContain(`> ${h.selectors.quote.exact.split('\n')[0]}`));
    live.filter((h) => h.note).forEach((h) => expect(all).toContain(h.note.split('\n')[0]));
    deleted.forEach((h) => expect(all).not.toContain(h.selectors.quote.exact));
  });

  it('should give title, source, date and URL of each article, most recent first', () => {
    const [first, second] = all.split('\n## ').slice(1);

    expect(first).toMatch(new RegExp(`^${finance.title!.replace(/[()（）·]/g, '.')}\\n\\n- 来源 Source: 人民日报\\n- 日期 Date: 2024-05-10\\n- URL: <${finance.url}>`));
    expect(second).toContain('- 来源 Source: 新华网');
  });

  it('should export one article with its title as the top heading and quotes in reading order', () => {
    const actual = exportMarkdown(data, 'people:40232587');
    const quotes = live.filter((h) => h.articleKey === finance.key).sort((a, b) => a.selectors.position.start - b.selectors.position.start);

    expect(actual.startsWith(`# ${finance.title}\n`)).toBe(true);
    expect(actual.indexOf(quotes[0].selectors.quote.exact)).toBeLessThan(actual.indexOf(quotes[1].selectors.quote.exact));
    expect(actual).not.toContain('航天');
  });

  it('should keep a multi-line note and quote lines inside the block quote', () => {
    const h = live.find((x) => x.note.includes('\n'))!;

    expect(all).toContain(h.note);
  });
});

describe('exportAnkiTsv', () => {
  const tsv = exportAnkiTsv(data);
  const rows = tsv.trimEnd().split('\n').filter((l) => !l.startsWith('#'));

  it('should start with Anki file headers', () => {
    expect(tsv.split('\n').slice(0, 4)).toEqual(['#separator:tab', '#html:true', `#columns:${ANKI_COLUMNS.join('\t')}`, '#tags column:8']);
  });

  it('should have one row of all columns per live highlight', () => {
    expect(rows).toHaveLength(live.length);
    rows.forEach((r) => expect(r.split('\t')).toHaveLength(ANKI_COLUMNS.length));
  });

  it('should keep a note with a line break on one row, as <br>', () => {
    const h = live.find((x) => x.note.includes('\n'))!;
    const row = rows.find((r) => r.startsWith(h.selectors.quote.exact))!.split('\t');

    expect(row[2]).toBe(h.note.replace('\n', '<br>'));
    expect(row[1]).toContain(`<b>${h.selectors.quote.exact}</b>`);
    expect(row[7]).toBe(`renmin-reader ${h.color}`);
  });
});

describe('exports of hostile notes, titles and URLs (issue 10, item 10)', () => {
  const [h] = live;
  const hostile = (patch: { note?: string; title?: string; url?: string; source?: string }): StoreData => ({
    ...data,
    highlights: [{ ...h, note: patch.note ?? h.note }],
    articles: data.articles.map((a) => (a.key === h.articleKey ? { ...a, title: patch.title ?? a.title, url: patch.url ?? a.url, source: patch.source ?? a.source } : a)),
  });
  /** Characters Markdown or HTML would read, each of which must come escaped out of text from the reader or the page. */
  const unescaped = (md: string, c: string) => md.split('').some((x, i) => x === c && md[i - 1] !== '\\');

  it.each([
    ['a script tag in a note', { note: '<script>alert(1)</script>' }, '\\<script\\>alert(1)\\</script\\>'],
    ['an image with onerror in a note', { note: '<img src=x onerror=alert(1)>' }, '\\<img src=x onerror=alert(1)\\>'],
    ['a javascript: link in a note', { note: '[点此](javascript:alert(1))' }, '\\[点此\\](javascript\\:alert(1))'],
    ['an autolink in a note', { note: '<javascript:alert(1)>' }, '\\<javascript\\:alert(1)\\>'],
    ['a bare web address in a note', { note: '见 https://evil.example 和 www.evil.example' }, '见 https\\://evil.example 和 www\\.evil.example'],
    ['an entity in a note', { note: '&lt;script&gt;' }, '\\&lt;script\\&gt;'],
    ['a heading and a list in a note', { note: '# 标题\n- 一项\n1. 第一' }, '\\# 标题\n\\- 一项\n1\\. 第一'],
  ])('should write %s as text', (_what, patch, expected) => {
    const md = exportMarkdown(hostile(patch), h.articleKey);

    expect(md).toContain(`\n${expected}\n`);
    ['<', '[', ']', '&'].forEach((c) => expect(unescaped(md.replace(/^- URL: <[^>\n]*>$/m, ''), c)).toBe(false));
  });

  it('should escape the title and keep it on its heading line', () => {
    const md = exportMarkdown(hostile({ title: '<img src=x onerror=alert(1)>\n# 又一个标题' }), h.articleKey);

    expect(md.split('\n')[0]).toBe('# \\<img src=x onerror=alert(1)\\> \\# 又一个标题');
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['https://evil.example/n1/2024/0424/c1001-40223222.html'],
  ])('should write no link for the URL %s', (url) => {
    const md = exportMarkdown(hostile({ url }), h.articleKey);
    const tsv = exportAnkiTsv(hostile({ url }), h.articleKey);

    expect(md).not.toContain('URL:');
    expect(md).not.toContain(url);
    expect(tsv.split('\n').at(-2)!.split('\t')[6]).toBe('');
  });

  it('should keep the link for an http(s) People\'s Daily URL', () => {
    const md = exportMarkdown(data, h.articleKey);
    const url = data.articles.find((a) => a.key === h.articleKey)!.url;

    expect(md).toContain(`- URL: <${url}>`);
  });

  it('should HTML-escape a hostile note in the Anki export', () => {
    const tsv = exportAnkiTsv(hostile({ note: '<img src=x onerror=alert(1)>\t<script>x</script>' }), h.articleKey);
    const row = tsv.trimEnd().split('\n').at(-1)!.split('\t');

    expect(row[2]).toBe('&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;x&lt;/script&gt;');
    expect(tsv).not.toMatch(/<img|<script/);
  });
});
