/**
 * Stored settings across versions (pure; lib/ext/storage-items runs them).
 * v1 (`local:settings`): panelCollapsed, openSections, marks, pinyin, ruby, toneColors.
 * v2 (`sync:settings`, so a reader's choices follow them to their other browsers):
 * v1's fields unchanged, plus markKinds, panel side and width, font size, theme,
 * pinyin style, tone scheme, hover delay and modifier, UI language. No field changes
 * type between versions, so a v1 value read as v2 (an old export being imported)
 * still passes a type check of its fields.
 * @module lib/settings-migrations
 */
import { normaliseSettings, type Settings } from './settings';

/** The settings stored by v1. */
export interface SettingsV1 {
  panelCollapsed: boolean;
  openSections: { outline: boolean; glossary: boolean; dates: boolean; highlights: boolean };
  marks: boolean;
  pinyin: boolean;
  ruby: boolean;
  toneColors: boolean;
}

const V1_FIELDS = ['panelCollapsed', 'marks', 'pinyin', 'ruby', 'toneColors'] as const;
const SECTIONS = ['outline', 'glossary', 'dates', 'highlights'] as const;
const MARK_KINDS = ['dates', 'figures', 'terms'] as const;
/** v2's other fields: their values are checked by normaliseSettings (choices and ranges). */
const V2_FIELDS = ['panelSide', 'panelWidth', 'fontSize', 'theme', 'pinyinStyle', 'toneScheme', 'hoverDelay', 'hoverModifier', 'uiLanguage'] as const;

/** The boolean fields of `value` that `names` lists; anything else is dropped. */
function booleans<K extends string>(value: unknown, names: readonly K[]): Partial<Record<K, boolean>> {
  if (typeof value !== 'object' || value === null) return {};
  const source = value as Record<string, unknown>;
  return Object.fromEntries(names.filter((k) => typeof source[k] === 'boolean').map((k) => [k, source[k]])) as Partial<Record<K, boolean>>;
}

/**
 * v1 → v2. Keeps v1's fields when they have their v1 type (a wrong-typed one takes its
 * default) and drops anything neither version wrote; the new fields get their defaults:
 * every kind of mark on (v1's one `marks` switch governed all three), the panel where it was
 * (right, 360 px, 14 px text), the theme and language following the system. Nothing stored
 * (null) gives the defaults. A value that already carries v2 fields (a v2 value whose version
 * mark was lost) keeps them, so running this twice changes nothing.
 */
export function settingsV1toV2(v1: unknown): Settings {
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) return normaliseSettings(null);
  const source = v1 as Record<string, unknown>;
  const kept: Partial<Settings> = { ...booleans(source, V1_FIELDS) };
  kept.openSections = booleans(source.openSections, SECTIONS) as Settings['openSections'];
  kept.markKinds = booleans(source.markKinds, MARK_KINDS) as Settings['markKinds'];
  for (const field of V2_FIELDS) if (field in source) (kept as Record<string, unknown>)[field] = source[field];
  return normaliseSettings(kept);
}
