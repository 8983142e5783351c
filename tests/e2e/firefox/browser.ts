/**
 * Debian's Firefox ESR with the built Firefox add-on, driven over WebDriver BiDi
 * by puppeteer-core (geckodriver is not in Debian's archive; BiDi's
 * webExtension.install loads the add-on as a temporary one). Firefox has no
 * host-resolver rules: the loopback page server (tests/e2e/server) is its HTTP
 * proxy, so the saved pages open under their real People's Daily URLs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/** The Firefox binary: $FIREFOX_PATH, or Debian's ESR. */
export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Firefox not found: apt-get install -y --no-install-recommends firefox-esr');
  return found;
}

export interface FirefoxWithExtension {
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launch headless Firefox with a fresh profile, the pages behind `proxyPort`, and our add-on installed. */
export async function launchFirefox(proxyPort: number): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`no Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`);
  const profile = mkdtempSync(join(tmpdir(), 'rr-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1440, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // A reader whose browser prefers Chinese, as in the Chromium tests.
      'intl.accept_languages': 'zh-CN, zh, en',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
