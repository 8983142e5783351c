/**
 * `npx tsx scripts/bench-dict.ts [--runs N] [--browser] [--extension DIR] [--json]`:
 * what loading the dictionaries of public/dict costs.
 * - Node: each run is a fresh process (as a service worker starts fresh): per file, bytes on
 *   disk and decoded, read (+ gunzip) time, parse time; then definitions of every distinct word
 *   of the saved articles, and the first words() call (segment + read an article). Medians of N.
 * - Chromium (`--browser`, needs `npm run build`, or `--extension DIR` for another build): per run
 *   a fresh profile; an extension page asks the background for an article's words as soon as the
 *   worker is up, then again (warm). Reports both answer times, each file fetched (and inflated) alone
 *   in the worker, and the `rr-dict` measures the background records (fetch + inflate per file in
 *   parallel, building the tools), when the build records them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { pinyin } from 'pinyin-pro';
import { installReadingDict, lookupDefinitions, parseDefinitions, parseReadingDict, parseWordDict } from '../lib/text';
import { createLanguageTools } from '../lib/text/language-tools';
import { extractArticle } from '../lib/extract';
import { loadPage } from './lib/load-page';
import { listTestPages } from './lib/test-pages';
import { chromiumPath, EXTENSION_DIR } from '../tests/e2e/browser';
import { median } from './lib/bench-stats';

const DICT = resolve(import.meta.dirname, '../public/dict');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' }, browser: { type: 'boolean' }, child: { type: 'boolean' },
    extension: { type: 'string', default: EXTENSION_DIR }, json: { type: 'boolean' },
  },
});
const RUNS = Number(values.runs);
type Row = Record<string, number>;

const round = (n: number) => Math.round(n * 10) / 10;
const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
};

/** Article texts of the saved Chinese articles, longest first. */
function articleTexts(): string[] {
  return listTestPages()
    .filter((p) => !p.name.startsWith('english') && !p.name.startsWith('index'))
    .map((p) => extractArticle(loadPage(p.source, p.url, p.charset), p.url)?.text ?? '')
    .filter((t) => t.length > 200)
    .sort((a, b) => b.length - a.length);
}

/** One cold measurement in this (fresh) process. */
function measureOnce(): Row {
  const row: Row = {};
  const [words, wRead] = time(() => readFileSync(`${DICT}/words.txt`, 'utf8'));
  const [, wParse] = time(() => parseWordDict(words));
  // pinyin-pro builds its own dictionary on first use; timed apart so it is not charged to readings.txt.
  const [, pinyinInit] = time(() => pinyin('测试'));
  const [readings, rRead] = time(() => readFileSync(`${DICT}/readings.txt`, 'utf8'));
  const [, rParse] = time(() => installReadingDict(parseReadingDict(readings)));
  const [cedict, cRead] = time(() => gunzipSync(readFileSync(`${DICT}/cedict.txt.gz`)));
  const [dict, cParse] = time(() => parseDefinitions(cedict));
  Object.assign(row, {
    'words.txt read': wRead, 'words.txt parse': wParse, 'pinyin-pro init (its own dictionary)': pinyinInit, 'readings.txt read': rRead, 'readings.txt parse+install': rParse,
    'cedict.txt.gz read+gunzip': cRead, 'cedict.txt.gz parse': cParse,
  });
  const texts = articleTexts();
  const tools = createLanguageTools({ words, readings, definitions: cedict });
  const [, first] = time(() => tools.words(texts[0]));
  const distinct = [...new Set(texts.flatMap((t) => tools.words(t).map((w) => w.text)))];
  const [found, lookups] = time(() => distinct.filter((w) => lookupDefinitions(dict, w).length).length);
  Object.assign(row, { 'first words() on the longest article': first, [`lookups of ${distinct.length} distinct words (${found} found)`]: lookups });
  row['longest article (chars)'] = texts[0].length;
  return row;
}

function nodeReport(): Row {
  const rows: Row[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child'], { encoding: 'utf8' });
    rows.push(JSON.parse(out));
  }
  const med: Row = {};
  for (const k of Object.keys(rows[0])) med[k] = round(median(rows.map((r) => r[k])));
  return med;
}

function sizes(): Record<string, { disk: number; decoded: number }> {
  const out: Record<string, { disk: number; decoded: number }> = {};
  for (const f of ['words.txt', 'readings.txt', 'cedict.txt.gz']) {
    const bytes = readFileSync(`${DICT}/${f}`);
    out[f] = { disk: statSync(`${DICT}/${f}`).size, decoded: f.endsWith('.gz') ? gunzipSync(bytes).length : bytes.length };
  }
  return out;
}

/** Chromium: first (cold) and second (warm) words answer, and the background's own measures. */
async function browserReport(text: string): Promise<Row> {
  const rows: Row[] = [];
  for (let i = 0; i < RUNS; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'rr-bench-dict-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(), headless: false,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', `--disable-extensions-except=${values.extension}`, `--load-extension=${values.extension}`],
    });
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(sw.url()).host}/library.html`);
      const row: Row = await page.evaluate(async (t) => {
        // No named inner functions here: the bundler's name helper does not exist in the page.
        const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome;
        const t0 = performance.now();
        const a = await runtime.sendMessage({ type: 'words', text: t });
        const t1 = performance.now();
        await runtime.sendMessage({ type: 'words', text: t });
        if (!a.ok) throw new Error('words failed');
        return { 'first words answer': t1 - t0, 'warm words answer': performance.now() - t1 };
      }, text);
      // Each file alone, one after the other, once the tools are loaded: what fetching (and inflating) it costs.
      Object.assign(row, await sw.evaluate(async () => {
        const out: Record<string, number> = {};
        for (const f of ['/dict/words.txt', '/dict/readings.txt']) {
          const t = performance.now();
          await (await fetch(f)).text();
          out[`${f} alone: fetch + decode`] = performance.now() - t;
        }
        const t0 = performance.now();
        const res = await fetch('/dict/cedict.txt.gz');
        const bytes = await new Response(res.body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
        const t1 = performance.now();
        new TextDecoder().decode(bytes); // what the old build did (it parsed a string); the new one looks up the bytes
        out['/dict/cedict.txt.gz alone: fetch + inflate'] = t1 - t0;
        out[`/dict/cedict.txt.gz alone: decode ${bytes.byteLength} bytes to a string`] = performance.now() - t1;
        return out;
      }));
      const measures = await sw.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('rr-dict')).map((m) => [m.name, m.duration, m.startTime + m.duration] as const));
      for (const [name, duration, end] of measures) {
        row[name] = duration;
        row['tools ready after worker start'] = Math.max(row['tools ready after worker start'] ?? 0, end);
      }
      const started = await sw.evaluate(() => performance.getEntriesByName('rr-dict start')[0]?.startTime ?? null);
      if (started !== null && row['tools ready after worker start'] !== undefined) {
        row['loading started after worker start'] = started;
        row['load: start → tools ready'] = row['tools ready after worker start'] - started;
      }
      rows.push(row);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  const med: Row = {};
  for (const k of Object.keys(rows[0])) med[k] = round(median(rows.map((r) => r[k] ?? NaN)));
  return med;
}

if (values.child) {
  process.stdout.write(JSON.stringify(measureOnce()));
} else {
  const report: Record<string, unknown> = { sizes: sizes(), [`node (median of ${RUNS} fresh processes, ms)`]: nodeReport() };
  if (values.browser) report[`chromium (median of ${RUNS} fresh profiles, ms)`] = await browserReport(articleTexts()[0]);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else for (const [section, data] of Object.entries(report)) console.log(`${section}\n${Object.entries(data as object).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n')}`);
}
