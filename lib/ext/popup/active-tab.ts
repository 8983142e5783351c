/**
 * The tab the toolbar popup speaks for, and what its content script says it is.
 * @module lib/ext/popup/active-tab
 */
import { browser } from 'wxt/browser';
import { isPeopleUrl } from '../../store/safe-url';
import type { PageStatus } from '../messages';
import type { TabStatus } from '../../../components/popup/ToolbarPopup';

/** The active tab of the last focused normal window: the page under the toolbar button (a test
 * that opens the popup page in a window of its own gets the article's tab too). */
export async function activeTab(): Promise<{ id: number; url?: string } | null> {
  const win = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => null);
  const [tab] = await browser.tabs.query(win?.id !== undefined ? { active: true, windowId: win.id } : { active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/**
 * Ask the tab's content script what the page is. No answer means no content script: on a
 * People's Daily page (its URL is visible to us through the host permission) it must be
 * reloaded; anywhere else Renmin Reader does not run.
 */
export async function tabStatus(tab: { id: number; url?: string }): Promise<TabStatus> {
  const reply = (await browser.tabs.sendMessage(tab.id, { type: 'status' }).catch(() => null)) as PageStatus | null;
  if (!reply) return tab.url && isPeopleUrl(tab.url) ? { kind: 'reload' } : { kind: 'other-site' };
  if (reply.kind === 'detecting') return { kind: 'checking' };
  return reply;
}
