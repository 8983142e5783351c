/**
 * Hover → popup, side by side with Zhongwen (github.com/cschiller/zhongwen), in one headless
 * Chromium run on a saved article: both extensions loaded in one profile, each measured in turn
 * (in alternating blocks, so a change in the machine's load hits both) over the same characters.
 *
 *   ZHONGWEN_DIR=/path/to/unpacked/zhongwen npx tsx scripts/bench-zhongwen.ts [--samples 200] [--json]
 *   npx tsx scripts/bench-zhongwen.ts --zhongwen-dir /path/to/unpacked/zhongwen
 *
 * Zhongwen is not part of this repository and is not built here: point ZHONGWEN_DIR (or
 * --zhongwen-dir) at an unpacked Manifest V3 build of it (its folder with manifest.json and the
 * dictionary in data/); without one the script says so and stops. Run `npm run build` first.
 *
 * Each sample dispatches one mousemove on a Han character of the article and measures, in the page:
 * - in DOM: until the popup is in the document. Ours renders in its mousemove handler, so that is
 *   when the dispatch returns (checked afterwards through the DevTools protocol: our popup sits in a
 *   closed shadow root); Zhongwen's shows after its own 50 ms wait and a round trip to its
 *   background, seen by a MutationObserver on its #zhongwen-window;
 * - to frame: until the next animation frame after that, when it can be on the screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startPageServer } from '../tests/e2e/server';
import { EXTENSION_DIR, chromiumPath } from '../tests/e2e/browser';
import { PageUi, panel } from '../tests/e2e/ui';
import { waitAnalysed } from '../tests/e2e/page-helpers';
import { quantile } from './lib/bench-stats';

const URL_ = 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html';
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const zhongwenDir = flag('--zhongwen-dir') ?? process.env.ZHONGWEN_DIR;
const samples = Number(flag('--samples') ?? 200);
const asJson = args.includes('--json');
const BLOCKS = 4;

interface Sample { dom: number; frame: number; shown: boolean }

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The service worker of the extension whose manifest is named `name`. */
async function workerOf(context: BrowserContext, name: RegExp): Promise<Worker> {
  for (let tries = 0; tries < 100; tries++) {
    for (const w of context.serviceWorkers()) {
      const manifestName = await w.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name).catch(() => '');
      if (name.test(manifestName)) return w;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no service worker of an extension named ${name}`);
}

/** Tell Zhongwen's content script in the article's tab to listen (enable) or not (disable), as its toolbar button does. */
async function zhongwen(worker: Worker, type: 'enable' | 'disable'): Promise<void> {
  await worker.evaluate(async ([u, t]) => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const [tab] = await tabs.query({ url: u });
    await tabs.sendMessage(tab.id, { type: t }).catch(() => {});
  }, [URL_, type] as const);
}

/** Han characters of the article's paragraphs (not the page's share buttons and the like, which only
 * Zhongwen reads), kept in the page for the samples; returns how many. */
async function collectChars(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const body = document.querySelector('.rm_txt_con');
    const chars = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t.parentElement.closest('rt') || !t.parentElement.closest('p') || t.parentElement.closest('.section-common-share-wrap')) continue;
      for (let i = 0; i < t.data.length; i++) if (/[\\u4e00-\\u9fff]/.test(t.data[i])) chars.push([t, i]);
    }
    window.__benchChars = chars;
    return chars.length;
  })()`) as Promise<number>;
}

/** One sample on character `k`: dispatch a mousemove there, wait for `which` popup, then the next frame. */
async function sample(page: Page, k: number, which: 'ours' | 'zhongwen'): Promise<Sample> {
  return page.evaluate(`(async () => {
    const [node, i] = window.__benchChars[${k} % window.__benchChars.length];
    node.parentElement.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(r));
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rect = range.getBoundingClientRect();
    const x = rect.left + rect.width / 2, y = rect.top + rect.height / 2;
    const target = document.elementFromPoint(x, y) || document.body;
    const ch = node.data[i];
    let seen = null;
    let observer = null;
    if (${JSON.stringify(which)} === 'zhongwen') {
      seen = new Promise((resolve) => {
        const check = () => {
          const p = document.getElementById('zhongwen-window');
          if (p && p.style.display !== 'none' && p.textContent.includes(ch)) { observer.disconnect(); resolve(performance.now()); }
        };
        observer = new MutationObserver(check);
        observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
        setTimeout(() => { observer.disconnect(); resolve(null); }, 3000);
      });
    }
    const t0 = performance.now();
    target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
    const inDom = seen ? await seen : performance.now();
    if (inDom === null) return { dom: NaN, frame: NaN, shown: false };
    await new Promise((r) => requestAnimationFrame(r));
    return { dom: inDom - t0, frame: performance.now() - t0, shown: true };
  })()`) as Promise<Sample>;
}

