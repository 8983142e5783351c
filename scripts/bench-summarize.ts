/**
 * Benchmark: outline + summary + glossary time per saved article page, next to
 * Readability's parse time on the same page. Cold = first call in the process
 * (includes indexing the term base and pinyin-pro's first use); warm = median of
 * repeated runs. Also a long synthetic article (all article texts joined, twice).
 * Run: npx tsx scripts/bench-summarize.ts
 */
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract';
import { buildOutline, summarize } from '../lib/summarize';
import { buildGlossary, prepareGlossary } from '../lib/glossary';
import type { ArticleMeta, Paragraph } from '../lib/types';
import { loadPage } from './lib/load-page';
import { listTestPages } from './lib/test-pages';
import { median } from './lib/bench-stats';

const NAMES = ['politics-c1001-40223222', 'finance-c1004-40232587', 'health-c14739-40237861', 'culture-c1013-31153719', 'epaper-article-20240510-04'];
const RUNS = 30;

interface Input { name: string; text: string; paragraphs: Paragraph[]; meta: ArticleMeta; readabilityMs: number | null }

function load(name: string): Input {
  const page = listTestPages().find((p) => p.name === name)!;
  const url = page.url;
  const doc = loadPage(page.source, url, page.charset);
  const t0 = performance.now();
  new Readability(doc.cloneNode(true) as Document).parse();
  const readabilityMs = performance.now() - t0;
  const { text, paragraphs, meta } = extractArticle(doc, url);
  return { name, text, paragraphs, meta, readabilityMs };
}

function run(a: Input): { outline: number; summary: number; glossary: number } {
  let t = performance.now();
  const outline = buildOutline(a.text, a.paragraphs, a.meta);
  const tOutline = performance.now() - t;
  t = performance.now();
  summarize(a.text, a.paragraphs, { outline, meta: a.meta });
  const tSummary = performance.now() - t;
  t = performance.now();
  buildGlossary(a.text, a.meta);
  return { outline: tOutline, summary: tSummary, glossary: performance.now() - t };
}

const inputs = NAMES.map(load);
const joined = inputs.slice(0, 4).flatMap((a) => [a, a]);
let offset = 0;
const long: Input = {
  name: 'long (8 articles joined)', readabilityMs: null, meta: inputs[1].meta,
  text: joined.map((a) => a.text).join('\n'),
  paragraphs: joined.flatMap((a) => { const ps = a.paragraphs.map((p) => ({ ...p, start: p.start + offset, end: p.end + offset })); offset += a.text.length + 1; return ps; }),
};
inputs.push(long);

// One-time set-up (term base index, pinyin-pro's dictionary), as prepareGlossary
// does at idle time; then cold = the first call per page (JIT still cold for the
// first), then a warm-up pass over all pages before the warm medians.
const tPrep = performance.now();
prepareGlossary();
console.log(`prepareGlossary (one-time set-up): ${(performance.now() - tPrep).toFixed(1)} ms`);
const colds = inputs.map((a) => run(a));
for (let k = 0; k < 5; k++) inputs.forEach((a) => run(a));
console.log('page | chars | readability ms | cold outline+summary+glossary ms | warm outline / summary / glossary ms (median of %d) | warm outline+glossary ms', RUNS);
for (const [i, a] of inputs.entries()) {
  const cold = colds[i];
  const warm = Array.from({ length: RUNS }, () => run(a));
  const o = median(warm.map((w) => w.outline));
  const s = median(warm.map((w) => w.summary));
  const g = median(warm.map((w) => w.glossary));
  console.log(`${a.name} | ${a.text.length} | ${a.readabilityMs?.toFixed(1) ?? '-'} | ${(cold.outline + cold.summary + cold.glossary).toFixed(1)} | ${o.toFixed(2)} / ${s.toFixed(2)} / ${g.toFixed(2)} | ${(o + g).toFixed(2)}`);
}
