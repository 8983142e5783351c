/**
 * The content script's answer to the toolbar popup's question "what is this
 * page?": still detecting, not an article, or an article (with its title and
 * whether the panel is open). Registered first, so a People's Daily page that
 * is no article still answers.
 * @module lib/ext/page/page-status
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageStatus, ToContent } from '../messages';

/** Answer status questions with what `current()` says now; stops when the content script is invalidated. */
export function answerStatus(ctx: ContentScriptContext, current: () => PageStatus): void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: PageStatus) => void) => {
    if ((message as ToContent)?.type !== 'status' || sender.id !== browser.runtime.id) return false;
    sendResponse(current());
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
