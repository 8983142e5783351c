/**
 * The reader's settings: their shape and defaults (pure; stored by lib/ext).
 * @module lib/settings
 */
import type { UiLanguage } from './i18n/locale';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type PanelSide = 'right' | 'left';
/** Pinyin written with tone marks (zhōng) or tone numbers (zhong1). */
export type PinyinStyle = 'marks' | 'numbers';
/** Tone colours: classic (red, orange, green, blue: MDBG's) or Pleco's (red, green, blue, purple). */
export type ToneScheme = 'classic' | 'pleco';
/** A key that must be held for the hover popup, or none. */
export type HoverModifier = 'none' | 'alt' | 'ctrl' | 'shift';

export interface Settings {
  /** The panel is folded to a slim tab. */
  panelCollapsed: boolean;
  /** Which panel sections are open. */
  openSections: { outline: boolean; glossary: boolean; dates: boolean; highlights: boolean };
  /** Inline marks in the article (the panel's switch: all kinds at once). */
  marks: boolean;
  /** Pinyin on hover. */
  pinyin: boolean;
  /** Pinyin above every character. */
  ruby: boolean;
  /** Colour syllables by tone. */
  toneColors: boolean;
  /** Which kinds of marks show while `marks` is on (v2). */
  markKinds: { dates: boolean; figures: boolean; terms: boolean };
  /** Where the panel docks (v2). */
  panelSide: PanelSide;
  /** Panel width in CSS pixels (v2; SETTING_RANGES.panelWidth). */
  panelWidth: number;
  /** The panel's base font size in CSS pixels (v2). */
  fontSize: number;
  /** Colour theme of everything we draw (v2); 'system' follows prefers-color-scheme. */
  theme: Theme;
  pinyinStyle: PinyinStyle;
  toneScheme: ToneScheme;
  /** Milliseconds the pointer rests on a word before its popup shows (v2). */
  hoverDelay: number;
  hoverModifier: HoverModifier;
  /** The UI language, or 'auto' for the browser's (v2). */
  uiLanguage: UiLanguage;
}

export const DEFAULT_SETTINGS: Settings = {
  panelCollapsed: false,
  openSections: { outline: true, glossary: true, dates: true, highlights: true },
  marks: true,
  pinyin: false,
  ruby: false,
  toneColors: false,
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

/** The values each choice setting may take (the options page offers these, in this order). */
export const SETTING_CHOICES = {
  panelSide: ['right', 'left'],
  theme: ['system', 'light', 'dark', 'sepia'],
  pinyinStyle: ['marks', 'numbers'],
  toneScheme: ['classic', 'pleco'],
  hoverModifier: ['none', 'alt', 'ctrl', 'shift'],
  uiLanguage: ['auto', 'zh-CN', 'en'],
} as const satisfies { [K in keyof Settings]?: readonly Settings[K][] };

/** Bounds of the number settings: a panel narrower than 300 px cannot show a glossary row; wider
 * than 560 px leaves a 1280 px window too little for the article. */
export const SETTING_RANGES = {
  panelWidth: { min: 300, max: 560, step: 20 },
  fontSize: { min: 12, max: 20, step: 1 },
  hoverDelay: { min: 0, max: 1000, step: 50 },
} as const satisfies { [K in keyof Settings]?: { min: number; max: number; step: number } };

/** A choice outside its list, or a number that is not finite, takes the default; numbers are kept in range. */
function checkValues(s: Settings): Settings {
  const out = { ...s } as Record<string, unknown>;
  for (const [key, allowed] of Object.entries(SETTING_CHOICES)) {
    if (!(allowed as readonly unknown[]).includes(out[key])) out[key] = DEFAULT_SETTINGS[key as keyof Settings];
  }
  for (const [key, { min, max }] of Object.entries(SETTING_RANGES)) {
    const v = out[key];
    out[key] = typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : DEFAULT_SETTINGS[key as keyof Settings];
  }
  return out as unknown as Settings;
}

/** Fill gaps in a stored value with defaults, so a partial or older object never breaks the UI. */
export function normaliseSettings(value: Partial<Settings> | null | undefined): Settings {
  return checkValues({
    ...DEFAULT_SETTINGS,
    ...(value ?? {}),
    openSections: { ...DEFAULT_SETTINGS.openSections, ...(value?.openSections ?? {}) },
    markKinds: { ...DEFAULT_SETTINGS.markKinds, ...(value?.markKinds ?? {}) },
  });
}

/** Whether marks of `kind` show in the article: the master switch and the kind's own. */
export function showsMarks(settings: Settings, kind: keyof Settings['markKinds']): boolean {
  return settings.marks && settings.markKinds[kind];
}
