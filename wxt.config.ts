import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PEOPLE_MATCHES } from './lib/hosts';

export default defineConfig({
  manifest: ({ browser }) => ({
    // Firefox wants a stable id (storage is keyed by it) and a data-collection statement: none.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'renmin-reader@renmin-reader.dev', data_collection_permissions: { required: ['none'] } } } } : {}),
    name: 'Renmin Reader',
    description: "A reading assistant for People's Daily online: outline, glossary, dates and figures, pinyin, highlights.",
    // storage: settings and highlights stay in the browser. Host access: People's Daily only.
    permissions: ['storage'],
    host_permissions: PEOPLE_MATCHES,
    // The panel is an extension page drawn in a frame beside the article (its own origin keeps
    // the reader's notes out of the page's reach); only People's Daily pages may frame it.
    web_accessible_resources: browser === 'firefox'
      ? ['reader-panel.html']
      : [{ resources: ['reader-panel.html'], matches: PEOPLE_MATCHES }],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Show or hide the Renmin Reader panel',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected article text',
      },
      'toggle-pinyin': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Turn pinyin on hover on or off',
      },
    },
  }),
  vite: () => ({ plugins: [preact()] }),
});
