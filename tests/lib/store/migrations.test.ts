import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring';
import { migrate, MIGRATIONS, MigrationError, parseExport, SCHEMA_VERSION, type Migration } from '../../../lib/store';
import { loadCorpus } from '../anchoring/corpus';
import { versionedFixtures } from './fixtures';

const fixtures = versionedFixtures();
const current = fixtures.find(([v]) => v === SCHEMA_VERSION);

/** The lists each schema version added: a fixture of an older version has none of them. */
const ADDED_IN: Record<string, number> = { words: 2 };

/** The current fixture's data as data of `version` would migrate to: what came later is empty. */
function currentAsOf(version: number) {
  const data = parseExport(current![1]).data;
  for (const [field, since] of Object.entries(ADDED_IN)) if (version < since) (data as unknown as Record<string, unknown[]>)[field] = [];
  return data;
}

describe('migrations over the versioned fixtures', () => {
  it('should have a fixture for every version up to the current one', () => {
    expect(fixtures.map(([v]) => v)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('should bring fixture v%i to the current fixture (less what later versions added)', (version, json) => {
    const expected = currentAsOf(version);

    const actual = parseExport(json).data;

    expect(actual).toEqual(expected);
  });

  it('should anchor every live fixture highlight at its stored position in the saved page', () => {
    const texts = new Map(loadCorpus().map((a) => [a.name.match(/-(\d+)(?:-fragment)?\.html$/)?.[1], a.text]));
    const { data } = parseExport(current![1]);

    const actual = data.highlights.map((h) => anchor(texts.get(h.articleKey.split(':')[1])!, h.selectors)?.method);

    expect(actual).toEqual(data.highlights.map(() => 'position'));
  });
});

describe('the v2 step', () => {
  it('should give v1 data an empty word list', () => {
    const actual = MIGRATIONS[2]({ schemaVersion: 1, highlights: [] });

    expect(actual).toEqual({ schemaVersion: 1, highlights: [], words: [] });
  });

  it('should keep words a v2 build stored beside v1 data before the migration ran', () => {
    const word = { id: 'a', word: '赓续' };

    expect(MIGRATIONS[2]({ schemaVersion: 1, words: [word] }).words).toEqual([word]);
  });

  it('should keep the saved words of the v2 fixture, tombstone included', () => {
    const { data } = parseExport(current![1]);

    expect(data.words.map((w) => [w.word, w.deletedAt ?? null])).toEqual([['赓续', null], ['共赢', '2024-04-27T09:00:00.000Z'], ['重任', null]]);
  });
});

describe('migrate', () => {
  /** A made-up history for testing the runner: v2 renames `note` to `comment`, v3 adds `tags`. */
  const history: Record<number, Migration> = {
    2: (d) => ({ ...d, highlights: (d.highlights as { note: string }[]).map(({ note, ...h }) => ({ ...h, comment: note })) }),
    3: (d) => ({ ...d, highlights: (d.highlights as object[]).map((h) => ({ ...h, tags: [] })) }),
  };
  const v1 = { schemaVersion: 1, highlights: [{ id: 'a', note: '营商环境' }] };

  it('should run the steps in order and set the version', () => {
    const actual = migrate(v1, history, 3);

    expect(actual).toEqual({ schemaVersion: 3, highlights: [{ id: 'a', comment: '营商环境', tags: [] }] });
  });

  it('should start from the version the data has', () => {
    const v2 = { schemaVersion: 2, highlights: [{ id: 'a', comment: '营商环境' }] };

    expect(migrate(v2, history, 3)).toEqual({ schemaVersion: 3, highlights: [{ id: 'a', comment: '营商环境', tags: [] }] });
  });

  it('should not change its input', () => {
    const input = structuredClone(v1);

    migrate(input, history, 3);

    expect(input).toEqual(v1);
  });

  it.each([
    ['newer than this version', { schemaVersion: 9 }, /newer than this version/],
    ['without a version', { highlights: [] }, /schemaVersion/],
    ['with a version 0', { schemaVersion: 0 }, /schemaVersion/],
  ])('should refuse data %s', (_what, data, message) => {
    expect(() => migrate(data, history, 3)).toThrow(message);
  });

  it('should refuse when a step is missing', () => {
    expect(() => migrate(v1, { 3: history[3] }, 3)).toThrow(MigrationError);
  });
});
