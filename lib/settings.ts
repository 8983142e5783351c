/**
 * The reader's settings: their shape, defaults, and reading a stored value (pure; stored by lib/ext).
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

/** Fill gaps in a stored value with defaults, so a partial or older object never breaks the UI. Does not check types: use readSettings for stored values. */
export function normaliseSettings(value: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(value ?? {}),
    openSections: { ...DEFAULT_SETTINGS.openSections, ...(value?.openSections ?? {}) },
  };
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
  return { settings: readFields(stored, DEFAULT_SETTINGS as unknown as Obj, '', problems) as unknown as Settings, problems };
}
