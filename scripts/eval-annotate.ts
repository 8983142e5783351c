/**
 * Scores the dates-and-figures recogniser (lib/annotate) against the PFR January 1998
 * People's Daily corpus (segmented, POS-tagged, GBK, zipped), character by character.
 *   npx tsx scripts/eval-annotate.ts [--dev] [--errors N] [--summary] [--mapping 1|2]
 * The corpus is research-only: it is read from ../shared at eval time (unzip -p) and never copied.
 *
 * Sample (fixed): the non-empty paragraph lines whose index is 0 mod 10 (~1,950 lines, every day of
 * the month). `--dev` scores the lines at 5 mod 10 instead — study errors there, report the test sample.
 * No publish date is passed (the values are not scored, only the spans).
 *
 * Gold mapping v1 (tokens are joined without spaces; the leading paragraph id is dropped):
 * - Dates: maximal runs of /t tokens; plus an /m number followed by 年代 or 世纪 (90/m 年代/n),
 *   第N/m + 季度/n, and /m + 年|天|周|星期 (or 个 月) + 前|后|以前|以后|之前|之后 (两年前).
 * - Figures: maximal runs of /m tokens and the /q classifiers that follow (plus 百分点/n after 个/q),
 *   except those taken as dates above and ordinals (runs starting with 第, scored on their own).
 * - A range separator (至, 到, —) between two gold spans of the same kind is "don't care" (the corpus
 *   tags the two ends separately; the recogniser reads the range as one item).
 * - A lone Chinese digit /m with no /q after it (两/m 国/n, 三/m 方/n, 二/m 是/v) is not a figure by the
 *   issue's definition ("quantities with their unit or classifier"); it is "don't care" for the main
 *   figures score, and a second, strict score counts it as gold too.
 * - A span counts only if it holds a number: an Arabic digit or a Chinese numeral, where a lone 一
 *   (not next to another numeral) counts only before 月/日/号. Spans that fail this only because of a
 *   lone 一 (一个, 一些, 这一年, 一时), and the adverbs 十分/万分, are "don't care": predictions over them are
 *   neither rewarded nor penalised, because the corpus tags the article 一 and the numeral 一 alike.
 *   Predictions whose text holds no number (今年, 上半年) are not scored, as gold spans without one are not.
 * Mapping v2 (the default since issue 12; `--mapping 1` gives the one above alone, and every run prints
 * the v1 figures too). Each change makes the corpus' tagging agree with the contract, openly:
 * - Two adjacent number tokens are two table cells (上证指数 ９１７．０２ ９１４．０６): joined with a space,
 *   scored as two spans (v1 glued them into one unreadable number).
 * - The first end of a date range or list whose unit is written once (１９９０/m —/w １９９５年/t,
 *   １９９３/m 、/w １９９４年/t) is a date, not a figure; so is /m + 年度/n (１９９８年度).
 * - A unit the corpus tags as a noun right after a gold figure (３２４万/m 人/n, ２４/m 小时/n, 元/q 人民币/n,
 *   ６/m 个/q 月/n, any unit of lib/annotate/units.ts) is don't care: the contract puts it in the figure.
 * - The sign and approximation words the corpus tags apart (零下/f, 负, 近/d before the figure; 左右/f after
 *   it) are don't care: the contract reads them into the value (−20 °C, approx: true).
 * - A list marker at the start of a paragraph (１、 ２· １５．) and a number before 号 (９７２号, a house or
 *   document number) are don't care: they are labels, not quantities.
 * Predictions: findDates; findFigures with findRateBases (the bases of rates, 每百户 and 万元 in 万元GDP能耗,
 * are numbers the recogniser reads, which the contract lists apart from the figures since issue 13's answers).
 * Scores: character-level precision, recall, F1 per kind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findDates, findFigures, findRateBases } from '../lib/annotate';
import { unitInfo } from '../lib/annotate/units';

const ZIP = resolve(import.meta.dirname, '../../shared/corpus/nlp/pfr-199801/199801.zip');
const NUMERAL = '〇○零一二三四五六七八九十两百千万亿廿卅';

/** True when `s` holds a number by the rule above. */
function hasNumber(s: string): boolean {
  if (/[0-9０-９]/.test(s)) return true;
  for (let i = 0; i < s.length; i++) {
    if (!NUMERAL.includes(s[i])) continue;
    if (s[i] !== '一') return true;
    const lone = !NUMERAL.includes(s[i - 1] ?? 'x') && !NUMERAL.includes(s[i + 1] ?? 'x');
    if (!lone || /[月日号]/.test(s[i + 1] ?? '')) return true;
  }
  return false;
}

