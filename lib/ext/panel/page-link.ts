/**
 * The panel's end of the Port to its own tab's content script (see
 * lib/ext/panel-protocol). Where the panel page has the `tabs` API (Chromium) it
 * learns which tab it is in and opens the Port with tabs.connect to that tab's
 * top frame; where it has not (Firefox gives a framed extension page no `tabs`),
 * it opens a Port to the background, which relays (lib/ext/panel-relay). The Port
 * is opened again if the content script reloads.
 * @module lib/ext/panel/page-link
 */
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, PANEL_RELAY_PORT, type ToPage, type ToPanel } from '../panel-protocol';

export interface PageLink {
  send(message: ToPage): void;
}

/** The id of the tab this page is drawn in (an iframe of an article tab). */
async function ownTabId(): Promise<number> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) return tab.id;
  // Some browsers give no tab to an extension frame: the background reads it off the sender.
  const reply = (await browser.runtime.sendMessage({ type: 'which-tab' })) as { ok: boolean; reply?: number } | undefined;
  if (reply?.ok && typeof reply.reply === 'number') return reply.reply;
  throw new Error('the panel cannot tell which tab it belongs to');
}

/** A function that opens a fresh Port to this tab's content script. */
async function portOpener(): Promise<() => Browser.runtime.Port> {
  if (typeof browser.tabs?.connect !== 'function') return () => browser.runtime.connect({ name: PANEL_RELAY_PORT });
  const tabId = await ownTabId();
  return () => browser.tabs.connect(tabId, { frameId: 0, name: PANEL_PORT });
}

/** Connect to the content script of this tab; `onMessage` gets every message from the page side. */
export async function connectToPage(onMessage: (message: ToPanel) => void, onLost: () => void): Promise<PageLink> {
  const open = await portOpener();
  let port = open();
  const wire = () => {
    port.onMessage.addListener((m: unknown) => onMessage(m as ToPanel));
    port.onDisconnect.addListener(() => onLost());
  };
  wire();
  return {
    send(message) {
      try {
        port.postMessage(message);
      } catch {
        // The content script went away (the page navigated or the extension was updated).
        port = open();
        wire();
        port.postMessage(message);
      }
    },
  };
}
