/**
 * The Firefox smoke test: the built Firefox add-on (npm run build:firefox) in
 * Debian's Firefox ESR over WebDriver BiDi, on the saved pages.
 *   npm run test:firefox [-- <name filter>]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startPageServer } from '../tests/e2e/server';
import { launchFirefox } from '../tests/e2e/firefox/browser';
import { firefoxTests } from '../tests/e2e/firefox/smoke.e2e';

const SCREENSHOTS = resolve(import.meta.dirname, '../.output/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const filter = process.argv[2];
const server = await startPageServer();
const firefox = await launchFirefox(server.port);
let passed = 0;
let failed = 0;
try {
  console.log(`  ${await firefox.browser.version()}`);
  for (const t of firefoxTests) {
    if (filter && !t.name.includes(filter)) continue;
    const page = await firefox.newPage();
    const started = Date.now();
    try {
      await t.fn(firefox.browser, page);
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      await page.screenshot({ path: resolve(SCREENSHOTS, `firefox-failed-${passed + failed}.png`) }).catch(() => {});
      console.log(`  ✗ ${t.name}\n    ${String((error as Error).stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
    } finally {
      await page.close().catch(() => {});
    }
  }
} finally {
  await firefox.close();
  await server.close();
}
console.log(`\nfirefox: ${passed} passed, ${failed} failed`);
process.exitCode = failed || !passed ? 1 : 0;
