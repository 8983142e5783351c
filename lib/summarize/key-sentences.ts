/**
 * Extractive key sentences and the lead summary: TextRank centrality over the
 * article's own sentences, picked per outline section and shown in reading order.
 * Sentences are sliced from the text, never rewritten.
 * @module lib/summarize/key-sentences
 */
import type { ArticleMeta, OutlineEntry, Paragraph, SummarySentence } from '../types';
import { findDateline, isByline, leadDateline } from './dateline';
import { sentencesIn } from './sentences';
import { charBigrams, pageRank, similarityMatrix, type Featurizer } from './textrank';

/** Options for key sentences and the lead summary. */
export interface SummaryOptions {
  /** The outline (from buildOutline); sections are its level-1 entries. */
  outline?: OutlineEntry[];
  meta?: Partial<ArticleMeta> | null;
  /** Sentences per section; default scales with the section (1–3), or 2–5 for an article without sections. */
  perSection?: number;
  /** Features for similarity, e.g. words from a segmenter; default Han character bigrams. */
  tokenize?: Featurizer;
}

interface Candidate extends SummarySentence { index: number }

/** A bracketed reporter or photographer credit at the start of a paragraph: （记者钱伟）, （本报记者 王乐文）. */
const LEADING_CREDIT = /^[\s　]*[（(](?:本报|新华社|人民日报|人民网)?(?:特约)?(?:记者|通讯员|实习生|见习记者)[^（）()\n]{0,40}[）)][\s　]*/;

/** Near-duplicates (cosine above this) are not picked twice. */
const DUPLICATE = 0.6;

/** Summary material: whole body sentences (；-clauses kept together), without datelines, titles, bylines or heads. */
export function candidateSentences(text: string, paragraphs: Paragraph[], meta?: Partial<ArticleMeta> | null): SummarySentence[] {
  const titles = [meta?.title, meta?.preTitle, meta?.subtitle].filter((t): t is string => !!t).map(squash);
  const out: SummarySentence[] = [];
  const verse = verseParagraphs(paragraphs);
  const dateline = leadDateline(text, paragraphs);
  paragraphs.forEach((p, i) => {
    if (p.subhead || p.end <= p.start || verse.has(i)) return;
    let start = p.start;
    // A dateline opens the lead, and in a round-up of agency reports any paragraph (据新华社马尼拉1月5日电…).
    if (dateline && i === dateline.para) start = dateline.end;
    else start = findDateline(text, p.start, p.end)?.end ?? start;
    // A reporter's credit in brackets at the start of the lead is furniture, not text: （记者钱伟）.
    const credit = LEADING_CREDIT.exec(text.slice(start, p.end));
    if (credit) start += credit[0].length;
    for (const s of sentencesIn(text, start, p.end, { semicolon: false })) {
      let from = s.start;
      while (from < s.end && /[\s　，：:]/.test(text[from])) from++;
      const body = text.slice(from, s.end);
      const han = body.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
      if (han < 8 || isByline(body) || /^题[：:]/.test(body)) continue;
      if (titles.some((t) => t.length > 6 && squash(body).includes(t))) continue;
      out.push({ text: body, start: from, end: s.end });
    }
  });
  return out;
}

interface Ranked { cands: Candidate[]; scores: Float64Array; sim: Float64Array[] }

/** Candidates scored by TextRank, with their similarity matrix (computed once, shared). */
function rank(text: string, paragraphs: Paragraph[], opts: SummaryOptions): Ranked {
  const cands = candidateSentences(text, paragraphs, opts.meta).map((c, index): Candidate => ({ ...c, index }));
  const sim = similarityMatrix(cands.map((c) => c.text), opts.tokenize ?? charBigrams);
  return { cands, scores: pageRank(sim), sim };
}

/** Key sentences and the lead summary in one pass (one similarity graph for both). */
export function summarize(text: string, paragraphs: Paragraph[], opts: SummaryOptions & { budget?: number } = {}): { lead: SummarySentence[]; key: SummarySentence[] } {
  const ranked = rank(text, paragraphs, opts);
  return { lead: pickLead(ranked, opts.budget ?? 260), key: pickKey(ranked, opts) };
}

