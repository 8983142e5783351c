/**
 * The UI language for components: each surface (panel, page side, library,
 * options, toolbar popup) provides a translator for the reader's locale, and
 * components read it with useT(). Components never choose the language.
 * @module components/i18n
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiKey, UiTranslator } from '../lib/i18n';

export type { UiKey, UiTranslator };

export const I18n = createContext<UiTranslator | null>(null);

/** The translator of the surface this component is drawn in. */
export function useT(): UiTranslator {
  const t = useContext(I18n);
  if (!t) throw new Error('no translator: render inside <I18n.Provider>');
  return t;
}
