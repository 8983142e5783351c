/**
 * Every item the extension stores, defined once, versioned from v1.
 * This is the extension glue for storage: it calls WXT's storage API, so it is
 * not pure; the shapes and migrations it relies on are pure code elsewhere.
 * @module lib/ext/storage-items
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

/** Reader settings: panel state, which overlays are on. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
