/**
 * Benchmark: restore (anchor) 100 highlights on a long article, unchanged and
 * edited, next to Readability's parse of a saved page.
 * Run: npx tsx scripts/bench-anchoring.ts
 * The long article is the text of every real saved page in tests/pages
 * joined (about 8,700 characters, as long as a long People's Daily feature).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { anchorAll, describe, hashText, MIN_CONTEXT, MIN_SCORE, type Selectors } from '../lib/anchoring';
import { bestMatch, exactMatches, fuzzyMatches, type ScoredMatch } from '../lib/anchoring/match-quote';
import { applyEdits, loadCorpus, paragraphSpans, randomRanges, seeded, type Edit } from '../tests/lib/anchoring/corpus';
import { PAGES_DIR } from './lib/test-pages';

const RUNS = 30;

/** Median wall time of `fn` over RUNS runs, after one warm-up. */
function median(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const text = loadCorpus().map((a) => a.text).join('\n');
const ranges = randomRanges(text, 100, seeded(2024), 40);
const hash = hashText(text);
const selectors: Selectors[] = ranges.map(([s, e]) => describe(text, s, e, hash));

const paragraphs = paragraphSpans(text);
const mid = (i: number) => paragraphs[i].start + Math.floor((paragraphs[i].end - paragraphs[i].start) / 2);
const edits: Edit[] = [
  { at: 0, remove: 0, insert: '编辑在文章开头加了一段新的导语。\n' },
  ...paragraphs.map((_p, i) => i).filter((i) => i % 4 === 2 && paragraphs[i].end - paragraphs[i].start > 4).map((i) => ({ at: mid(i), remove: 1, insert: '新' })),
];
const deleted = paragraphs.findIndex((p, i) => i % 4 !== 2 && p.end - p.start > 150);
edits.push({ at: paragraphs[deleted].start, remove: paragraphs[deleted].end - paragraphs[deleted].start + 1, insert: '' });
const edited = applyEdits(text, edits).text;
const suffixOnly = `${text}\n（责任编辑：新加的一行）`;

/** Count results by method. */
function tally(results: ReturnType<typeof anchorAll>): string {
  const c: Record<string, number> = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
  for (const r of results) c[r ? r.method : 'orphan']++;
  return Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ');
}

const cases: [string, string][] = [
  ['unchanged article', text],
  ['a line added at the end (hash differs)', suffixOnly],
  [`edited (${edits.length} edits: new first paragraph, ${edits.length - 2} changed characters, 1 paragraph deleted)`, edited],
];
console.log(`long article: ${text.length} characters, ${paragraphs.length} paragraphs; 100 highlights of 1–40 characters; median of ${RUNS} runs`);
console.log(`describe 100 ranges: ${median(() => ranges.map(([s, e]) => describe(text, s, e, hash))).toFixed(2)} ms`);
for (const [name, t] of cases) {
  const ms = median(() => anchorAll(t, selectors));
  console.log(`anchor 100, ${name}: ${ms.toFixed(2)} ms — ${tally(anchorAll(t, selectors))}`);
}
const html = readFileSync(join(PAGES_DIR, 'finance-c1004-40232587', 'source.html'), 'utf8');
const dom = new JSDOM(html);
const readabilityMs = median(() => new Readability(dom.window.document.cloneNode(true) as Document).parse());
console.log(`for comparison, Readability parse of the finance page (jsdom, ${html.length} characters of HTML): ${readabilityMs.toFixed(2)} ms`);

// Threshold calibration: the best candidate's score for quotes that are NOT in the text
// (taken from another saved page) versus quotes placed fuzzily after real edits.
const corpus = loadCorpus();
const wrong: ScoredMatch[] = [];
for (const a of corpus) {
  for (const b of corpus) {
    if (a === b) continue;
    for (const [s, e] of randomRanges(a.text, 200, seeded(a.text.length + b.text.length))) {
      const sel = describe(a.text, s, e);
      const q = sel.quote;
      const ctx = { prefix: q.prefix, suffix: q.suffix, hint: s };
      const best = bestMatch(b.text, q.exact, [...exactMatches(b.text, q.exact), ...fuzzyMatches(b.text, q.exact, s)], ctx);
      // Skip passages that really are on both pages, context and all (分享让更多人看到 …).
      if (best && !(best.prefixScore >= 0.9 && best.suffixScore >= 0.9)) wrong.push(best);
    }
  }
}
const fuzzyScores = anchorAll(edited, selectors).filter((r) => r?.method === 'fuzzy').map((r) => r!.score);
const pct = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const wrongScores = wrong.map((m) => m.score);
const wrongContext = wrong.map((m) => (m.prefixScore + m.suffixScore) / 2);
const wronglyPlaced = wrong.filter((m, i) => m.score >= MIN_SCORE && wrongContext[i] >= MIN_CONTEXT).length;
console.log(`threshold: score ≥ ${MIN_SCORE} and context ≥ ${MIN_CONTEXT}`);
console.log(`  best wrong candidate for quotes taken from another page (${wrong.length} with any candidate): score p50 ${pct(wrongScores, 0.5).toFixed(3)}, max ${Math.max(...wrongScores).toFixed(3)}; context p50 ${pct(wrongContext, 0.5).toFixed(3)}, max ${Math.max(...wrongContext).toFixed(3)}; would be placed: ${wronglyPlaced}`);
console.log(`  fuzzy placements after edits (${fuzzyScores.length}): score min ${Math.min(...fuzzyScores).toFixed(3)}, median ${pct(fuzzyScores, 0.5).toFixed(3)}`);
