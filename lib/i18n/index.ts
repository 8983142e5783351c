/**
 * The UI's message catalogue and lookup (pure: no browser API). Each surface
 * builds its translator from the sections it shows, so the content script
 * carries only the page side's messages.
 * @module lib/i18n
 */
export { chooseLocale, LOCALES, type Locale, type UiLanguage } from './locale';
export { createTranslator, interpolate, type Translator, type KeyOf, type Params } from './translate';
export { common } from './catalogue/common';
export { page } from './catalogue/page';
export { panel } from './catalogue/panel';
export { library } from './catalogue/library';
export { options } from './catalogue/options';
export { popup } from './catalogue/popup';
