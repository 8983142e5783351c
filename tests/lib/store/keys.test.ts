import { describe, expect, it } from 'vitest';
import {
  articleHighlightsPrefix, changedEntries, emptyStore, fromSnapshot, highlightStorageKey, mergeHighlights,
  newerSchemaVersion, parseExport, toStorageEntries, type Highlight,
} from '../../../lib/store';
import { versionedFixtures } from './fixtures';

const fixture = parseExport(versionedFixtures().at(-1)![1]).data;

/** A storage area as a plain object, as storage.snapshot() returns it. */
function store(entries: { key: string; value: unknown }[]): Record<string, unknown> {
  return Object.fromEntries(entries.map((e) => [e.key, structuredClone(e.value)]));
}

describe('storage keys', () => {
  it('should round-trip the complete data through storage entries', () => {
    const actual = fromSnapshot(store(toStorageEntries(fixture)));

    expect(actual.problems).toEqual([]);
    expect(actual.data).toEqual(fixture);
  });

  it('should accept snapshot keys without the area prefix', () => {
    const snapshot = Object.fromEntries(Object.entries(store(toStorageEntries(fixture))).map(([k, v]) => [k.slice('local:'.length), v]));

    expect(fromSnapshot(snapshot).data).toEqual(fixture);
  });

  it('should keep both highlights when two tabs save at the same moment', () => {
    const storage = store(toStorageEntries(fixture));
    const [h] = fixture.highlights;
    const tabA = { ...h, id: 'tab-a', note: 'A' };
    const tabB = { ...h, id: 'tab-b', note: 'B' };

    // Each tab writes only its own key: no read-modify-write of a shared list.
    storage[highlightStorageKey(tabA)] = tabA;
    storage[highlightStorageKey(tabB)] = tabB;

    const ids = fromSnapshot(storage).data.highlights.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining([...fixture.highlights.map((x) => x.id), 'tab-a', 'tab-b']));
  });

  it('should put every highlight of an article under its prefix', () => {
    const keys = toStorageEntries(fixture).map((e) => e.key);
    const prefix = articleHighlightsPrefix('people:40223222');

    expect(keys.filter((k) => k.startsWith(prefix))).toHaveLength(fixture.highlights.filter((h) => h.articleKey === 'people:40223222').length);
  });

  it('should report unreadable values with their key instead of dropping them silently', () => {
    const storage = store(toStorageEntries(fixture));
    const [h] = fixture.highlights;
    storage[highlightStorageKey(h)] = { ...h, color: 42 };

    const actual = fromSnapshot(storage);

    expect(actual.problems).toEqual([expect.stringContaining(`hl:${h.articleKey}:${h.id}.color`)]);
    expect(actual.data.highlights).toHaveLength(fixture.highlights.length - 1);
  });

  it('should write only what changed', () => {
    const [h] = fixture.highlights;
    const edited = { ...h, note: '新的笔记', updatedAt: '2024-07-01T00:00:00.000Z' };
    const after = { ...fixture, highlights: mergeHighlights(fixture.highlights, [edited]) };

    expect(changedEntries(fixture, after)).toEqual([{ key: highlightStorageKey(h), value: edited }]);
    expect(changedEntries(emptyStore(), fixture)).toHaveLength(toStorageEntries(fixture).length - 1);
  });

  it('should migrate stored records from the stored schema version before validating them', () => {
    const storage: Record<string, unknown> = { ...store(toStorageEntries(fixture)), 'local:schemaVersion': 2 };
    const [h] = fixture.highlights;
    storage[highlightStorageKey(h)] = { ...h, color: 'gold' };
    /** A made-up v3 that renamed the colour gold to yellow. */
    const migrations = { 3: (d: Record<string, unknown>) => ({ ...d, highlights: (d.highlights as Highlight[]).map((x) => ({ ...x, color: (x.color as string) === 'gold' ? 'yellow' : x.color })) }) };

    const actual = fromSnapshot(storage, { migrations, target: 3 });

    expect(actual.problems).toEqual([]);
    expect(actual.fromVersion).toBe(2);
    expect(actual.data.schemaVersion).toBe(3);
    expect(actual.data.highlights.find((x) => x.id === h.id)!.color).toBe('yellow');
  });

  it('should leave data of a newer version alone and say which version it is', () => {
    const storage = { ...store(toStorageEntries(fixture)), 'local:schemaVersion': 7 };

    const actual = fromSnapshot(storage);

    expect(actual.newerVersion).toBe(7);
    expect(actual.data.highlights).toEqual([]);
    expect(actual.invalid).toEqual([{ record: 'schemaVersion', problems: [expect.stringMatching(/newer than this version/)] }]);
  });

  it('should report no newer version for data of this version or none', () => {
    expect(fromSnapshot(store(toStorageEntries(fixture))).newerVersion).toBeNull();
    expect(fromSnapshot({}).newerVersion).toBeNull();
  });

  it('should count unreadable records, not their problems', () => {
    const storage = store(toStorageEntries(fixture));
    const broken = fixture.highlights.slice(0, 3);
    for (const h of broken) storage[highlightStorageKey(h)] = { ...h, color: 'red', note: 5 };

    const actual = fromSnapshot(storage);

    expect(actual.invalid.map((r) => r.record).sort()).toEqual(broken.map((h) => highlightStorageKey(h).slice('local:'.length)).sort());
    expect(actual.invalid.every((r) => r.problems.length === 2)).toBe(true);
    expect(actual.problems).toHaveLength(6);
  });

  it('should say so when the stored schema version is not a number', () => {
    const actual = fromSnapshot({ ...store(toStorageEntries(fixture)), 'local:schemaVersion': '2' });

    expect(actual.invalid).toEqual([{ record: 'schemaVersion', problems: ['schemaVersion: expected a whole number ≥ 1, got "2"; read as 1'] }]);
    expect(actual.data.highlights).toHaveLength(fixture.highlights.length);
  });
});

describe('newerSchemaVersion', () => {
  it.each([
    [7, 7], [2, 2], [1, null], [undefined, null], ['7', null], [1.5, null], [null, null],
  ])('should give %j → %j for schema version 1', (stored, expected) => {
    expect(newerSchemaVersion(stored, 1)).toBe(expected);
  });
});
