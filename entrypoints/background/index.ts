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
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const type = (message as { type?: string })?.type;
    // A content script cannot open extension pages itself.
    if (type === 'open-library') {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => sendResponse({ ok: true, reply: null }));
      return true;
    }
    // The panel frame asks which tab it is in (some browsers give an extension frame no tabs.getCurrent).
    if (type === 'which-tab') {
      const own = sender.url?.startsWith(browser.runtime.getURL('/'));
      sendResponse(own && sender.tab?.id !== undefined ? { ok: true, reply: sender.tab.id } : { ok: false, error: 'not a tab' });
      return false;
    }
    return false;
  });
  browser.commands.onCommand.addListener(async (command) => {
    const type = COMMAND_MESSAGES[command];
    if (!type) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type }).catch(() => {});
  });
});