interface Tok { w: string; t: string; start: number; end: number }
const RANGE_SEP = /^(至|到|—|——|－|-|~|～)$/;
/** Which gold mapping is in force (see the module comment). */
let MAPPING: 1 | 2 = 2;
interface Gold {
  dates: [number, number][]; figures: [number, number][]; ordinals: [number, number][]; dontCare: [number, number][];
  /** A lone Chinese digit with no classifier after it (两/m 国/n, 二/m 是/v). */
  bareDigits: [number, number][];
}

const ARABIC_CELL = /^[-－]?[0-9０-９][0-9０-９．.·,，]*[%％]?$/;

/** Two number tokens side by side are two cells of a table (上证指数 ９１７．０２ ９１４．０６ …). */
function cellBoundary(a: { w: string; t: string } | undefined, b: { w: string; t: string } | undefined): boolean {
  return MAPPING === 2 && Boolean(a && b && a.t === 'm' && b.t === 'm' && ARABIC_CELL.test(a.w) && ARABIC_CELL.test(b.w));
}

/**
 * Parse one corpus line into its text and tokens. Tokens are joined without spaces, except that two
 * adjacent number tokens (table cells) get one space between them, as the printed table had.
 */
function parseLine(line: string): { text: string; toks: Tok[] } {
  const parts = line.trim().split(/\s+/).slice(1);
  const toks: Tok[] = [];
  let text = '';
  for (const p of parts) {
    const m = /^\[?(.+)\/([A-Za-z]+)(?:\][A-Za-z]+)?$/.exec(p);
    if (!m) continue;
    if (cellBoundary(toks[toks.length - 1], { w: m[1], t: m[2] })) text += ' ';
    toks.push({ w: m[1], t: m[2], start: text.length, end: text.length + m[1].length });
    text += m[1];
  }
  return { text, toks };
}

/** Apply the gold mapping to a line's tokens. */
function goldSpans(toks: Tok[]): Gold {
  const g: Gold = { dates: [], figures: [], ordinals: [], dontCare: [], bareDigits: [] };
  const keep = (list: [number, number][], a: Tok, b: Tok, text: string) => {
    if (/^[十万]分$/.test(text) || (!hasNumber(text) && /一/.test(text))) g.dontCare.push([a.start, b.end]);
    else if (hasNumber(text)) list.push([a.start, b.end]);
  };
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.t === 't') {
      let j = i;
      while (j + 1 < toks.length && toks[j + 1].t === 't') j++;
      keep(g.dates, t, toks[j], toks.slice(i, j + 1).map((x) => x.w).join(''));
      i = j + 1;
      continue;
    }
    if (t.t === 'm') {
      let j = i;
      while (j + 1 < toks.length && toks[j + 1].t === 'm' && !cellBoundary(toks[j], toks[j + 1])) j++;
      const nums = toks.slice(i, j + 1).map((x) => x.w).join('');
      const next = toks[j + 1], next2 = toks[j + 2], next3 = toks[j + 3];
      // The first end of a date range or list whose unit is written once (１９９０/m —/w １９９５年/t,
      // １９９３/m 、/w １９９４年/t) is a date.
      if (MAPPING === 2 && next && (RANGE_SEP.test(next.w) || /^[、和与及]$/.test(next.w)) && next2?.t === 't' && /^[0-9０-９〇○零一二三四五六七八九十]+[年月日]$/.test(next2.w) && /^[0-9０-９〇○零一二三四五六七八九十]+$/.test(nums)) {
        keep(g.dates, t, toks[j], nums); i = j + 1; continue;
      }
      if (next && next.t === 'n' && (MAPPING === 2 ? /^(年代|世纪|年度)$/ : /^(年代|世纪)$/).test(next.w)) { keep(g.dates, t, next, nums + next.w); i = j + 2; continue; }
      if (next && next.w === '季度' && nums.startsWith('第')) { keep(g.dates, t, next, nums); i = j + 2; continue; }
      const unitEnd = next?.w === '个' && next2?.w === '月' ? 3 : next && /^(年|天|周|星期)$/.test(next.w) ? 2 : 0;
      const dir = unitEnd === 3 ? next3 : unitEnd === 2 ? next2 : undefined;
      if (dir && /^(前|后|以前|以后|之前|之后)$/.test(dir.w)) { keep(g.dates, t, dir, nums); i = j + 1 + unitEnd; continue; }
      let k = j;
      while (k + 1 < toks.length && toks[k + 1].t === 'q') k++;
      if (k > j && toks[k].w === '个' && toks[k + 1]?.w === '百分点') k++;
      const text = toks.slice(i, k + 1).map((x) => x.w).join('');
      // A unit the corpus tags as a noun (３２４万/m 人/n, ２４/m 小时/n, ６/m 个/q 月/n, 元/q 人民币/n) is part
      // of the figure by the contract ("a number and its unit"): neither rewarded nor penalised.
      const last = toks[k].w;
      for (let u = k + 1, joined = last; MAPPING === 2 && u <= k + 2 && toks[u] && toks[u].t === 'n'; u++) {
        joined += toks[u].w;
        if (!unitInfo(toks[u].w) && !unitInfo(joined) && !unitInfo(toks.slice(k + 1, u + 1).map((x) => x.w).join(''))) break;
        g.dontCare.push([toks[u].start, toks[u].end]);
      }
      // A list marker at the start of a paragraph (１、 ２· ３．) numbers the list; it is not a quantity.
      if (MAPPING === 2 && i === 0 && k === j && ((toks[k + 1] && /^[、·．.]$/.test(toks[k + 1].w)) || /^[0-9０-９]+[．.·]$/.test(nums))) {
        g.dontCare.push([t.start, t.end]); i = k + 1; continue;
      }
      // ９７２号 (a house, document or line number) is an identifier, not a quantity.
      if (MAPPING === 2 && (/号$/.test(text) || toks[k + 1]?.w === '号')) { g.dontCare.push([t.start, (toks[k + 1]?.w === '号' ? toks[k + 1] : toks[k]).end]); i = k + 1; continue; }
      if (nums.startsWith('第')) keep(g.ordinals, t, toks[k], nums);
      else if (k === j && /^[〇○零二两三四五六七八九十]$/.test(nums)) g.bareDigits.push([t.start, toks[k].end]);
      else keep(g.figures, t, toks[k], nums);
      i = k + 1;
      void text;
      continue;
    }
    i++;
  }
  // The corpus splits a range into its two ends (１９９３年/t 至/p １９９７年/t); the separator between two
  // gold spans of one kind is "don't care", so reading the range as one span is neither rewarded nor penalised.
  for (const list of [g.dates, g.figures]) {
    const ends = new Set(list.map(([, b]) => b)), starts = new Set(list.map(([a]) => a));
    for (const t of toks) if (RANGE_SEP.test(t.w) && ends.has(t.start) && starts.has(t.end)) g.dontCare.push([t.start, t.end]);
  }
  // 零下/f ２０摄氏度, 近/d 千名, １０岁 左右/f: the corpus tags the sign and the approximation words apart;
  // the contract reads them into the figure (−20 °C; approx: true). Neither rewarded nor penalised.
  const figureStarts = new Set(g.figures.map(([a]) => a)), figureEnds = new Set(g.figures.map(([, b]) => b));
  for (const t of MAPPING === 2 ? toks : []) {
    if (/^(零下|负|近)$/.test(t.w) && figureStarts.has(t.end)) g.dontCare.push([t.start, t.end]);
    if (t.w === '左右' && figureEnds.has(t.start)) g.dontCare.push([t.start, t.end]);
  }
  return g;
}

