import { describe, expect, it } from 'vitest';
import { buildGlossary, glossaryToAnkiTsv, glossaryToCsv } from '../../../lib/glossary';
import type { GlossaryEntry } from '../../../lib/types';
import { loadPage } from '../summarize/load-page';
import { exportAnkiTsv } from '../../../lib/store/export-anki';

/** A small RFC 4180 CSV parser, to check the export round-trips (the byte order mark is read as Excel does: not data). */
function parseCsv(withBom: string): string[][] {
  const csv = withBom.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && csv[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  return rows;
}

const TRICKY: GlossaryEntry = { term: '“一带一路”', pinyin: 'yī dài yī lù', gloss: 'the "Belt and Road", a plan,\nwith\ttab', kind: 'term', count: 1, first: 0 };

describe('glossary exports', () => {
  const article = loadPage('politics-c1001-40223222');
  const entries = buildGlossary(article.text, article.meta, { limit: 10 });

  it('writes CSV with a header and the source sentence, title and URL', () => {
    const actual = parseCsv(glossaryToCsv(entries, article));

    expect(actual[0]).toEqual(['term', 'pinyin', 'gloss', 'sentence', 'title', 'url']);
    expect(actual).toHaveLength(entries.length + 1);
    const xi = actual.find((r) => r[0] === '习近平');
    expect(xi?.[2]).toBe('Xi Jinping');
    expect(xi?.[3]).toContain('习近平');
    expect(xi?.[4]).toBe(article.meta.title);
    expect(xi?.[5]).toBe('http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html');
  });

  it('quotes commas, quotes and line breaks in CSV so fields round-trip', () => {
    const actual = parseCsv(glossaryToCsv([TRICKY], { text: '高质量共建“一带一路”。', meta: { title: 'a, "b"', url: null } }));

    expect(actual[1]).toEqual(['“一带一路”', 'yī dài yī lù', 'the "Belt and Road", a plan,\nwith\ttab', '高质量共建“一带一路”。', 'a, "b"', '']);
  });

  it('starts the CSV with a UTF-8 byte order mark, so Excel on Chinese Windows does not read it as GBK', () => {
    const bytes = Buffer.from(glossaryToCsv(entries, article), 'utf8');

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 8).toString('utf8')).toBe('term,');
  });

  it('writes Anki TSV with the same file headers as the highlights’ export, then one note per line', () => {
    const tsv = glossaryToAnkiTsv([...entries, TRICKY], article);

    const lines = tsv.trimEnd().split('\n');

    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:true',
      '#columns:Term\tPinyin\tGloss\tSentence\tTitle\tURL\tTags',
      '#tags column:7',
    ]);
    const notes = lines.slice(4);
    expect(notes).toHaveLength(entries.length + 1);
    for (const line of notes) expect(line.split('\t')).toHaveLength(7);
    // HTML fields: quotes stay, the line break becomes <br>, the tab a space.
    expect(notes[notes.length - 1].split('\t')[2]).toBe('the "Belt and Road", a plan,<br>with tab');
    expect(notes[notes.length - 1].split('\t')[6]).toBe('renmin-reader glossary term');
  });

  it('shares its header lines with the highlights’ Anki export', () => {
    const highlights = exportAnkiTsv({ schemaVersion: 1, articles: [], highlights: [], settings: null, corrections: {}, words: [] }).split('\n');
    const glossary = glossaryToAnkiTsv([], article).split('\n');

    expect(glossary[0]).toBe(highlights[0]);
    expect(glossary[1]).toBe(highlights[1]);
    expect(glossary[2].startsWith('#columns:')).toBe(true);
    expect(highlights[2].startsWith('#columns:')).toBe(true);
  });

  it('writes an empty gloss for an unglossed term', () => {
    const unglossed = buildGlossary(article.text, article.meta, { limit: 100 }).filter((e) => e.gloss === null);

    const actual = parseCsv(glossaryToCsv(unglossed, article)).slice(1);

    expect(unglossed.length).toBeGreaterThan(0);
    for (const row of actual) expect(row[2]).toBe('');
  });
});
