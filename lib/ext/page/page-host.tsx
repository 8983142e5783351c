/**
 * Our one element in the page, <renmin-reader>, and its closed shadow root: the
 * frame that holds the panel (an extension page), the flash layer, and the page
 * side's own small UI (selection toolbar, hover popup). Closed, so page scripts
 * cannot reach in; and every click or key that is not the reader's own (a page
 * script's synthetic event) is stopped before our buttons see it.
 * @module lib/ext/page/page-host
 */
import pageCss from './page-ui.css?inline';
import { themeStylesheet, toneClasses } from '../../theme/css';
import type { Settings } from '../../settings';
import { localeFor } from '../appearance';

/** The host's tag name: part of the contract that outside checks use. */
export const HOST_TAG = 'renmin-reader';

export interface PageHost {
  host: HTMLElement;
  /** Where the page-side UI (toolbar, popup) is rendered. */
  uiRoot: HTMLElement;
  /** A fixed, click-through layer for flashes. */
  flashLayer: HTMLElement;
  /** Where the panel's frame box goes. */
  frameSlot: HTMLElement;
  /** The theme and panel size follow the settings (data-theme and custom properties on the wrapper). */
  /** The theme, the panel's width and the UI's language (its type follows it). */
  setAppearance(settings: Settings): void;
  remove(): void;
}

/** Events a page script could forge to press our buttons; real input has isTrusted. */
const GUARDED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'input', 'change', 'submit'];

/** Create and insert the host; its styles are bundled in, so it paints with the first frame. */
export function mountPageHost(doc: Document): PageHost {
  const host = doc.createElement(HOST_TAG);
  // A page that defined a custom element of our name would run its own code on our host (and
  // could reach a shadow root we attach through ElementInternals): then we stay out entirely.
  if (host.matches(':defined')) throw new Error(`the page defines <${HOST_TAG}> itself; not mounting`);
  const shadow = host.attachShadow({ mode: 'closed' });
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(type, (e) => {
      if (!e.isTrusted) e.stopImmediatePropagation();
    }, true);
  }
  const style = doc.createElement('style');
  style.textContent = `${themeStylesheet('.rr-ui')}\n${toneClasses()}\n${pageCss}`;
  // One wrapper holds the theme's variables (set by data-theme) for everything we draw here.
  const wrapper = doc.createElement('div');
  wrapper.className = 'rr-ui';
  const flashLayer = doc.createElement('div');
  flashLayer.className = 'flash-layer';
  const uiRoot = doc.createElement('div');
  const frameSlot = doc.createElement('div');
  wrapper.append(flashLayer, frameSlot, uiRoot);
  shadow.append(style, wrapper);
  // After <body>, on <html>: page styles for body descendants (and a transformed body, which
  // would trap position: fixed) do not reach it.
  doc.documentElement.append(host);
  return {
    host, uiRoot, flashLayer, frameSlot,
    setAppearance(settings) {
      const { theme, panelWidth } = settings;
      wrapper.dataset.theme = theme;
      wrapper.lang = localeFor(settings);
      wrapper.style.setProperty('--rr-panel-width', `${panelWidth}px`);
    },
    remove: () => host.remove(),
  };
}
