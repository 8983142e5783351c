import { describe, expect, it } from 'vitest';
import { ANKI_COLUMNS, exportAnkiTsv, exportMarkdown, parseExport } from '../../../lib/store';
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