interface Score { tp: number; fp: number; fn: number; errors: string[]; missed: Map<string, number>; extra: Map<string, number> }

/** Character-level comparison of predicted and gold spans, with don't-care characters. */
function compare(text: string, pred: { start: number; end: number; text: string }[], gold: [number, number][], dontCare: Set<number>, s: Score): void {
  const g = new Set<number>();
  for (const [a, b] of gold) for (let i = a; i < b; i++) g.add(i);
  const p = new Set<number>();
  for (const it of pred) {
    if (!hasNumber(it.text)) continue;
    for (let i = it.start; i < it.end; i++) p.add(i);
  }
  let lineFp = 0, lineFn = 0;
  for (const i of p) { if (g.has(i)) s.tp++; else if (!dontCare.has(i)) { s.fp++; lineFp++; } }
  for (const i of g) if (!p.has(i)) { s.fn++; lineFn++; }
  const shape = (t: string) => t.replace(/[0-9０-９]+/g, 'N');
  const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
  for (const [a, b] of gold) {
    let miss = 0;
    for (let i = a; i < b; i++) if (!p.has(i)) miss++;
    if (miss) bump(s.missed, shape(text.slice(a, b)), miss);
  }
  for (const it of pred) if (hasNumber(it.text) && !g.has(it.start) && !dontCare.has(it.start)) bump(s.extra, shape(it.text));
  if (lineFp || lineFn) {
    const mark = (spans: [number, number][]) => spans.map(([a, b]) => text.slice(a, b)).join(' | ');
    s.errors.push(`gold: ${mark(gold)}\n  pred: ${mark(pred.map((x) => [x.start, x.end]))}\n  text: ${text.slice(0, 160)}`);
  }
}

function prf(s: Score): string {
  const p = s.tp / (s.tp + s.fp || 1), r = s.tp / (s.tp + s.fn || 1), f = (2 * p * r) / (p + r || 1);
  return `P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${f.toFixed(4)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn} chars)`;
}

interface Run { n: number; chars: number; ms: number; dates: Score; figures: Score; strict: Score; ordinals: Score }

