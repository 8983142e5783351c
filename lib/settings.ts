/**
 * The reader's settings: their shape, defaults, and reading a stored value (pure; stored by lib/ext).
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
  /** The words of the reader's word list count as known: no ruby over them. */
  knownWords: boolean;
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

/** Fill gaps in a stored value with defaults, so a partial or older object never breaks the UI; choices
 * outside their list and numbers out of range take their defaults (kept in range). Does not report:
 * use readSettings for stored values. */
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

type Obj = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Copy the fields of `defaults` from `stored` where they have the default's type; the rest get defaults and a problem. */
function readFields<T extends Obj>(stored: Obj, defaults: T, path: string, problems: string[]): T {
  const out: Obj = {};
  for (const [field, fallback] of Object.entries(defaults)) {
    const value = stored[field];
    if (value === undefined) out[field] = isObject(fallback) ? { ...fallback } : fallback;
    else if (isObject(fallback)) {
      if (isObject(value)) out[field] = readFields(value, fallback, `${path}${field}.`, problems);
      else {
        problems.push(`${path}${field}: expected an object, got ${JSON.stringify(value)}; the defaults are used`);
        out[field] = { ...fallback };
      }
    } else if (typeof value === typeof fallback) out[field] = value;
    else {
      problems.push(`${path}${field}: expected ${typeof fallback === 'boolean' ? 'true or false' : `a ${typeof fallback}`}, got ${JSON.stringify(value)}; the default (${JSON.stringify(fallback)}) is used`);
      out[field] = fallback;
    }
  }
  return out as T;
}

/**
 * Read a stored settings value. Missing fields (an older version) take their defaults
 * silently; a field of the wrong type (`panelCollapsed: "no"`) takes its default and is
 * reported in `problems`, so the UI can say that a setting was reset instead of acting
 * on a value nobody chose. Fields this version does not know are dropped. `null` or
 * `undefined` (nothing stored) gives the defaults with no problem; anything else that
 * is not an object gives the defaults and one problem.
 */
export function readSettings(stored: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (stored === null || stored === undefined) return { settings: normaliseSettings(null), problems };
  if (!isObject(stored)) {
    problems.push(`settings: expected an object, got ${JSON.stringify(stored)}; the defaults are used`);
    return { settings: normaliseSettings(null), problems };
  }
  const read = readFields(stored, DEFAULT_SETTINGS as unknown as Obj, '', problems) as unknown as Settings;
  // A choice outside its list or a number outside its range is also reset, and said.
  for (const [field, allowed] of Object.entries(SETTING_CHOICES)) {
    const value = (read as unknown as Obj)[field];
    if (!(allowed as readonly unknown[]).includes(value)) problems.push(`${field}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}; the default is used`);
  }
  for (const [field, { min, max }] of Object.entries(SETTING_RANGES)) {
    const value = (read as unknown as Obj)[field];
    if (typeof value === 'number' && (!Number.isFinite(value) || value < min || value > max)) problems.push(`${field}: ${value} is outside ${min}–${max}; it is brought into range`);
  }
  return { settings: normaliseSettings(read), problems };
}
