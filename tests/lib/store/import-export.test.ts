import { describe, expect, it } from 'vitest';
import {
  emptyStore, exportJson, importJson, ImportError, parseExport, type StoreData,
} from '../../../lib/store';
import { versionedFixtures } from './fixtures';

const fixtureJson = versionedFixtures().at(-1)![1];
const fixture: StoreData = parseExport(fixtureJson).data;
const now = new Date('2024-06-01T00:00:00.000Z');

describe('exportJson → importJson', () => {
  it('should give identical data in a fresh profile', () => {
    const actual = importJson(emptyStore(), exportJson(fixture, now));

    expect(actual.data).toEqual(fixture);
    expect(actual.report).toEqual({
      fromVersion: 2,
      articles: { added: 2, updated: 0, unchanged: 0 },
      highlights: { added: 5, updated: 0, unchanged: 0, deleted: 0 },
      corrections: { added: 2, updated: 0, unchanged: 0 },
      words: { added: 3, updated: 0, unchanged: 0 },
      settings: 'imported',
    });
  });

  it('should export the same file again after the round trip', () => {
    const once = exportJson(fixture, now);

    const twice = exportJson(importJson(emptyStore(), once).data, now);

    expect(twice).toBe(once);
  });

  it('should change nothing when the same file is imported twice', () => {
    const first = importJson(emptyStore(), fixtureJson).data;

    const actual = importJson(first, fixtureJson);

    expect(actual.data).toEqual(first);
    expect(actual.report.highlights).toEqual({ added: 0, updated: 0, unchanged: 5, deleted: 0 });
  });

  it('should merge without duplicates and keep the newer side', () => {
    const [h1, h2] = fixture.highlights.filter((h) => h.deletedAt == null);
    const mine: StoreData = {
      ...emptyStore(),
      highlights: [{ ...h1, note: '我后来改的笔记', updatedAt: '2024-06-01T00:00:00.000Z' }, { ...h2, deletedAt: '2024-06-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' }],
      settings: { ...fixture.settings!, ruby: true },
    };

    const actual = importJson(mine, fixtureJson);

    expect(actual.data.highlights).toHaveLength(fixture.highlights.length);
    expect(actual.data.highlights.find((h) => h.id === h1.id)!.note).toBe('我后来改的笔记');
    expect(actual.data.highlights.find((h) => h.id === h2.id)!.deletedAt).toBe('2024-06-01T00:00:00.000Z');
    expect(actual.data.settings!.ruby).toBe(true);
    expect(actual.report.highlights).toMatchObject({ added: 3, unchanged: 2 });
    expect(actual.report.settings).toBe('kept');
  });

  it('should report a deletion brought in by the file', () => {
    const live = fixture.highlights.find((h) => h.deletedAt != null)!;
    const mine: StoreData = { ...emptyStore(), highlights: [{ ...live, deletedAt: null, updatedAt: '2024-04-25T01:30:00.000Z' }] };

    const actual = importJson(mine, fixtureJson);

    expect(actual.report.highlights.deleted).toBe(1);
  });
});

describe('an export of v1 (before the word list)', () => {
  const v1 = versionedFixtures().find(([v]) => v === 1)![1];

  it('should import into a store with words and keep every word', () => {
    const mine = importJson(emptyStore(), fixtureJson).data;

    const actual = importJson(mine, v1);

    expect(actual.report.fromVersion).toBe(1);
    expect(actual.data.words).toEqual(fixture.words);
    expect(actual.report.words).toEqual({ added: 0, updated: 0, unchanged: 0 });
  });
});

describe('importJson errors', () => {
  /** The fixture with one change applied to its parsed JSON. */
  function broken(change: (raw: Record<string, any>) => void): string {
    const raw = JSON.parse(fixtureJson);
    change(raw);
    return JSON.stringify(raw);
  }

  it.each([
    ['not JSON', '{"format": ', /not a JSON file/],
    ['another app\'s file', '{"highlights": []}', /not a Renmin Reader export/],
    ['a newer schema', broken((r) => { r.schemaVersion = 99; }), /newer than this version/],
    ['a bad colour', broken((r) => { r.highlights[0].color = 'red'; }), /highlights\[0\]\.color: expected one of/],
    ['an empty quote', broken((r) => { r.highlights[1].selectors.quote.exact = ''; }), /highlights\[1\]\.selectors\.quote\.exact: must not be empty/],
    ['a bad date', broken((r) => { r.articles[0].updatedAt = 'yesterday'; }), /articles\[0\]\.updatedAt: not an ISO 8601 time/],
    ['a repeated id', broken((r) => { r.highlights[1].id = r.highlights[0].id; }), /repeats highlights\[0\]/],
    ['a missing list', broken((r) => { delete r.highlights; }), /highlights: expected a list/],
    ['a bad setting', broken((r) => { r.settings.pinyin = 'yes'; }), /settings\.pinyin: expected true or false, got "yes"$/m],
    ['a saved word that is not where it says in its sentence', broken((r) => { r.words[0].at = 3; }), /words\[0\]\.at: the sentence does not have the word "赓续" at 3/],
    ['a saved word linking to another site', broken((r) => { r.words[0].url = 'javascript:alert(1)'; }), /words\[0\]\.url: not an http\(s\) People's Daily URL/],
    ['a saved word with no Chinese in it', broken((r) => { Object.assign(r.words[2], { word: 'GDP', sentence: 'GDP增长5.3%', at: 0 }); }), /words\[2\]\.word: expected a word with a Chinese character/],
    ['a saved sentence longer than the extension keeps', broken((r) => { r.words[2].sentence += '，'.repeat(300); }), /words\[2\]\.sentence: 317 characters, more than the 300/],
    ['a repeated word id', broken((r) => { r.words[2].id = r.words[0].id; }), /words\[2\]\.id: .* repeats words\[0\]/],
  ])('should refuse %s with a clear message and import nothing', (_what, json, message) => {
    const existing = importJson(emptyStore(), fixtureJson).data;
    const snapshot = structuredClone(existing);

    expect(() => importJson(existing, json)).toThrow(ImportError);
    expect(() => importJson(existing, json)).toThrow(message);
    expect(existing).toEqual(snapshot);
  });

  it('should list every problem, not only the first', () => {
    const json = broken((r) => { r.highlights[0].color = 'red'; r.highlights[2].note = 5; });

    try {
      importJson(emptyStore(), json);
      expect.unreachable();
    } catch (e) {
      expect((e as ImportError).problems).toHaveLength(2);
    }
  });
});
