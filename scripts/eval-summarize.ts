/**
 * Evaluation on the PFR People's Daily corpus (January 1998, research use only;
 * read from ../shared at eval time, nothing copied into the repo): rebuilds each
 * article from the tagged paragraphs, runs outline + summary + glossary on it and
 * reports datelines found, outline shapes, timing per article, and the precision
 * of detected people / term-base places against the corpus' gold nr / ns tags.
 * Run: npx tsx scripts/eval-summarize.ts [--samples N]
 */
import { buildOutline, findDateline, isByline, leadDateline, summarize } from '../lib/summarize';
import { buildGlossary } from '../lib/glossary';
import { PFR_ZIP, loadPfrArticles, pfrAvailable, type PfrArticle } from './lib/pfr-corpus';
import { loadLanguageTools } from './lib/load-dicts';

const SAMPLES = process.argv.includes('--samples') ? Number(process.argv[process.argv.indexOf('--samples') + 1]) : 3;

interface Article { id: string; title: string; text: string; paragraphs: PfrArticle['paragraphs']; people: Set<string>; places: Set<string> }

/** Articles with their gold person (nr) and place (ns) names. */
function loadArticles(): Article[] {
  return loadPfrArticles().map((a) => ({ ...a, people: new Set(a.names.person.keys()), places: new Set(a.names.place.keys()) }));
}

/** A reporter's credit at the start of a line: （记者钱伟）, 本报记者 王乐文. */
const CREDIT = /^[（(]?(?:本报|新华社)?(?:特约)?记者[^，。]{0,12}[）)]/;
// The glossary reads through the shipped dictionaries, as the CLI and the extension do.
loadLanguageTools();

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const quantile = (xs: number[], q: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

if (!pfrAvailable()) {
  console.log(`PFR corpus not found at ${PFR_ZIP}; skipping the outline / summary / glossary eval.`);
  process.exit(0);
}
const articles = loadArticles();
// Warm-up (one-time set-up and JIT), timed separately from the per-article figures.
const tWarm = performance.now();
for (const a of articles.slice(0, 50)) buildGlossary(a.text, { title: a.title });
const warmMs = performance.now() - tWarm;
let datelines = 0;
let datelineEntries = 0;
let bylineInSummary = 0;
let onePara = 0;
let oneParaOutline = 0;
let peopleFound = 0;
let peopleRight = 0;
let placesFound = 0;
let placesRight = 0;
let leadOk = 0;
const times: { ms: number; chars: number; id: string }[] = [];
for (const a of articles) {
  const meta = { title: a.title };
  const t0 = performance.now();
  const outline = buildOutline(a.text, a.paragraphs, meta);
  const { lead } = summarize(a.text, a.paragraphs, { meta, outline });
  const glossary = buildGlossary(a.text, meta, { limit: 1000 });
  times.push({ ms: performance.now() - t0, chars: a.text.length, id: a.id });
  if (a.paragraphs.length === 1) { onePara++; if (outline.length) oneParaOutline++; }
  const dl = leadDateline(a.text, a.paragraphs);
  if (dl) datelines++;
  if (outline.some((e) => findDateline(e.text) || CREDIT.test(e.text))) datelineEntries++;
  if (lead.some((s) => CREDIT.test(s.text) || findDateline(s.text) || isByline(s.text))) bylineInSummary++;
  if (a.paragraphs.length < 3 || (lead.length >= 2 && lead.length <= 4)) leadOk++;
  for (const e of glossary) {
    if (e.kind === 'person' && /^[\u4e00-\u9fa5]{2,4}$/.test(e.term)) { peopleFound++; if (a.people.has(e.term)) peopleRight++; }
    if (e.kind === 'place' && e.glossSource) { placesFound++; if ([...a.places].some((p) => p.startsWith(e.term))) placesRight++; }
  }
}
const ms = times.map((t) => t.ms);
const long = times.filter((t) => t.chars >= 3000);
console.log(`articles: ${articles.length} (one-paragraph: ${onePara}, of which given an outline: ${oneParaOutline}); warm-up glossary of the first 50: ${warmMs.toFixed(0)} ms`);
const dlShape = articles.filter((a) => /^据?(?:新华社|本报|人民日报|中新社)[^。\n]{0,30}?(?:电|讯)/m.test(a.text.slice(0, 200))).length;
console.log(`dateline found: ${datelines} (${pct(datelines, articles.length)}); articles with a dateline-like line in their first 200 chars: ${dlShape}`);
console.log(`outlines with a dateline or byline entry: ${datelineEntries}; lead summaries with a dateline or credit: ${bylineInSummary}`);
console.log(`lead summary of 2–4 sentences (articles with ≥3 paragraphs): ${pct(leadOk, articles.length)}`);
console.log(`people (Chinese-script names) listed: ${peopleFound}, matching a gold nr name: ${peopleRight} (${pct(peopleRight, peopleFound)})`);
console.log(`term-base places listed: ${placesFound}, matching a gold ns word: ${placesRight} (${pct(placesRight, placesFound)})`);
console.log(`time per article, outline+summary+glossary: median ${quantile(ms, 0.5).toFixed(2)} ms, p95 ${quantile(ms, 0.95).toFixed(2)} ms, max ${Math.max(...ms).toFixed(2)} ms`);
console.log(`articles ≥3000 chars: ${long.length}, median ${long.length ? quantile(long.map((t) => t.ms), 0.5).toFixed(2) : '-'} ms, max ${long.length ? Math.max(...long.map((t) => t.ms)).toFixed(2) : '-'} ms`);
const sample = [...articles].filter((a) => buildOutline(a.text, a.paragraphs, { title: a.title }).length > 3).slice(0, SAMPLES);
for (const a of sample) {
  console.log(`\n## ${a.id} ${a.title}`);
  for (const e of buildOutline(a.text, a.paragraphs, { title: a.title })) console.log(`${'  '.repeat(e.level - 1)}- ${e.text}`);
  for (const e of buildGlossary(a.text, { title: a.title }, { limit: 8 })) console.log(`    ${e.term} | ${e.pinyin} | ${e.gloss ?? '(unglossed)'} | ${e.kind} x${e.count}${e.role ? ` | ${e.role}` : ''}`);
}
