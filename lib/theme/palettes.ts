/**
 * The colours of everything Renmin Reader draws, per theme: the panel, the
 * page-side toolbar and popup, the options page, the toolbar button's popup and
 * the library. One table, so the contrast checks (lib/theme/checks) test exactly
 * the colours the CSS uses (lib/theme/css writes them as custom properties).
 * @module lib/theme/palettes
 */

export type ThemeName = 'light' | 'dark' | 'sepia';

/** Tone colours 1–4 and the neutral tone (5), as text. */
export type ToneColors = [string, string, string, string, string];

export interface Palette {
  /** The page background (panel, library, options). */
  paper: string;
  /** Raised surfaces: header, buttons, popups, inputs. */
  surface: string;
  /** Hover and badge background. */
  soft: string;
  /** Body text. */
  ink: string;
  /** Secondary text: facts, hints, counts. */
  muted: string;
  /** Decorative rules between rows (not a control's edge: no contrast required). */
  line: string;
  /** The edge of a control (button, input, switch): ≥ 3:1 against paper and surface. */
  control: string;
  /** People's Daily red as text, links and the "on" state. */
  accent: string;
  /** Filled accent controls (primary buttons, the folded tab). */
  accentFill: string;
  /** Text and focus ring on accentFill. */
  onAccent: string;
  /** The focus ring on paper and surface. */
  focus: string;
  /** The dot of a switch that is off. */
  switchOff: string;
  errorInk: string;
  errorBg: string;
  okBg: string;
  toastBg: string;
  toastInk: string;
  /** Search matches in the library. */
  matchBg: string;
  /** Highlight colours as backgrounds (swatches, chips), and their edge bars in lists. */
  highlights: Record<'yellow' | 'green' | 'blue' | 'pink' | 'purple', { fill: string; edge: string }>;
  tones: { classic: ToneColors; pleco: ToneColors };
}

/** Tone colours for light and dark grounds (the marks in the article use the same: MARK_PALETTES). */
const LIGHT_TONES: Palette['tones'] = {
  classic: ['#c62828', '#b35c00', '#2e7d32', '#1565c0', '#5c5c5c'],
  pleco: ['#c62828', '#2e7d32', '#1565c0', '#7b1fa2', '#5c5c5c'],
};
const DARK_TONES: Palette['tones'] = {
  classic: ['#ff8a80', '#ffb74d', '#81c784', '#64b5f6', '#b0a99f'],
  pleco: ['#ff8a80', '#81c784', '#64b5f6', '#ce93d8', '#b0a99f'],
};

const DARK_HIGHLIGHTS: Palette['highlights'] = {
  yellow: { fill: '#5c4f12', edge: '#c9a92c' },
  green: { fill: '#2b4a25', edge: '#6fb35a' },
  blue: { fill: '#1f3d5c', edge: '#5d9be0' },
  pink: { fill: '#5a2a3a', edge: '#d97a9a' },
  purple: { fill: '#41315e', edge: '#9f82dc' },
};

/** The fills of highlights, as marks in the article draw them. */
const fills = (h: Palette['highlights']) => Object.fromEntries(Object.entries(h).map(([c, v]) => [c, v.fill])) as MarkPalette['highlights'];