/** Score one sample under the mapping in force. */
function run(lines: string[], phase: number): Run {
  const score = (): Score => ({ tp: 0, fp: 0, fn: 0, errors: [], missed: new Map(), extra: new Map() });
  const r: Run = { n: 0, chars: 0, ms: 0, dates: score(), figures: score(), strict: score(), ordinals: score() };
  for (let li = phase; li < lines.length; li += 10) {
    const { text, toks } = parseLine(lines[li]);
    if (!text) continue;
    r.n++;
    const gold = goldSpans(toks);
    const t0 = performance.now();
    const d = findDates(text);
    // The per-unit bases of rates (每百户) are numbers the recogniser reads; the contract lists them
    // apart from the figures (the unit of a ratio, not an amount), so they are scored with the figures.
    const f = [...findFigures(text), ...findRateBases(text)].sort((a, b) => a.start - b.start);
    r.ms += performance.now() - t0;
    r.chars += text.length;
    const dc = new Set<number>();
    for (const [a, b] of gold.dontCare) for (let i = a; i < b; i++) dc.add(i);
    compare(text, d, gold.dates, dc, r.dates);
    const figs = f.filter((x) => x.kind === 'figure');
    compare(text, figs, [...gold.figures, ...gold.bareDigits].sort((a, b) => a[0] - b[0]), dc, r.strict);
    for (const [a, b] of gold.bareDigits) for (let i = a; i < b; i++) dc.add(i);
    compare(text, figs, gold.figures, dc, r.figures);
    compare(text, f.filter((x) => x.kind === 'ordinal'), gold.ordinals, dc, r.ordinals);
  }
  return r;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      dev: { type: 'boolean', default: false }, errors: { type: 'string', default: '0' }, summary: { type: 'boolean', default: false },
      mapping: { type: 'string', default: '2' },
    },
  });
  if (!existsSync(ZIP)) {
    console.log(`PFR corpus not found at ${ZIP}; skipping the dates-and-figures eval.`);
    return 0;
  }
  const raw = execFileSync('unzip', ['-p', ZIP, '199801.txt'], { maxBuffer: 64 * 1024 * 1024 });
  const lines = new TextDecoder('gbk').decode(raw).split(/\r\n|\r|\n/).filter((l) => l.trim());
  const phase = values.dev ? 5 : 0;
  MAPPING = values.mapping === '1' ? 1 : 2;
  const { n, chars, ms, dates, figures, strict, ordinals } = run(lines, phase);
  console.log(`PFR 1998-01, ${values.dev ? 'dev' : 'test'} sample (non-empty lines ≡ ${phase} mod 10): ${n} lines, ${chars} chars`);
  console.log(`mapping v${MAPPING}: dates = /t runs (+ N年代/世纪${MAPPING === 2 ? '/年度' : ''}, 第N季度, N年前${MAPPING === 2 ? ', the first end of a range or list with the unit written once' : ''}); ` +
    `figures = /m runs + following /q (+ 个百分点)${MAPPING === 2 ? ', unit nouns, sign and approximation words, list markers and N号 don\'t care, table cells apart' : ''}; ` +
    'lone 一 and bare Chinese digits without a classifier don\'t care; ordinals (第N) apart. See the script\'s header.');
  console.log(`dates    ${prf(dates)}`);
  console.log(`figures  ${prf(figures)}`);
  console.log(`figures, strict (lone Chinese digits without a classifier also gold): ${prf(strict)}`);
  console.log(`ordinals ${prf(ordinals)}`);
  console.log(`time     ${ms.toFixed(1)} ms total, ${((ms / chars) * 10000).toFixed(2)} ms per 10,000 chars`);
  if (MAPPING === 2) {
    MAPPING = 1;
    const v1 = run(lines, phase);
    MAPPING = 2;
    const f1 = (sc: Score) => { const p = sc.tp / (sc.tp + sc.fp || 1), r = sc.tp / (sc.tp + sc.fn || 1); return ((2 * p * r) / (p + r || 1)).toFixed(4); };
    console.log(`under mapping v1 (before issue 12): dates F1 ${f1(v1.dates)}, figures F1 ${f1(v1.figures)}, strict ${f1(v1.strict)}`);
  }
  if (values.summary) {
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([t, c]) => `${t}:${c}`).join('  ');
    for (const [name, s] of [['dates', dates], ['figures', figures]] as const) {
      console.log(`\n${name} missed (gold spans not fully found, by missed chars): ${top(s.missed)}`);
      console.log(`${name} extra (predictions starting outside gold): ${top(s.extra)}`);
    }
  }
  const k = Number(values.errors);
  if (k > 0) {
    for (const [name, s] of [['dates', dates], ['figures', figures]] as const) {
      console.log(`\n--- ${name}: first ${k} lines with errors ---`);
      for (const e of s.errors.slice(0, k)) console.log(e);
    }
  }
  return 0;
}

process.exitCode = main();
