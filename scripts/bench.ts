/**
 * `npm run bench [-- --json] [-- --runs N]`: how fast the pipeline is.
 * - Node: per saved article, median of N runs of Readability alone (on a clone,
 *   as the extension does) vs the whole analyzeDocument pipeline.
 * - Chromium: per saved article, content-script start → panel rendered
 *   (timings the content script records), and the page's long tasks (> 50 ms).
 * `--huge` adds a synthetic huge page (20,000 links, 4,000 paragraphs).
 * Needs `npm run build` for the Chromium part.
 */
import { Readability } from '@mozilla/readability';
import { analyzeDocument } from '../lib/analyze';
import { loadPage } from './lib/load-page';
import { listTestPages } from './lib/test-pages';
import { startPageServer } from '../tests/e2e/server';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/browser';
import { hoverLatency, hugePage, restoreHighlights } from './bench-browser';
import { waitAnalysed } from '../tests/e2e/page-helpers';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const json = process.argv.includes('--json');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;
/** Progress goes to stderr as each stage starts, so a long run is never silent (and --json stays clean). */
const stage = (what: string) => console.error(`[bench] ${what}…`);

function timeIt(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const pages = listTestPages().filter((p) => analyzeDocument(loadPage(p.source, p.url, p.charset), p.url).isArticle);
const rows: Record<string, number | string>[] = [];

for (const page of pages) {
  stage(`Node: ${page.name}, ${RUNS} runs`);
  const readability: number[] = [];
  const pipeline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const doc = loadPage(page.source, page.url, page.charset);
    readability.push(timeIt(() => new Readability(doc.cloneNode(true) as Document, { charThreshold: 100 }).parse()));
    const doc2 = loadPage(page.source, page.url, page.charset);
    pipeline.push(timeIt(() => analyzeDocument(doc2, page.url)));
  }
  rows.push({ page: page.name, chars: analyzeDocument(loadPage(page.source, page.url, page.charset), page.url).text.length, readabilityMs: round(median(readability)), pipelineMs: round(median(pipeline)) });
}

// Chromium: the content script records ms timestamps (performance.now) on its host element.
let hover: Awaited<ReturnType<typeof hoverLatency>> | null = null;
let restore: Awaited<ReturnType<typeof restoreHighlights>> | null = null;
let huge: Awaited<ReturnType<typeof hugePage>> | null = null;
stage('Chromium: starting the browser with the built extension');
const server = await startPageServer();
const browser = await launchWithExtension(server.port);
try {
  for (const [i, page] of pages.entries()) {
    stage(`Chromium: ${page.name}, 5 loads`);
    const toPanel: number[] = [];
    const toAnalysed: number[] = [];
    const longTasks: number[] = [];
    for (let r = 0; r < 5; r++) {
      const tab = await browser.context.newPage();
      await tab.addInitScript(() => {
        const w = window as unknown as { __rrLongTasks: number[] };
        w.__rrLongTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__rrLongTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      });
      await tab.goto(page.url);
      const t = await waitAnalysed(tab);
      toPanel.push(t.panel - t.start);
      toAnalysed.push(t.analysed - t.start);
      longTasks.push(Math.max(0, ...(await tab.evaluate(() => (window as unknown as { __rrLongTasks: number[] }).__rrLongTasks))));
      await tab.close();
    }
    Object.assign(rows[i], { chromiumStartToPanelMs: round(median(toPanel)), chromiumStartToAnalysedMs: round(median(toAnalysed)), longestTaskMs: round(median(longTasks)) });
  }
  stage('Chromium: hover → popup, 200 samples');
  hover = await hoverLatency(browser.context, 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html');
  stage('Chromium: restoring 100 saved highlights, 5 loads');
  restore = await restoreHighlights(browser, 'finance-c1004-40232587');
  if (process.argv.includes('--huge')) stage('Chromium: the synthetic huge page');
  if (process.argv.includes('--huge')) huge = await hugePage(browser.context, server.override);
} finally {
  await browser.close();
  await server.close();
}

const bundle = {
  contentScriptBytes: statSync(resolve(EXTENSION_DIR, 'content-scripts/people.js')).size,
  contentScriptGzipBytes: gzipSync(readFileSync(resolve(EXTENSION_DIR, 'content-scripts/people.js'))).length,
  backgroundBytes: statSync(resolve(EXTENSION_DIR, 'background.js')).size,
};
if (json) {
  console.log(JSON.stringify({ runs: RUNS, rows, hover, restore, huge, bundle }, null, 2));
} else {
  console.log(`Node: median of ${RUNS} runs; Chromium: median of 5 loads. Long task: longest task > 50 ms seen on the page (0 = none).`);
  console.table(rows);
  console.log('Hover → popup in Chromium (ms; "handled" = event to popup in the DOM, "to frame" = to the next animation frame):');
  console.table([hover]);
  console.log('Restoring saved highlights on load (ms, median of 5 loads):');
  console.table([restore]);
  if (huge) {
    console.log('A synthetic huge page (20,000 links, 4,000 paragraphs, 165,000 characters), per load:');
    console.table(huge);
  }
  console.log('Bundle sizes (bytes):');
  console.table([bundle]);
}
