/**
 * The reader's settings: their shape and defaults (pure; stored by lib/ext).
 * @module lib/settings
 */

export interface Settings {
  /** The panel is folded to a slim tab. */
  panelCollapsed: boolean;
  /** Which panel sections are open. */
  openSections: { outline: boolean; glossary: boolean; dates: boolean; highlights: boolean };
  /** Inline date and figure marks in the article. */
  marks: boolean;
  /** Pinyin on hover. */
  pinyin: boolean;
  /** Pinyin above every character. */
  ruby: boolean;
  /** Colour syllables by tone. */
  toneColors: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  panelCollapsed: false,
  openSections: { outline: true, glossary: true, dates: true, highlights: true },
  marks: true,
  pinyin: false,
  ruby: false,
  toneColors: false,
};

/** Fill gaps in a stored value with defaults, so a partial or older object never breaks the UI. */
export function normaliseSettings(value: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(value ?? {}),
    openSections: { ...DEFAULT_SETTINGS.openSections, ...(value?.openSections ?? {}) },
  };
}
