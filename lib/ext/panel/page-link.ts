/**
 * The panel's end of the Port to its own tab's content script (see
 * lib/ext/panel-protocol). The panel page learns which tab it is in, opens the
 * Port with tabs.connect to that tab's top frame, and opens it again if the
 * content script reloads.
 * @module lib/ext/panel/page-link
 */
import { browser } from 'wxt/browser';
import { PANEL_PORT, type ToPage, type ToPanel } from '../panel-protocol';

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

/** Connect to the content script of this tab; `onMessage` gets every message from the page side. */
export async function connectToPage(onMessage: (message: ToPanel) => void, onLost: () => void): Promise<PageLink> {
  const tabId = await ownTabId();
  let port = browser.tabs.connect(tabId, { frameId: 0, name: PANEL_PORT });
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
        port = browser.tabs.connect(tabId, { frameId: 0, name: PANEL_PORT });
        wire();
        port.postMessage(message);
      }
    },
  };
}
