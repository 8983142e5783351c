/**
 * Launch Debian's Chromium with the built extension through playwright-core
 * (see shared notes: browser-testing.md). Never downloads a browser.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** The Chromium binary: $CHROMIUM_PATH, or Debian's. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y --no-install-recommends chromium fonts-noto-cjk');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: () => Promise<Worker>;
  /** Read the extension's chrome.storage.local, or another area (all keys, or one). */
  readStorage: (key?: string, area?: 'local' | 'sync') => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
}

/** A fresh profile with the extension loaded, People's Daily hosts mapped to the loopback port. */
export async function launchWithExtension(
  port: number,
  options: { headless?: boolean; profileDir?: string; languages?: string; /** Unpacked extensions to load (default: ours, built). */ extensions?: string[] } = {},
): Promise<ExtensionBrowser> {
  const extensions = options.extensions ?? [EXTENSION_DIR];
  for (const dir of extensions) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: run npm run build`);
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'rr-profile-'));
  // A reader whose browser prefers Chinese (the languages pages and the extension see:
  // navigator.languages). Debian's Chromium ships only the en-US UI, so --lang alone does not do it.
  const prefs = join(profile, 'Default', 'Preferences');
  if (!existsSync(prefs)) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(prefs, JSON.stringify({ intl: { accept_languages: options.languages ?? 'zh-CN,zh,en' } }));
  }
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false, // the flag below picks the new headless mode, which runs extensions
    viewport: { width: 1440, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extensions.join(',')}`, `--load-extension=${extensions.join(',')}`,
      `--host-resolver-rules=MAP *.people.com.cn 127.0.0.1:${port}, MAP people.com.cn 127.0.0.1:${port}, MAP *.people.cn 127.0.0.1:${port}, MAP *.peopledaily.com.cn 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      '--lang=zh-CN',
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    serviceWorker,
    readStorage: async (key, area = 'local') =>
      (await serviceWorker()).evaluate(
        // Runs in the extension's service worker, where `chrome` exists.
        ([k, a]) => (globalThis as unknown as { chrome: { storage: Record<string, { get(k: string | null): Promise<Record<string, unknown>> }> } }).chrome.storage[a].get(k),
        [key ?? null, area] as const,
      ),
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
