/**
 * Benchmark of anchoring: restoring 100 highlights on a long article (unchanged and
 * edited), the adversarial edit suite (misplacements, placed / fuzzy / orphan), what
 * describeRange stores (margins, copies), and the cost of hostile import records.
 * Run: npx tsx scripts/bench-anchoring.ts
 * The long article is the text of every real saved page in tests/pages joined
 * (about 8,700 characters, as long as a long People's Daily feature).
 */
import { performance } from 'node:perf_hooks';
import { anchor, anchorAll, describeRange, hashText, MAX_MARGIN, type Selectors, type Work } from '../lib/anchoring';
import { applyEdits, loadCorpus, paragraphSpans, randomRanges, seeded, type Edit } from '../tests/lib/anchoring/corpus';
import { buildSuite, runSuite, type Tally } from '../tests/lib/anchoring/edit-suite';

const RUNS = 30;

/** Median wall time of `fn` over RUNS runs, after one warm-up. */
function median(fn: () => unknown, runs = RUNS): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const corpus = loadCorpus();
const text = corpus.map((a) => a.text).join('\n');
const ranges = randomRanges(text, 100, seeded(2024), 40);
const hash = hashText(text);
const selectors: Selectors[] = ranges.map(([s, e]) => describeRange(text, s, e, hash));

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

console.log(`long article: ${text.length} characters, ${paragraphs.length} paragraphs; 100 highlights of 1–40 characters; median of ${RUNS} runs`);
console.log(`describeRange 100 ranges: ${median(() => ranges.map(([s, e]) => describeRange(text, s, e, hash))).toFixed(2)} ms`);
for (const [name, t] of [
  ['unchanged article', text],
  ['a line added at the end (hash differs)', suffixOnly],
  [`edited (${edits.length} edits: new first paragraph, ${edits.length - 2} changed characters, 1 paragraph deleted)`, edited],
] as const) {
  console.log(`anchor 100, ${name}: ${median(() => anchorAll(t, selectors)).toFixed(2)} ms — ${tally(anchorAll(t, selectors))}`);
}

const margins = selectors.map((s) => s.distinct!.margin).sort((a, b) => a - b);
console.log(`stored distinctness of the 100: copies in ${selectors.filter((s) => s.distinct!.copies > 0).length}; margin p10 ${margins[10]}, p50 ${margins[50]}, ${margins.filter((m) => m > MAX_MARGIN).length} beyond ${MAX_MARGIN}`);

// The adversarial edit suite (tests/lib/anchoring/adversarial.test.ts asserts on the same table).
const cases = buildSuite(corpus);
const t0 = performance.now();
const { tallies } = runSuite(cases, { describe: describeRange, anchor });
console.log(`\nadversarial edit suite: ${cases.reduce((n, c) => n + c.ranges.length, 0)} highlights, ${(performance.now() - t0).toFixed(0)} ms (describe + anchor each)`);
console.log('kind | benign | highlights | exact | fuzzy | orphan | misplaced');
for (const t of tallies) console.log([t.kind, t.benign ? 'yes' : 'no', t.highlights, t.exact, t.fuzzy, t.orphan, t.misplaced].join(' | '));
const sum = (benign: boolean, k: keyof Tally) => tallies.filter((t) => t.benign === benign).reduce((n, t) => n + (t[k] as number), 0);
for (const benign of [false, true]) {
  console.log(`${benign ? 'benign' : 'adversarial'}: ${(['highlights', 'exact', 'fuzzy', 'orphan', 'misplaced'] as const).map((k) => `${k} ${sum(benign, k)}`).join(', ')}`);
}

// Hostile import records: a one-character quote with long context, distinctness forged so every step runs.
console.log('\nhostile records (one anchor() each; work units: characters compared, table cells, Myers word steps)');
const periodic = '的'.repeat(20000);
for (const [name, t, quote, context] of [
  ['1 character, 300 of context each side', text, '的', 300],
  ['1 character, 1,000 of context each side (the 2.4 KB record of issue 10)', text, '的', 1000],
  ['1 character, 100,000 of context each side', text, '的', 100_000],
  ['256 characters of 的 in a text of 20,000 的', periodic, '的'.repeat(256), 1000],
] as const) {
  const record: Selectors = {
    quote: { exact: quote, prefix: 'x'.repeat(context), suffix: 'x'.repeat(context) },
    position: { start: 5, end: 5 + quote.length }, textHash: 'forged', distinct: { margin: MAX_MARGIN + 1, copies: 0 },
  };
  const work: Work = { units: 0 };
  anchor(t, record, { work });
  console.log(`  ${name}: ${median(() => anchor(t, record), 5).toFixed(2)} ms, ${work.units} units (${(work.units / t.length).toFixed(1)} per text character)`);
}
