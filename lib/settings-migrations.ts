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
import { readSettings, type Settings } from './settings';

/**
 * v1 → v2. Every field of v2 read with its v2 type and range (lib/settings readSettings, the
 * one reader of stored settings): v1's fields are kept when they have their type (a wrong-typed
 * one takes its default), anything neither version wrote is dropped, the new fields get their
 * defaults (every kind of mark on: v1's one `marks` switch governed all three; the panel where it
 * was, right, 360 px, 14 px text; theme and language following the system). Nothing stored
 * (null) gives the defaults. A value that already carries v2 fields (a v2 value whose version
 * mark was lost) keeps them, so running this twice changes nothing.
 */
export function settingsV1toV2(v1: unknown): Settings {
  return readSettings(v1).settings;
}
