/**
 * A small runner for the browser tests: one shared browser and page server,
 * tests run in order, a summary line `N passed, N failed` at the end.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startPageServer, type PageServer } from './server';
import { launchWithExtension, type ExtensionBrowser } from './browser';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../.output/screenshots');

export interface E2EContext {
  server: PageServer;
  browser: ExtensionBrowser;
  /** A new tab; closed after the test. */
  newPage: () => Promise<Page>;
  screenshot: (page: Page, name: string) => Promise<string>;
  /** A fresh temporary folder (downloads, files to import); removed after the test. */
  tempDir: (prefix: string) => string;
}

type TestFn = (ctx: E2EContext) => Promise<void>;
const registry: { name: string; fn: TestFn }[] = [];

/** Register a browser test. */
export function test(name: string, fn: TestFn): void {
  registry.push({ name, fn });
}

/** Run every registered test (optionally those whose name contains `filter`); returns the failure count. */
export async function runAll(filter?: string): Promise<number> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const server = await startPageServer();
  const browser = await launchWithExtension(server.port);
  let passed = 0;
  let failed = 0;
  try {
    for (const t of registry) {
      if (filter && !t.name.includes(filter)) continue;
      const pages: Page[] = [];
      const dirs: string[] = [];
      const ctx: E2EContext = {
        server,
        browser,
        newPage: async () => {
          const page = await browser.context.newPage();
          pages.push(page);
          return page;
        },
        screenshot: async (page, name) => {
          const path = resolve(SCREENSHOT_DIR, `${name}.png`);
          await page.screenshot({ path });
          return path;
        },
        tempDir: (prefix) => {
          const dir = mkdtempSync(join(tmpdir(), prefix));
          dirs.push(dir);
          return dir;
        },
      };
      const started = Date.now();
      try {
        await t.fn(ctx);
        passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${t.name}\n    ${String((error as Error).stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
      } finally {
        for (const p of pages) await p.close().catch(() => {});
        for (const d of dirs) rmSync(d, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nend-to-end: ${passed} passed, ${failed} failed`);
  return failed;
}
