/**
 * How an extension page (panel, library, options, toolbar popup) looks for the
 * reader's settings: the UI language (the setting, else the browser's), the
 * theme's colours as custom properties, the text size, and `lang` on <html>.
 * @module lib/ext/appearance
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../settings';
import { chooseLocale, type Locale } from '../i18n/locale';
import { createTranslator, type Section } from '../i18n/translate';
import { themeStylesheet, toneClasses } from '../theme/css';
import type { UiTranslator } from '../i18n';

const STYLE_ID = 'rr-theme';

/** The browser's languages: the reader's preferred languages in order (the browser's language
 * settings, navigator.languages), then the browser's own UI language. */
export function browserLanguages(): string[] {
  const ui = browser.i18n?.getUILanguage?.();
  return [...navigator.languages, ...(ui ? [ui] : [])];
}

/** The locale for `settings` in this browser. */
export function localeFor(settings: Settings, languages: readonly string[] = browserLanguages()): Locale {
  return chooseLocale(settings.uiLanguage, languages);
}

/** A translator over `sections`, made once per locale. */
export function translators(...sections: Section<string>[]): (locale: Locale) => UiTranslator {
  const made = new Map<Locale, UiTranslator>();
  return (locale) => {
    let t = made.get(locale);
    if (!t) made.set(locale, (t = createTranslator(locale, ...sections) as unknown as UiTranslator));
    return t;
  };
}

/** Put the theme on `doc`: palettes once, then data-theme, the font size and lang on <html>. */
export function applyAppearance(doc: Document, settings: Settings, locale: Locale): void {
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `${themeStylesheet(':root')}\n${toneClasses()}`;
    doc.head.prepend(style);
  }
  const html = doc.documentElement;
  html.dataset.theme = settings.theme;
  html.lang = locale;
  html.style.setProperty('--rr-font-size', `${settings.fontSize}px`);
}
