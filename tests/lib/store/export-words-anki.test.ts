import { describe, expect, it } from 'vitest';
import { exportWordsAnkiTsv, parseExport, type SavedWord } from '../../../lib/store';
import { versionedFixtures } from './fixtures';

const { words } = parseExport(versionedFixtures().at(-1)![1]).data;

describe('exportWordsAnkiTsv', () => {
  const lines = exportWordsAnkiTsv(words).trimEnd().split('\n');

  it('should start with Anki\'s headers naming the columns and the tags column', () => {
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#columns:Word\tReading\tDefinition\tSentence\tSource\tURL\tTags', '#tags column:7']);
  });

  it('should give one note per live word, oldest first, with the word in bold in its sentence and a linked source', () => {
    const notes = lines.slice(4).map((l) => l.split('\t'));

    expect(notes.map((n) => n[0])).toEqual(['赓续', '重任']);
    expect(notes[0].slice(0, 3)).toEqual(['赓续', 'gēng xù', 'to continue; to carry on (a tradition etc)']);
    expect(notes[1][3]).toBe('扛稳粮食安全<b>重任</b>，加快建设农业强省');
    expect(notes[1][4]).toBe('<a href="http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html">在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）</a>');
    expect(notes[1][5]).toBe('http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html');
    expect(notes[1][6]).toBe('renmin-reader word');
  });

  it('should escape HTML and keep a field on one line', () => {
    const w: SavedWord = { ...words[0], definition: 'a <b>bold</b>\tclaim\nwith & more', title: '<script>', url: '' };

    const [note] = exportWordsAnkiTsv([w]).trimEnd().split('\n').slice(4).map((l) => l.split('\t'));

    expect(note[2]).toBe('a &lt;b&gt;bold&lt;/b&gt; claim<br>with &amp; more');
    expect(note[4]).toBe('&lt;script&gt;');
  });
});
