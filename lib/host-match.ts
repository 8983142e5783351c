/**
 * Whether a URL is one the content script runs on (lib/hosts' match patterns),
 * read the way the browser reads `*://*.host/*` patterns.
 * @module lib/host-match
 */
import { PEOPLE_MATCHES } from './hosts';

/** True for an http(s) URL whose host one of PEOPLE_MATCHES covers; false for anything else or an unreadable URL. */
export function isPeopleUrl(url: string, patterns: readonly string[] = PEOPLE_MATCHES): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  return patterns.some((m) => {
    const pattern = m.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
  });
}
