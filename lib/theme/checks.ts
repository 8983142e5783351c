/**
 * The contrast every theme must meet, as a list of (foreground, background,
 * minimum) checks over the palettes: text 4.5:1 (WCAG 1.4.3 AA), control edges,
 * switch states, marks and focus rings 3:1 (WCAG 1.4.11). Decorative rules and
 * the highlight colours themselves (the reader's labels, always named in text
 * too) are not checked as graphics; text drawn on them is.
 * @module lib/theme/checks
 */
import { contrastRatio } from './contrast';
import { MARK_PALETTES, PALETTES, type MarkPalette, type Palette, type ThemeName } from './palettes';

export const TEXT = 4.5;
export const GRAPHIC = 3;

export interface ContrastCheck {
  /** theme/what, e.g. "dark/muted text on surface". */
  name: string;
  fg: string;
  bg: string;
  min: number;
}

export interface ContrastResult extends ContrastCheck { ratio: number; ok: boolean }

/** The checks of one UI palette. */
export function paletteChecks(theme: ThemeName, p: Palette): ContrastCheck[] {
  const checks: ContrastCheck[] = [];
  const add = (name: string, fg: string, bg: string, min: number) => checks.push({ name: `${theme}/${name}`, fg, bg, min });
  for (const [bgName, bg] of [['paper', p.paper], ['surface', p.surface], ['soft', p.soft]] as const) {
    add(`ink text on ${bgName}`, p.ink, bg, TEXT);
    add(`muted text on ${bgName}`, p.muted, bg, TEXT);
    add(`accent text on ${bgName}`, p.accent, bg, TEXT);
  }
  for (const [bgName, bg] of [['paper', p.paper], ['surface', p.surface]] as const) {
    add(`control edge on ${bgName}`, p.control, bg, GRAPHIC);
    add(`focus ring on ${bgName}`, p.focus, bg, GRAPHIC);
    add(`switch off dot on ${bgName}`, p.switchOff, bg, GRAPHIC);
    add(`switch on dot on ${bgName}`, p.accent, bg, GRAPHIC);
  }
  add('text on filled accent buttons', p.onAccent, p.accentFill, TEXT);
  add('focus ring inside filled accent buttons', p.onAccent, p.accentFill, GRAPHIC);
  add('filled accent button against surface', p.accentFill, p.surface, GRAPHIC);
  add('error text', p.errorInk, p.errorBg, TEXT);
  add('text on the success notice', p.ink, p.okBg, TEXT);
  add('toast text', p.toastInk, p.toastBg, TEXT);
  add('library search match', p.ink, p.matchBg, TEXT);
  for (const [color, { fill }] of Object.entries(p.highlights)) add(`ink text on ${color} highlight`, p.ink, fill, TEXT);
  for (const [scheme, tones] of Object.entries(p.tones)) {
    tones.forEach((tone, i) => add(`tone ${i + 1} (${scheme}) text on surface`, tone, p.surface, TEXT));
  }
  return checks;
}

/** The checks of the marks in the article, against the page colours they are made for. */
export function markChecks(kind: 'light' | 'dark', m: MarkPalette): ContrastCheck[] {
  const { background, text } = m.page;
  const name = (what: string) => `marks on a ${kind} page/${what}`;
  return [
    { name: name('date underline'), fg: m.date, bg: background, min: GRAPHIC },
    { name: name('figure underline'), fg: m.figure, bg: background, min: GRAPHIC },
    { name: name('ordinal underline'), fg: m.ordinal, bg: background, min: GRAPHIC },
    { name: name('term underline'), fg: m.term, bg: background, min: GRAPHIC },
    { name: name('ruby pinyin text'), fg: m.ruby, bg: background, min: TEXT },
    { name: name('saved word underline'), fg: m.savedWord, bg: background, min: GRAPHIC },
    ...Object.entries(m.tones).flatMap(([scheme, tones]) =>
      tones.map((tone, i) => ({ name: name(`ruby tone ${i + 1} (${scheme}) text`), fg: tone, bg: background, min: TEXT }))),
    ...Object.entries(m.highlights).map(([color, fill]) => ({ name: name(`page text on ${color} highlight`), fg: text, bg: fill, min: TEXT })),
  ];
}

/** Every check of every theme and both mark palettes, with its ratio. */
export function runContrastChecks(): ContrastResult[] {
  const all = [
    ...Object.entries(PALETTES).flatMap(([t, p]) => paletteChecks(t as ThemeName, p)),
    ...Object.entries(MARK_PALETTES).flatMap(([k, m]) => markChecks(k as 'light' | 'dark', m)),
  ];
  return all.map((c) => {
    const ratio = contrastRatio(c.fg, c.bg);
    return { ...c, ratio, ok: ratio >= c.min };
  });
}
