import { describe, expect, it } from 'vitest';
import { fromSnapshot, mergeWords, parseExport, toStorageEntries, wordStorageKey, type SavedWord } from '../../../lib/store';
import { deleteSavedWord } from '../../../lib/words/saved-word';
import { versionedFixtures } from './fixtures';

const fixture = parseExport(versionedFixtures().at(-1)![1]).data;
const [gengxu] = fixture.words;

/** A storage area as a plain object, as storage.snapshot() returns it. */
const store = (data = fixture) => Object.fromEntries(toStorageEntries(data).map((e) => [e.key, structuredClone(e.value)]));

describe('the word list in storage', () => {
  it('should keep one key per word, named by its id', () => {
    const keys = toStorageEntries(fixture).map((e) => e.key).filter((k) => k.startsWith('local:word:'));

    expect(keys).toEqual(fixture.words.map((w) => `local:word:${w.id}`));
  });

  it('should keep both words when two tabs save at the same moment', () => {
    const storage = store();
    const tabA: SavedWord = { ...gengxu, id: 'tab-a', createdAt: '2024-06-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' };
    const tabB: SavedWord = { ...gengxu, id: 'tab-b', createdAt: '2024-06-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' };

    // Each tab writes only its own key: nothing to read, change and write back.
    storage[wordStorageKey(tabA)] = tabA;
    storage[wordStorageKey(tabB)] = tabB;

    expect(fromSnapshot(storage).data.words.map((w) => w.id)).toEqual(expect.arrayContaining(['tab-a', 'tab-b', ...fixture.words.map((w) => w.id)]));
  });

  it('should not bring a deleted word back from a tab that still holds the older copy', () => {
    const deleted = deleteSavedWord(gengxu, new Date('2024-06-02T00:00:00.000Z'));

    const { merged } = mergeWords([deleted], [gengxu]);

    expect(merged).toEqual([deleted]);
  });

  it('should report a stored word that fails validation with its key, and keep the others', () => {
    const storage = store();
    storage[wordStorageKey(gengxu)] = { ...gengxu, at: 99 };

    const actual = fromSnapshot(storage);

    expect(actual.problems).toEqual([expect.stringMatching(new RegExp(`^word:${gengxu.id}\\.at: the sentence does not have the word "赓续" at 99`))]);
    expect(actual.data.words.map((w) => w.word)).toEqual(['共赢', '重任']);
  });

  it('should refuse a word stored under another word\'s key', () => {
    const storage = store();
    storage['local:word:not-its-id'] = gengxu;

    expect(fromSnapshot(storage).problems).toEqual(['word:not-its-id: holds saved word 5d0c9a12-7f3e-4b21-8c6d-2e9f0a1b3c01']);
  });
});
