/**
 * Typed requests from the content script to the background.
 * @module lib/ext/ask
 */
import { browser } from 'wxt/browser';
import type { Replies, ToBackground } from './messages';

/** Send a typed request to the background; throws its error. */
export async function ask<T extends ToBackground>(message: T): Promise<Replies[T['type']]> {
  const answer = (await browser.runtime.sendMessage(message)) as { ok: boolean; reply?: Replies[T['type']]; error?: string } | undefined;
  if (!answer?.ok) throw new Error(answer?.error ?? 'no answer from the background');
  return answer.reply as Replies[T['type']];
}
