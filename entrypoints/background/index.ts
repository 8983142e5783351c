import { browser } from 'wxt/browser';
import { migrateStoredData } from '../../lib/ext/storage-items';
import { serveDictionary } from '../../lib/ext/dictionary-service';

/** Keyboard commands (manifest "commands") → a message to the active tab's content script. */
const COMMAND_MESSAGES: Record<string, string> = {
  'toggle-panel': 'toggle-panel',
  'highlight-selection': 'highlight-selection',
  'toggle-pinyin': 'toggle-pinyin',
};

export default defineBackground(() => {
  serveDictionary();
  browser.runtime.onInstalled.addListener(() => {
    migrateStoredData().then(
      (report) => console.info('[Renmin Reader] storage:', report),
      (error) => console.error('[Renmin Reader] storage migration failed; data left as it was', error),
    );
  });
  // The panel's "Library" link: content scripts cannot open extension pages themselves.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if ((message as { type?: string })?.type !== 'open-library') return false;
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => sendResponse({ ok: true, reply: null }));
    return true;
  });
  browser.commands.onCommand.addListener(async (command) => {
    const type = COMMAND_MESSAGES[command];
    if (!type) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type }).catch(() => {});
  });
});
