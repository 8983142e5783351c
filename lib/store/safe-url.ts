/**
 * The only links the extension makes from stored data: http(s) URLs of People's
 * Daily hosts (lib/detect/url.ts isPeopleHost), the hosts the extension runs on.
 * An imported `javascript:` or `data:` URL, or a link to another site, never becomes one.
 * @module lib/store/safe-url
 */
import { isPeopleHost } from '../detect/url';
import { MAX_URL_LENGTH } from './limits';

/** The URL, normalised (`new URL(url).href`), when it is an http(s) People's Daily URL; else null. */
export function peopleUrl(url: string): string | null {
  if (typeof url !== 'string' || !url || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || !isPeopleHost(parsed.hostname)) return null;
  return parsed.href;
}

/** True for an http(s) People's Daily URL: one the content script runs on (lib/hosts' patterns cover the same hosts). */
export function isPeopleUrl(url: string): boolean {
  return peopleUrl(url) !== null;
}
