import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PEOPLE_MATCHES } from './lib/hosts';

/** The project's page (package.json "homepage"): the store listing and the extensions page link to it. */
const { homepage } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { homepage: string };

export default defineConfig({
  manifest: ({ browser }) => ({
    // Firefox wants a stable id (storage is keyed by it) and a data-collection statement: none.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'renmin-reader@renmin-reader.dev', data_collection_permissions: { required: ['none'] } } } } : {}),
    // Name, description and shortcut names in the browser's language (public/_locales: en, zh_CN).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: homepage,
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    // storage: settings and highlights stay in the browser. Host access: People's Daily only.
    permissions: ['storage'],
    host_permissions: PEOPLE_MATCHES,
    // The panel is an extension page drawn in a frame beside the article (its own origin keeps
    // the reader's notes out of the page's reach); only People's Daily pages may frame it.
    web_accessible_resources: browser === 'firefox'
      ? ['reader-panel.html']
      : [{ resources: ['reader-panel.html'], matches: PEOPLE_MATCHES }],
    // At most four commands may suggest a key (Chrome's limit): the toolbar button has none.
    // Chromium 156 refuses Alt+Shift+R and Alt+Shift+P (reserved): measured with commands.getAll().
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_cmdTogglePanel__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdHighlightSelection__',
      },
      'toggle-pinyin': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_cmdTogglePinyin__',
      },
      'lookup-word': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdLookupWord__',
      },
    },
  }),
  // `npm run zip`: the Chrome zip, the Firefox zip and the Firefox sources zip (for AMO's review).
  // The saved third-party pages under tests/pages are not ours to publish: left out of the sources.
  zip: {
    excludeSources: ['tests/pages/**', '.scratch/**', 'tmp/**'],
  },
  vite: () => ({ plugins: [preact()] }),
});
