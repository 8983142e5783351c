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

const V1_FIELDS = ['panelCollapsed', 'openSections', 'marks', 'pinyin', 'ruby', 'toneColors'] as const;

/**
 * v1 → v2. Keeps v1's six fields when they have their v1 type (a wrong-typed one takes its
 * default), drops anything v1 never wrote, and gives the new fields their defaults: every
 * kind of mark on (v1's one `marks` switch governed all three), the panel where it was
 * (right, 360 px, 14 px text), the theme and language following the system. Nothing stored
 * (null) gives the defaults.
 */
export function settingsV1toV2(v1: unknown): Settings {
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) return normaliseSettings(null);
  const source = v1 as Record<string, unknown>;
  const kept: Partial<SettingsV1> = {};
  for (const field of V1_FIELDS) {
    const value = source[field];
    if (field === 'openSections') {
      if (typeof value === 'object' && value !== null) {
        kept.openSections = Object.fromEntries(
          Object.entries(value).filter(([k, v]) => ['outline', 'glossary', 'dates', 'highlights'].includes(k) && typeof v === 'boolean'),
        ) as SettingsV1['openSections'];
      }
    } else if (typeof value === 'boolean') kept[field] = value;
  }
  return normaliseSettings(kept);
}
