/**
 * The page side's end of the panel: the iframe that shows the panel page (an
 * extension page, so the page cannot read or script it), its size (docked or
 * folded to a tab), and the Port the panel opens to us (lib/ext/panel-protocol).
 * Only a Port from our own panel page is accepted. If the Port drops while the
 * page lives (the page navigated our frame away, or it crashed), a fresh frame
 * replaces it.
 * @module lib/ext/page/panel-frame
 */
import { createRateLimit } from '../../rate-limit';
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PAGE, PANEL_PORT, type PanelView, type ToPage, type ToPanel } from '../panel-protocol';

export interface PanelFrame {
  /** Send to the panel; dropped while it is not connected (it gets the whole view on connect). */
  send(message: ToPanel): void;
  setCollapsed(collapsed: boolean): void;
  /** Dock on the left or the right edge. */
  setSide(side: 'left' | 'right'): void;
  /** The frame's accessible name, in the reader's language. */
  setTitle(title: string): void;
  /** Move the keyboard focus into the panel. */
  focus(): void;
  /** The frame is connected and has drawn its first view. */
  connected(): boolean;
  remove(): void;
}

interface Options {
  slot: HTMLElement;
  /** The whole view, sent when the panel connects; null while there is none yet (the page
   * side sends it when it has one: the panel shows its shell meanwhile). */
  view: () => PanelView | null;
  onAction: (message: ToPage) => void;
  onConnect?: () => void;
}

/** Most frames made in a minute: a page that keeps navigating our frame away gets no more. */
const MAX_RESPAWNS_PER_MINUTE = 3;

/** Put the panel's frame in `slot` and serve its Port. */
export function createPanelFrame({ slot, view, onAction, onConnect }: Options): PanelFrame {
  const doc = slot.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'frame-box';
  const panelUrl = browser.runtime.getURL(PANEL_PAGE as '/reader-panel.html');
  const extensionOrigin = browser.runtime.getURL('/');
  let iframe: HTMLIFrameElement;
  let port: Browser.runtime.Port | null = null;
  let removed = false;
  let title = '';
  const allowSpawn = createRateLimit(MAX_RESPAWNS_PER_MINUTE, 60_000);

  const spawn = () => {
    if (!allowSpawn()) return;
    iframe?.remove();
    iframe = doc.createElement('iframe');
    iframe.src = panelUrl;
    iframe.title = title;
    iframe.setAttribute('allow', '');
    box.append(iframe);
  };

  const onConnectListener = (p: Browser.runtime.Port) => {
    if (p.name !== PANEL_PORT) return;
    // Only our own extension may connect: tabs.connect is open to extension pages only (the
    // panel page itself, or in Firefox the background relaying for it: lib/ext/panel-relay),
    // but check the sender anyway: it names the extension and one of its pages.
    if (p.sender?.id !== browser.runtime.id || !p.sender?.url?.startsWith(extensionOrigin)) {
      p.disconnect();
      return;
    }
    port?.disconnect();
    port = p;
    p.onMessage.addListener((m: unknown) => onAction(m as ToPage));
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      if (!removed && box.isConnected) spawn();
    });
    const whole = view();
    if (whole) p.postMessage({ type: 'view', patch: whole } satisfies ToPanel);
    onConnect?.();
  };
  browser.runtime.onConnect.addListener(onConnectListener);
  spawn();
  slot.append(box);

  return {
    send(message) {
      try {
        port?.postMessage(message);
      } catch {
        port = null; // disconnected: the panel gets the whole view when it connects again
      }
    },
    setCollapsed(collapsed) {
      box.classList.toggle('collapsed', collapsed);
    },
    setSide(side) {
      box.classList.toggle('left', side === 'left');
    },
    setTitle(next) {
      title = next;
      iframe.title = next;
    },
    focus() {
      iframe.focus();
      this.send({ type: 'focus' });
    },
    connected: () => port !== null,
    remove() {
      removed = true;
      browser.runtime.onConnect.removeListener(onConnectListener);
      port?.disconnect();
      box.remove();
    },
  };
}
