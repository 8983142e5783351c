/**
 * What one page's run of the reader holds, and the small helpers every step of
 * it uses: timings for the benchmark, the page side's translator, and event
 * handlers that never let our failure become the page's.
 * @module lib/ext/page/reader
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UrlInfo } from '../../detect/url';
import { common, page as pageMessages, type UiTranslator } from '../../i18n';
import { localeFor, translators } from '../appearance';
import type { Observable } from '../observable';
import type { PageState } from './page-state';
import type { MarkLayers } from './mark-layers';
import type { Highlighter } from './highlighter';
import type { Pinyin } from './pinyin';
import type { PageHost } from './page-host';
import type { PanelFrame } from './panel-frame';
import type { ScrollRail } from './scroll-rail';

/** Timings in ms since navigation start, kept on the host for tests and the benchmark. */
export function mark(host: HTMLElement | null, timings: Record<string, number>, name: string): void {
  timings[name] = Math.round(performance.now() * 10) / 10;
  performance.mark(`rr:${name}`);
  if (host) host.dataset.rrTimings = JSON.stringify(timings);
}

/** Run `fn` for an event without ever letting our failure become the page's. */
export function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.warn('[Renmin Reader]', error);
    }
  };
}

/** The page side's translator for a locale (only the page side's messages: a small content script). */
const translatorFor = translators(common, pageMessages);

/** The translator for the reader's current settings. */
export const tOf = (reader: { state: Observable<PageState> }): UiTranslator => translatorFor(localeFor(reader.state.get().settings));

/** Everything one page's run holds. */
export interface Reader {
  ctx: ContentScriptContext;
  urlInfo: UrlInfo;
  state: Observable<PageState>;
  layers: MarkLayers;
  highlighter: Highlighter | null;
  pinyin: Pinyin;
  host: PageHost;
  frame: PanelFrame;
  rail: ScrollRail;
  timings: Record<string, number>;
  /** The reader opened the panel over the page in a narrow window: not folded again until a resize. */
  userOpened: boolean;
  /** Counts layouts, so a measurement that arrives after a newer layout is dropped. */
  layouts: number;
  /** Where the focus was before the keyboard shortcut moved it into the panel (Escape gives it back). */
  focusBefore: { element: Element | null; range: Range | null } | null;
}
