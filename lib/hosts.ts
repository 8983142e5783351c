/**
 * The hosts the extension runs on: People's Daily online only. Used for the
 * content script's matches and the manifest's host permissions.
 * @module lib/hosts
 */
export const PEOPLE_MATCHES = [
  '*://*.people.com.cn/*',
  '*://people.com.cn/*',
  '*://*.people.cn/*',
  '*://people.cn/*',
  '*://*.peopledaily.com.cn/*',
];
