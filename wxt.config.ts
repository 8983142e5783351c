import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// People's Daily hosts only: the content script runs nowhere else and the
// extension asks for no other host access.
export const PEOPLE_HOSTS = [
  '*://*.people.com.cn/*',
  '*://people.com.cn/*',
  '*://*.people.cn/*',
  '*://people.cn/*',
  '*://*.peopledaily.com.cn/*',
];

export default defineConfig({
  manifest: {
    name: 'Renmin Reader',
    description: "A reading assistant for People's Daily online: outline, glossary, dates and figures, pinyin, highlights.",
    permissions: ['storage'],
    host_permissions: PEOPLE_HOSTS,
  },
  vite: () => ({ plugins: [preact()] }),
});