/** Close whichever popup is open before the next sample: Escape, and the pointer off the text. */
async function closePopups(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.body.dispatchEvent(new MouseEvent('mousemove', { clientX: 1, clientY: 1, bubbles: true })));
}

async function main(): Promise<void> {
  if (!zhongwenDir || !existsSync(join(zhongwenDir, 'manifest.json'))) {
    console.log('bench-zhongwen: skipped. Set ZHONGWEN_DIR (or --zhongwen-dir) to an unpacked Manifest V3 build of Zhongwen (a folder with manifest.json and its data/), e.g. a checkout of github.com/cschiller/zhongwen at v6.3.0.');
    return;
  }
  const zhongwenVersion = JSON.parse(readFileSync(join(zhongwenDir, 'manifest.json'), 'utf8')).version as string;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no built extension: run npm run build');
  const server = await startPageServer();
  const profile = mkdtempSync(join(tmpdir(), 'rr-bench-zw-'));
  const dirs = `${EXTENSION_DIR},${resolve(zhongwenDir)}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      `--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`,
      `--host-resolver-rules=MAP *.people.com.cn 127.0.0.1:${server.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    ],
  });
  try {
    await workerOf(context, /Renmin|人民/);
    const zw = await workerOf(context, /Zhongwen/);
    await zw.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({ isActive: true }));
    const page = await context.newPage();
    await page.goto(URL_);
    await waitAnalysed(page);
    const frame = await panel(page);
    const toggle = frame.locator('[data-action="toggle-pinyin"]');
    const setPinyin = async (on: boolean) => {
      if (((await toggle.getAttribute('aria-pressed')) === 'true') !== on) await toggle.click();
      await frame.locator(`[data-action="toggle-pinyin"][aria-pressed="${on}"]`).waitFor();
      if (on) await frame.locator('.status').waitFor({ state: 'detached', timeout: 60000 });
    };
    const n = await collectChars(page);
    const ui = new PageUi(page);
    const results: Record<'ours' | 'zhongwen', Sample[]> = { ours: [], zhongwen: [] };
    const perBlock = Math.ceil(samples / BLOCKS);
    for (let block = 0; block < BLOCKS; block++) {
      for (const which of ['ours', 'zhongwen'] as const) {
        process.stderr.write(`block ${block + 1}/${BLOCKS}: ${which}\n`);
        await setPinyin(which === 'ours');
        await zhongwen(zw, which === 'zhongwen' ? 'enable' : 'disable');
        // A first hover, not counted: Zhongwen loads its dictionary on its first search.
        await sample(page, 1, which);
        await closePopups(page);
        for (let s = 0; s < perBlock; s++) {
          const k = ((block * perBlock + s) * 7919) % n;
          const result = await sample(page, k, which);
          if (which === 'ours') result.shown = (await ui.count('[data-rr-popup]')) > 0;
          results[which].push(result);
          await closePopups(page);
        }
      }
    }
    const summary = Object.fromEntries((['ours', 'zhongwen'] as const).map((which) => {
      const shown = results[which].filter((s) => s.shown);
      return [which, {
        samples: results[which].length,
        shown: shown.length,
        inDomP50: r2(quantile(shown.map((s) => s.dom), 0.5)),
        inDomP95: r2(quantile(shown.map((s) => s.dom), 0.95)),
        toFrameP50: r2(quantile(shown.map((s) => s.frame), 0.5)),
        toFrameP95: r2(quantile(shown.map((s) => s.frame), 0.95)),
      }];
    }));
    const chromiumVersion = /Chrome\/([\d.]+)/.exec(await page.evaluate(() => navigator.userAgent))?.[1] ?? 'unknown';
    const report = { page: URL_, chromium: chromiumVersion, zhongwen: zhongwenVersion, ...summary };
    if (asJson) console.log(JSON.stringify(report, null, 2));
    else {
      console.log(`hover → popup on ${URL_}, Chromium ${chromiumVersion} (ms; ${samples} samples each, alternating blocks)`);
      console.log('                      in DOM p50   p95   to frame p50   p95   shown');
      for (const which of ['ours', 'zhongwen'] as const) {
        const s = summary[which];
        const name = which === 'ours' ? 'Renmin Reader' : `Zhongwen ${zhongwenVersion}`;
        console.log(`${name.padEnd(22)}${String(s.inDomP50).padStart(10)}${String(s.inDomP95).padStart(7)}${String(s.toFrameP50).padStart(15)}${String(s.toFrameP95).padStart(7)}   ${s.shown}/${s.samples}`);
      }
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
