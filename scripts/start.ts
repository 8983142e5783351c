/**
 * `npm start`: open Chromium with the built extension on a bundled real article,
 * served on loopback under its real URL. With a display, a window stays open
 * until Ctrl-C; without one, it writes a screenshot and prints its path.
 *   npm start [-- <page name in tests/pages>]
 * The page name is checked before the build, so a typo fails at once.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { startPageServer } from '../tests/e2e/server';
import { launchWithExtension } from '../tests/e2e/browser';
import { panel } from '../tests/e2e/ui';
import { listTestPages } from './lib/test-pages';
import type { PageStatus } from '../lib/ext/messages';
import type { ChromeApi } from '../tests/e2e/shell-helpers';

const name = process.argv[2] ?? 'finance-c1004-40232587';
const page = listTestPages().find((p) => p.name === name);
if (!page) {
  console.error(`no page "${name}"; choose one of:\n  ${listTestPages().map((p) => p.name).join('\n  ')}`);
  process.exit(2);
}

execSync('npm run --silent build', { stdio: 'inherit', cwd: resolve(import.meta.dirname, '..') });

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startPageServer();
const browser = await launchWithExtension(server.port, { headless });
const tab = await browser.context.newPage();
await tab.goto(page.url);
console.log(`Opened ${page.url} (served from tests/pages/${page.name}) with Renmin Reader.`);
/** What the content script says of the page (as the toolbar popup asks it), once it has decided; null if it never answers. */
async function pageStatus(): Promise<PageStatus | null> {
  const worker = await browser.serviceWorker();
  for (const deadline = Date.now() + 20000; Date.now() < deadline; await tab.waitForTimeout(200)) {
    const status = (await worker.evaluate(async (url) => {
      const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [t] = await tabs.query({ url });
      return t?.id === undefined ? null : tabs.sendMessage(t.id, { type: 'status' }).catch(() => null);
    }, page!.url)) as PageStatus | null;
    if (status && status.kind !== 'detecting') return status;
  }
  return null;
}

const status = await pageStatus();
if (status?.kind === 'article') {
  // The panel is an extension page in a frame inside <renmin-reader>'s closed shadow root.
  const frame = await panel(tab, 15000);
  await frame.locator('[data-field="title"], [data-action="expand"]').first().waitFor({ timeout: 15000 });
  console.log(`An article: the panel is open beside it${status.title ? ` (${status.title})` : ''}.`);
} else {
  console.log(status ? 'Not an article: no panel (as on every People’s Daily page that is not an article).' : 'The extension did not answer on this page.');
}

if (headless) {
  const dir = resolve(import.meta.dirname, '../.output/screenshots');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, `start-${page.name}.png`);
  await tab.waitForTimeout(500);
  await tab.screenshot({ path });
  console.log(`No display: screenshot written to\n${path}`);
  await browser.close();
  await server.close();
} else {
  console.log('Close the browser window or press Ctrl-C to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void browser.close().then(() => server.close()).then(() => process.exit(0)));
}