/**
 * The most central sentences per section (level-1 outline entries), or for the
 * whole article when it has no sections, in reading order.
 */
export function keySentences(text: string, paragraphs: Paragraph[], opts: SummaryOptions = {}): SummarySentence[] {
  return pickKey(rank(text, paragraphs, opts), opts);
}

function pickKey({ cands, scores, sim }: Ranked, opts: SummaryOptions): SummarySentence[] {
  if (cands.length === 0) return [];
  const bounds = (opts.outline ?? []).filter((e) => e.level === 1 && !findDateline(e.text)).map((e) => e.start);
  const sections: Candidate[][] = [];
  if (bounds.length === 0) sections.push(cands);
  else {
    const edges = [0, ...bounds, Infinity];
    for (let k = 0; k + 1 < edges.length; k++) {
      const part = cands.filter((c) => c.start >= edges[k] && c.start < edges[k + 1]);
      if (part.length) sections.push(part);
    }
  }
  const picked: Candidate[] = [];
  for (const part of sections) {
    const k = opts.perSection ?? (bounds.length === 0 ? clamp(Math.round(part.length / 5), 2, 5) : clamp(Math.round(part.length / 5), 1, 3));
    const chosen: Candidate[] = [];
    for (const c of [...part].sort((a, b) => scores[b.index] - scores[a.index])) {
      if (chosen.length >= k) break;
      if (chosen.some((x) => sim[x.index][c.index] > DUPLICATE)) continue;
      chosen.push(c);
    }
    picked.push(...chosen);
  }
  return picked.sort((a, b) => a.start - b.start).map(strip);
}

/**
 * A 2–4 sentence lead summary: the article's lead sentence (news puts the gist
 * first) plus the most central others, within about `budget` characters.
 */
export function leadSummary(text: string, paragraphs: Paragraph[], opts: SummaryOptions & { budget?: number } = {}): SummarySentence[] {
  return pickLead(rank(text, paragraphs, opts), opts.budget ?? 260);
}

function pickLead({ cands, scores, sim }: Ranked, budget: number): SummarySentence[] {
  if (cands.length <= 2) return cands.map(strip);
  const lead = cands.find((c) => (c.text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 15) ?? cands[0];
  const chosen: Candidate[] = [lead];
  let used = lead.text.length;
  const ranked = [...cands].sort((a, b) => scores[b.index] - scores[a.index]);
  // Long sentences (a quote plus its speaker's whole speech) read badly in a lead; use them only to reach 2.
  for (const allowLong of [false, true]) {
    for (const c of ranked) {
      if (chosen.length >= 4 || (allowLong && chosen.length >= 2)) break;
      if (chosen.includes(c) || chosen.some((x) => sim[x.index][c.index] > DUPLICATE)) continue;
      if (!allowLong && c.text.length > budget / 2) continue;
      if (chosen.length >= 2 && used + c.text.length > budget) continue;
      chosen.push(c);
      used += c.text.length;
      if (chosen.length >= 3 && used > budget * 0.6) break;
    }
  }
  return chosen.sort((a, b) => a.start - b.start).map(strip);
}

/**
 * Lines of a quoted poem or verse block: runs of three or more short paragraphs
 * (古人学问无遗力，少壮工夫老始成。). They are quoted material, not the article's summary.
 */
function verseParagraphs(paragraphs: Paragraph[]): Set<number> {
  const short = paragraphs.map((p) => !p.subhead && p.end - p.start <= 20);
  const out = new Set<number>();
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    while (j < paragraphs.length && short[j]) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

function strip(c: SummarySentence): SummarySentence {
  return { text: c.text, start: c.start, end: c.end };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

function squash(s: string): string {
  return s.replace(/[\s　“”‘’"'《》（）()，,。:：―—－-]/g, '');
}
