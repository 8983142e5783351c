import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // The keyboard shortcut (manifest "commands") toggles the panel in the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggle-panel' }).catch(() => {});
  });
});
