/**
 * `npm run bench [-- options]`: how fast the extension is, side by side with a
 * no-op extension built into a temp folder and loaded in the same run.
 *
 * - Node: per saved article, median of --runs runs of Readability alone (on a clone, as the
 *   extension does) vs the whole analyzeDocument pipeline.
 * - Chromium, per saved article, --loads loads: when the no-op's element and our host appear
 *   (ms since navigation start, same load), the difference and ratio, panel connected,
 *   analysis done, the longest task on the page with us and without us (baseline), and from
 *   --traces traced loads the longest task of ours and of the panel frame.
 * - First hover (pinyin switched on in a fresh browser → first popup) and hover → popup p50/p95.
 * - Restoring 100 saved highlights on load.
 * - `--huge`: a synthetic huge page and a real-sized one (17,266 paragraphs, 4.9 MB body).
 * - `--many-highlights`: 20,000 stored highlights: article load, library, import (in a copy of the
 *   build that asks for unlimitedStorage: 20,000 do not fit in the 10 MB of storage.local).
 * Options: --json, --runs N (Node, 15), --loads N (Chromium, 5), --traces N (1), --colds N (first
 * hovers, 3), --pages a,b (names containing), --skip startup,restore,hover (parts), --no-node, --extension DIR (default: the build in
 * .output/chrome-mv3; run `npm run build` first). Progress goes to stderr as it runs.
 */
import { Readability } from '@mozilla/readability';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeDocument } from '../lib/analyze';
import { loadPage } from './lib/load-page';
import { listTestPages } from './lib/test-pages';
import { startPageServer } from '../tests/e2e/server';
import { EXTENSION_DIR } from '../tests/e2e/browser';
import { hoverLatency, hugePages, restoreHighlights, startupCells, startupRows } from './bench-browser';
import { manyHighlightsBench, withUnlimitedStorage } from './bench-highlights';
import { launchBenchBrowsers } from './lib/bench-browsers';
import { cell, median, round1 } from './lib/bench-stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const json = flag('--json');
const RUNS = Number(option('--runs', '15'));
const LOADS = Number(option('--loads', '5'));
const TRACES = Number(option('--traces', '1'));
const COLDS = Number(option('--colds', '3'));
const extensionDir = resolve(option('--extension', EXTENSION_DIR));
const only = option('--pages', '').split(',').filter(Boolean);
const skip = option('--skip', '').split(',').filter(Boolean);
const started = Date.now();

