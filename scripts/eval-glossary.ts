/**
 * Glossary recall and precision per kind against the PFR 1998 gold tags (research
 * use only, read from ../shared at run time): persons (nr, surname and given name
 * joined), places (ns) and organisations (nt, bracketed compounds whole).
 * Recall counts the gold names an article mentions at least twice (the names a
 * reader would look up); precision counts the glossary's entries of that kind that
 * match a gold name of the same kind anywhere in the article.
 * The sample is fixed: every 4th article (from the first) of those with 200+
 * characters and a repeated gold name; `--dev` takes the articles in between
 * (offset 2) for development, so the reported sample is not the one tuned on.
 *   npx tsx scripts/eval-glossary.ts [--dev] [--limit N] [--misses N]
 */
import { parseArgs } from 'node:util';
import { buildGlossary, defaultTermBase } from '../lib/glossary';
import type { GlossaryEntry } from '../lib/types';
import { loadLanguageTools } from './lib/load-dicts';
import { PFR_ZIP, loadPfrArticles, pfrAvailable, type NameKind, type PfrArticle } from './lib/pfr-corpus';

const KINDS: NameKind[] = ['person', 'place', 'org'];
/** Administrative suffixes a glossary term may leave off (河南 for 河南省). */
const ADMIN_SUFFIX = /(?:省|市|县|区|自治区|特别行政区)$/;

function same(a: string, b: string): boolean {
  return a === b || a.replace(ADMIN_SUFFIX, '') === b.replace(ADMIN_SUFFIX, '');
}

/** The fixed sample (or the development slice with `dev`). */
function sampleArticles(all: PfrArticle[], dev: boolean): PfrArticle[] {
  const eligible = all.filter((a) => a.text.length >= 200 && KINDS.some((k) => [...a.names[k].values()].some((n) => n >= 2)));
  return eligible.filter((_, i) => i % 4 === (dev ? 2 : 0));
}

function main(): number {
  const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false }, limit: { type: 'string', default: '40' }, misses: { type: 'string', default: '0' } } });
  if (!pfrAvailable()) {
    console.log(`PFR corpus not found at ${PFR_ZIP}; skipping the glossary eval.`);
    return 0;
  }
  const tools = loadLanguageTools();
  const lookup = (term: string) => tools.define(term)[0]?.defs[0] ?? null;
  const articles = sampleArticles(loadPfrArticles(), values.dev!);
  const limit = Number(values.limit);
  const stats = Object.fromEntries(KINDS.map((k) => [k, { gold: 0, found: 0, listed: 0, right: 0 }]));
  const misses: Record<string, string[]> = { person: [], place: [], org: [] };
  const wrong: Record<string, string[]> = { person: [], place: [], org: [] };
  const base = defaultTermBase();
  let unlisted = 0;
  const t0 = performance.now();
  for (const a of articles) {
    const glossary: GlossaryEntry[] = buildGlossary(a.text, { title: a.title }, { lookup, limit });
    for (const kind of KINDS) {
      const s = stats[kind];
      const listed = glossary.filter((e) => e.kind === kind);
      for (const [name, n] of a.names[kind]) {
        if (n < 2) continue;
        // The glossary never lists a name its term base marks as gloss-only (中国): counted apart.
        if (base.byTerm.get(name)?.list === false) { unlisted++; continue; }
        s.gold++;
        if (listed.some((e) => same(e.term, name))) s.found++;
        else misses[kind].push(`${a.id} ${name}×${n}`);
      }
      for (const e of listed) {
        s.listed++;
        if ([...a.names[kind].keys()].some((name) => same(e.term, name))) s.right++;
        else wrong[kind].push(`${a.id} ${e.term}`);
      }
    }
  }
  const ms = performance.now() - t0;
  console.log(`gold names the glossary never lists by design (term base list: false, e.g. 中国), left out of recall: ${unlisted}`);
  const f = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
  console.log(`PFR 1998 ${values.dev ? 'development slice' : 'fixed sample'}: ${articles.length} articles, glossary limit ${limit}, ${(ms / articles.length).toFixed(1)} ms per article`);
  console.log('kind     gold(≥2)  recall  listed  precision');
  for (const kind of KINDS) {
    const s = stats[kind];
    console.log(`${kind.padEnd(8)} ${String(s.gold).padStart(8)}  ${f(s.found, s.gold).padStart(6)}  ${String(s.listed).padStart(6)}  ${f(s.right, s.listed).padStart(9)}`);
  }
  const show = Number(values.misses);
  if (show > 0) {
    for (const kind of KINDS) {
      console.log(`\n${kind} missed: ${misses[kind].slice(0, show).join(', ')}`);
      console.log(`${kind} not gold: ${wrong[kind].slice(0, show).join(', ')}`);
    }
  }
  return 0;
}

process.exitCode = main();
