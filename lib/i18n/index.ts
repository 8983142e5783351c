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

import type { KeyOf, Translator } from './translate';
import type { common as Common } from './catalogue/common';
import type { page as Page } from './catalogue/page';
import type { panel as Panel } from './catalogue/panel';
import type { library as Library } from './catalogue/library';
import type { options as Options } from './catalogue/options';
import type { popup as Popup } from './catalogue/popup';

/** Every key of the catalogue; a surface's translator holds the sections it shows. */
export type UiKey = KeyOf<typeof Common | typeof Page | typeof Panel | typeof Library | typeof Options | typeof Popup>;
export type UiTranslator = Translator<UiKey>;
