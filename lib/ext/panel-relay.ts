/**
 * The background's relay between a panel frame and its tab's content script,
 * for browsers that give an extension page framed in a web page no `tabs` API
 * (Firefox): the panel connects to the background (PANEL_RELAY_PORT), the
 * background opens the Port to the content script of the panel's own tab (the
 * tab the connecting frame is in, read off the sender) and passes every message
 * on unchanged, in both directions, until either side goes.
 * @module lib/ext/panel-relay
 */
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PAGE, PANEL_PORT, PANEL_RELAY_PORT } from './panel-protocol';

/** Serve relay Ports from panel frames. */
export function relayPanelPorts(): void {
  const panelUrl = browser.runtime.getURL(PANEL_PAGE as '/reader-panel.html');
  browser.runtime.onConnect.addListener((panel: Browser.runtime.Port) => {
    if (panel.name !== PANEL_RELAY_PORT) return;
    const tabId = panel.sender?.tab?.id;
    // Only our panel page, framed in a tab, may ask for its tab's content script.
    if (panel.sender?.id !== browser.runtime.id || !panel.sender?.url?.startsWith(panelUrl) || tabId === undefined) {
      panel.disconnect();
      return;
    }
    const page = browser.tabs.connect(tabId, { frameId: 0, name: PANEL_PORT });
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      page.disconnect();
      panel.disconnect();
    };
    panel.onMessage.addListener((m: unknown) => page.postMessage(m));
    page.onMessage.addListener((m: unknown) => panel.postMessage(m));
    panel.onDisconnect.addListener(close);
    page.onDisconnect.addListener(close);
  });
}