const LIGHT_HIGHLIGHTS: Palette['highlights'] = {
  yellow: { fill: '#fff0a0', edge: '#e0be2c' },
  green: { fill: '#cdeec0', edge: '#7fc566' },
  blue: { fill: '#cfe3fb', edge: '#6fa8ea' },
  pink: { fill: '#fbd3e0', edge: '#e98aa8' },
  purple: { fill: '#e3d7f7', edge: '#a98be6' },
};

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    paper: '#fffdf9',
    surface: '#ffffff',
    soft: '#f4efe6',
    ink: '#1f1f1f',
    muted: '#5c5c5c',
    line: '#e3e0da',
    control: '#8a8378',
    accent: '#b3261e',
    accentFill: '#b3261e',
    onAccent: '#ffffff',
    focus: '#1a5fb4',
    switchOff: '#857f76',
    errorInk: '#8a1c12',
    errorBg: '#fdecea',
    okBg: '#eef6ea',
    toastBg: '#1f1f1f',
    toastInk: '#ffffff',
    matchBg: '#ffe27a',
    highlights: LIGHT_HIGHLIGHTS,
    tones: LIGHT_TONES,
  },
  dark: {
    paper: '#1b1a19',
    surface: '#262523',
    soft: '#33312e',
    ink: '#ece8e1',
    muted: '#b0a99f',
    line: '#3b3935',
    control: '#8c857b',
    accent: '#ff8f85',
    accentFill: '#ff8f85',
    onAccent: '#1b1a19',
    focus: '#8ab4f8',
    switchOff: '#8c857b',
    errorInk: '#ffb4ab',
    errorBg: '#3d1f1c',
    okBg: '#1f3320',
    toastBg: '#ece8e1',
    toastInk: '#1b1a19',
    matchBg: '#6b5400',
    highlights: DARK_HIGHLIGHTS,
    tones: DARK_TONES,
  },
  sepia: {
    paper: '#f4ecd8',
    surface: '#fbf6ea',
    soft: '#ebe0c6',
    ink: '#3b2f22',
    muted: '#5e4f3c',
    line: '#dccfae',
    control: '#8a7a5f',
    accent: '#9c2a1f',
    accentFill: '#9c2a1f',
    onAccent: '#fbf6ea',
    focus: '#1b4f96',
    switchOff: '#867658',
    errorInk: '#7e1d12',
    errorBg: '#f6dcd3',
    okBg: '#e3ecd2',
    toastBg: '#3b2f22',
    toastInk: '#fbf6ea',
    matchBg: '#f0cf5a',
    highlights: LIGHT_HIGHLIGHTS,
    tones: {
      classic: ['#b02222', '#8f4a00', '#276b2b', '#135aa8', '#5e4f3c'],
      pleco: ['#b02222', '#276b2b', '#135aa8', '#6e1b91', '#5e4f3c'],
    },
  },
};

/**
 * The marks in the article sit on the page's own colours, not ours: their colours
 * are chosen by the page's measured background (lib/ext/page/page-colors), so a
 * reader whose page is darkened (the browser's or another extension's dark mode)
 * gets marks drawn for a dark page.
 */
export interface MarkPalette {
  /** The page colours the marks are checked against. */
  page: { background: string; text: string };
  date: string;
  figure: string;
  ordinal: string;
  term: string;
  /** Ruby pinyin above the characters (text). */
  ruby: string;
  /** Ruby pinyin coloured by tone, when the reader turns tone colours on (text, per scheme). */
  tones: { classic: ToneColors; pleco: ToneColors };
  /** The underline of a word the reader saved to the word list (a graphic). */
  savedWord: string;
  highlights: Record<'yellow' | 'green' | 'blue' | 'pink' | 'purple', string>;
}

export const MARK_PALETTES: Record<'light' | 'dark', MarkPalette> = {
  light: {
    page: { background: '#ffffff', text: '#333333' },
    date: '#b3261e',
    figure: '#1a5fb4',
    ordinal: '#5a7fae',
    term: '#6b6b6b',
    ruby: '#b3261e',
    tones: LIGHT_TONES,
    savedWord: '#7b1fa2',
    highlights: fills(LIGHT_HIGHLIGHTS),
  },
  dark: {
    page: { background: '#1b1b1b', text: '#dddddd' },
    date: '#ff8f85',
    figure: '#8ab4f8',
    ordinal: '#7d9cc4',
    term: '#a39e96',
    ruby: '#ff8f85',
    tones: DARK_TONES,
    savedWord: '#ce93d8',
    highlights: fills(DARK_HIGHLIGHTS),
  },
};
