import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../lib/settings';

describe('readSettings (issue 10, item 11)', () => {
  it('should replace a field of the wrong type by its default and say so', () => {
    const actual = readSettings({ ...DEFAULT_SETTINGS, panelCollapsed: 'no', ruby: true });

    expect(actual.settings).toEqual({ ...DEFAULT_SETTINGS, ruby: true });
    expect(actual.problems).toEqual(['panelCollapsed: expected true or false, got "no"; the default (false) is used']);
  });

  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS, []],
    ['null', null, DEFAULT_SETTINGS, []],
    ['an older value without the newer fields', { pinyin: true }, { ...DEFAULT_SETTINGS, pinyin: true }, []],
    ['one open section of the wrong type', { openSections: { outline: 0 } }, DEFAULT_SETTINGS, ['openSections.outline: expected true or false, got 0; the default (true) is used']],
    ['sections that are not an object', { openSections: 'all' }, DEFAULT_SETTINGS, ['openSections: expected an object, got "all"; the defaults are used']],
    ['a string instead of an object', 'collapsed', DEFAULT_SETTINGS, ['settings: expected an object, got "collapsed"; the defaults are used']],
    ['a field this version does not know', { marks: false, futureSetting: 1 }, { ...DEFAULT_SETTINGS, marks: false }, []],
  ])('should read %s', (_what, stored, settings, problems) => {
    const actual = readSettings(stored);

    expect(actual.settings).toEqual(settings);
    expect(actual.problems).toEqual(problems);
  });

  it('should not hand out the defaults object itself', () => {
    const actual = readSettings(null).settings;
    actual.openSections.outline = false;

    expect(DEFAULT_SETTINGS.openSections.outline).toBe(true);
  });
});