/** Progress goes to stderr as each step starts, so a long run is never silent (and --json stays clean). */
const progress = (what: string) => console.error(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${what}`);

function timeIt(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const pages = listTestPages()
  .filter((p) => !only.length || only.some((o) => p.name.includes(o)))
  .filter((p) => analyzeDocument(loadPage(p.source, p.url, p.charset), p.url).isArticle);

const node: Record<string, number | string>[] = [];
if (!flag('--no-node')) {
  for (const page of pages) {
    progress(`Node: ${page.name}, ${RUNS} runs`);
    const readability: number[] = [];
    const pipeline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const doc = loadPage(page.source, page.url, page.charset);
      readability.push(timeIt(() => new Readability(doc.cloneNode(true) as Document, { charThreshold: 100 }).parse()));
      const doc2 = loadPage(page.source, page.url, page.charset);
      pipeline.push(timeIt(() => analyzeDocument(doc2, page.url)));
    }
    node.push({ page: page.name, readabilityMs: round1(median(readability)), pipelineMs: round1(median(pipeline)) });
  }
}

progress(`Chromium: our extension (${extensionDir}) beside a no-op one, and the no-op alone`);
const server = await startPageServer();
const browsers = await launchBenchBrowsers(server, extensionDir);
const result: Record<string, unknown> = {};
/** Run one part; a failure is reported in its place and the other parts still run. */
async function part(name: string, run: () => Promise<unknown>): Promise<void> {
  if (skip.includes(name)) return;
  try {
    result[name] = await run();
  } catch (error) {
    progress(`${name} failed: ${(error as Error).message.split('\n')[0]}`);
    result[name] = { error: String((error as Error).message ?? error).split('\n')[0] };
  }
}
try {
  await part('startup', () => startupRows(browsers, pages, LOADS, TRACES, (w) => progress(`Chromium: ${w}`)));
  await part('restore', () => restoreHighlights(browsers, 'finance-c1004-40232587', 100, LOADS, (w) => progress(`Chromium: ${w}`)));
  if (flag('--huge')) await part('huge', () => hugePages(browsers, server, Math.min(LOADS, 3), Math.max(TRACES, 1), (w) => progress(`Chromium, huge page ${w}`)));
  await browsers.close();
  await part('hover', () => hoverLatency(server, extensionDir, 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html', COLDS, 200, (w) => progress(`Chromium: ${w}`)));
  if (flag('--many-highlights')) {
    await part('many', async () => {
      const fresh = await launchBenchBrowsers(server, withUnlimitedStorage(extensionDir));
      try {
        return await manyHighlightsBench(fresh.ours, LOADS, (w) => progress(`Chromium, many highlights: ${w}`));
      } finally {
        await fresh.close();
      }
    });
  }
} finally {
  await browsers.close().catch(() => {});
  await server.close();
}

const bundle = {
  contentScriptBytes: statSync(resolve(extensionDir, 'content-scripts/people.js')).size,
  contentScriptGzipBytes: gzipSync(readFileSync(resolve(extensionDir, 'content-scripts/people.js'))).length,
  backgroundBytes: statSync(resolve(extensionDir, 'background.js')).size,
};
const load = (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10);
if (json) {
  console.log(JSON.stringify({ extension: extensionDir, machineLoad: load, runs: RUNS, loads: LOADS, node, ...result, bundle }, null, 2));
} else {
  const failed = Object.entries(result).filter(([, v]) => v && typeof v === 'object' && 'error' in (v as object));
  for (const [name, v] of failed) {
    console.log(`${name}: failed: ${(v as { error: string }).error}`);
    delete result[name];
  }
  const r = result as { startup: Parameters<typeof startupCells>[0][]; restore: Record<string, unknown>; huge: ({ marks: unknown; ourMostInOneTask: unknown; longOurTasks: unknown } & Parameters<typeof startupCells>[0])[] | null; hover: Record<string, unknown>; many: Record<string, Record<string, unknown>> | null };
  console.log(`Extension: ${extensionDir}. Load average at the end (1, 5, 15 min): ${load.join(', ')} on ${(await import('node:os')).cpus().length} cores.`);
  console.log('Cells: median (min–max). Times in ms since navigation start unless said.');
  if (node.length) {
    console.log(`\nNode: median of ${RUNS} runs`);
    console.table(node);
  }
  if (r.startup) console.log(`\nChromium start-up, ${LOADS} loads per page (no-op = the no-op extension's element; host = our <renmin-reader>; longest task = on the page with us, baseline = the no-op alone; "of ours" and "panel frame" from ${TRACES} traced load(s))`);
  if (r.startup) console.table(r.startup.map(startupCells));
  if (r.restore) console.log('\nRestoring saved highlights on load (ms):');
  if (r.restore) console.table([{ ...r.restore, restoreMs: cell(r.restore.restoreMs as never) }]);
  if (r.hover) console.log('\nPinyin: first hover (switched on in a fresh browser → first popup, ms) and hover → popup ("handled" = event to popup in the DOM, "to frame" = to the next frame):');
  if (r.hover) console.table([{ ...r.hover, firstHoverMs: cell(r.hover.firstHoverMs as never) }]);
  if (r.huge) {
    console.log('\nHuge pages:');
    console.table(r.huge.map((h) => ({ ...startupCells(h), marks: cell(h.marks as never), 'our most in one task': cell(h.ourMostInOneTask as never), 'long tasks of ours': cell(h.longOurTasks as never) })));
  }
  if (r.many) {
    const m = r.many as unknown as { highlights: number; articleLoad: Record<string, Record<string, never>>; library: Record<string, never>; import: Record<string, never> };
    console.log(`\n${m.highlights.toLocaleString('en')} stored highlights:`);
    console.table(Object.entries(m.articleLoad).map(([k, v]) => ({ stored: k === 'empty' ? 'none' : m.highlights, host: cell(v.host), 'highlights read': cell(v.highlightsRead) })));
    console.table([Object.fromEntries(Object.entries(m.library).map(([k, v]) => [`library ${k}`, cell(v)]))]);
    console.table([Object.fromEntries(Object.entries(m.import).map(([k, v]) => [`import ${k}`, typeof v === 'number' ? v : cell(v)]))]);
  }
  console.log('\nBundle sizes (bytes):');
  console.table([bundle]);
}
