import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsV1toV2 } from '../../../lib/settings-migrations';
import { normaliseSettings, showsMarks } from '../../../lib/settings';

/** The settings a v1 build stored for a reader who folded the panel, closed two sections,
 * turned marks off and pinyin and tone colours on (written by hand from v1's shape). */
const v1 = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/v1.json'), 'utf8'));

describe('settingsV1toV2', () => {
  it('keeps every v1 choice and gives the new settings their defaults', () => {
    const expected = {
      panelCollapsed: true,
      openSections: { outline: false, glossary: true, dates: false, highlights: true },
      marks: false,
      pinyin: true,
      ruby: false,
      toneColors: true,
      knownWords: false,
      markKinds: { dates: true, figures: true, terms: true },
      panelSide: 'right',
      panelWidth: 360,
      fontSize: 14,
      theme: 'system',
      pinyinStyle: 'marks',
      toneScheme: 'classic',
      hoverDelay: 0,
      hoverModifier: 'none',
      uiLanguage: 'auto',
    };

    const actual = settingsV1toV2(v1);

    expect(actual).toEqual(expected);
  });

  it('v1 marks off still hides every kind; marks on shows every kind', () => {
    const off = settingsV1toV2(v1);
    const on = settingsV1toV2({ ...v1, marks: true });

    expect(['dates', 'figures', 'terms'].map((k) => showsMarks(off, k as 'dates'))).toEqual([false, false, false]);
    expect(['dates', 'figures', 'terms'].map((k) => showsMarks(on, k as 'dates'))).toEqual([true, true, true]);
  });

  it.each([
    ['nothing stored', null],
    ['not an object', 'yes'],
    ['an array', [true, false]],
  ])('%s gives the defaults', (_, stored) => {
    expect(settingsV1toV2(stored)).toEqual(normaliseSettings(null));
  });

  it('a wrong-typed field takes its default; fields no version wrote are dropped', () => {
    const actual = settingsV1toV2({ ...v1, pinyin: 'on', openSections: { outline: 'no', dates: false }, theme: 'neon', extra: 1 });

    expect(actual.pinyin).toBe(false);
    expect(actual.openSections).toEqual({ outline: true, glossary: true, dates: false, highlights: true });
    expect(actual.theme).toBe('system');
    expect('extra' in actual).toBe(false);
  });

  it('changes nothing on a v2 value (one whose version mark was lost is migrated again)', () => {
    const v2 = { ...settingsV1toV2(v1), theme: 'dark', uiLanguage: 'en', panelWidth: 420, markKinds: { dates: true, figures: false, terms: true } };

    expect(settingsV1toV2(v2)).toEqual(v2);
  });

  it('changes nothing on any v2 field, the later ones too (knownWords was dropped by a list of its own)', () => {
    const v2 = { ...settingsV1toV2(v1), knownWords: true, toneScheme: settingsV1toV2(v1).toneScheme, hoverModifier: 'alt' as const };

    expect(settingsV1toV2(v2)).toEqual(v2);
  });
});

describe('normaliseSettings', () => {
  it.each([
    [{ theme: 'neon' }, 'theme', 'system'],
    [{ uiLanguage: 'fr' }, 'uiLanguage', 'auto'],
    [{ panelSide: 'top' }, 'panelSide', 'right'],
    [{ panelWidth: 2000 }, 'panelWidth', 560],
    [{ panelWidth: 100 }, 'panelWidth', 300],
    [{ panelWidth: Number.NaN }, 'panelWidth', 360],
    [{ fontSize: '16' }, 'fontSize', 14],
    [{ hoverDelay: 333.3 }, 'hoverDelay', 333],
    [{ pinyinStyle: 'numbers' }, 'pinyinStyle', 'numbers'],
    [{ theme: 'sepia' }, 'theme', 'sepia'],
  ])('%j → %s = %j', (stored, field, expected) => {
    expect(normaliseSettings(stored as never)[field as 'theme']).toBe(expected);
  });

  it('fills a partial markKinds from the defaults', () => {
    expect(normaliseSettings({ markKinds: { figures: false } } as never).markKinds).toEqual({ dates: true, figures: false, terms: true });
  });
});
