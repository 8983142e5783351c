/**
 * The analysis of every saved page against its hand-checked answer (tests/pages/<name>/answer.json),
 * written by reading the page, never from our output: detection, metadata, body bounds, and for
 * the Chinese articles the dates, figures and glossary names. Unlike the snapshot test, these
 * fail when a value is wrong. Checks that fail today run as `it.fails` (KNOWN_FAULTS names the
 * fault), so the suite stays green and a fix flips them.
 *
 * Thresholds (why):
 * - Metadata and body bounds: exact. Author is compared without white space, because the site
 *   pads two-character names to three (方  敏); the spaces are not part of the byline.
 * - Dates and figures: every answer item must be found with its exact value (recall 1.0; an
 *   item is one `it`, so one wrong value fails one named check), and no item may be reported
 *   inside the body that the answer does not list (precision 1.0). The answers list what a
 *   reader would call a date or a figure; vague words and names with numbers in them are listed
 *   as `optional` (allowed, not required), so no judgement call is counted as an error. A
 *   reported span matches an answer item when the spans overlap (今年的6月16日 and 6月16日
 *   name the same date); the value must be equal.
 * - Glossary people: recall 1.0 and title as given — every person the article names is one the
 *   reader needs, and there are few per article; precision 1.0 on person entries — a non-name
 *   shown as a person gets a made-up romanisation.
 * - Glossary places and organisations: recall ≥ 0.75 each, and ≥ 0.75 of the place/organisation
 *   entries must be names the answer lists. Their boundaries are fuzzier (中原 in 中原农谷, a
 *   full or a short name); the answers give aliases, and the floor tolerates one miss in four
 *   while still failing when the finder stops finding names.
 * Items an answer marks `not` (万元 in 万元工业增加值能耗 is not an amount) and terms under
 * `glossary.never` get a check of their own. `meta.originalTitle` is recorded in the answers
 * (null on every saved page: none prints 原标题) but the contract has no field to compare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import type { Analysis, DateItem, FigureItem } from '../../../lib/types';
import { loadPage } from '../../../scripts/lib/load-page';
import { listTestPages, type TestPage } from '../../../scripts/lib/test-pages';
import { loadLanguageTools } from '../../../scripts/lib/load-dicts';
import { KNOWN_FAULTS } from './known-faults';
import {
  bodyRange, dateMatches, figureMatches, findName, namesOf, overlaps, spanOf, squeeze,
  type Answer, type AnswerItem, type AnswerName,
} from './answer-match';

const PLACE_ORG_RECALL = 0.75;
const PLACE_ORG_PRECISION = 0.75;
const META_FIELDS = ['title', 'preTitle', 'subtitle', 'publishedAt', 'source', 'author', 'editor', 'channel'] as const;

const pages = listTestPages();
const answered = pages.filter((p) => existsSync(join(p.dir, 'answer.json')));
const used = new Set<string>();

/** Register one check; a check named in KNOWN_FAULTS runs as `it.fails` and says which fault. */
function check(page: string, name: string, fn: () => void): void {
  const key = `${page} › ${name}`;
  used.add(key);
  const fault = KNOWN_FAULTS[key];
  if (fault) it.fails(`${name} — known fault: ${fault}`, fn);
  else it(name, fn);
}

/** Per-item recall, a check per item the page says is not one, and precision over the rest. */
function checkItems<T extends DateItem | FigureItem>(
  page: string, label: 'date' | 'figure', a: Analysis, answer: Answer, items: AnswerItem[], found: T[], matches: (x: T, item: AnswerItem) => boolean,
): void {
  const body = () => bodyRange(a, answer);
  const shown = (x: { text: string; value: unknown; unit?: string | null }) => `${x.text} → ${JSON.stringify(x.value)}${'unit' in x ? ` ${x.unit ?? '(no unit)'}` : ''}`;
  for (const item of items.filter((i) => !i.optional && !i.not)) {
    check(page, `${label} ${item.text} = ${JSON.stringify(item.value)}${label === 'figure' ? ` ${item.unit ?? '(no unit)'}` : ''}`, () => {
      const span = spanOf(a.text, body(), item);
      const here = found.filter((x) => overlaps(x, span));
      expect(here.some((x) => matches(x, item)), `found here: ${here.map(shown).join('; ') || 'nothing'}`).toBe(true);
    });
  }
  for (const item of items.filter((i) => i.not)) {
    check(page, `not a ${label}: ${item.text} in ${item.context ?? item.text}`, () => {
      const span = spanOf(a.text, body(), item);
      expect(found.filter((x) => overlaps(x, span)).map(shown)).toEqual([]);
    });
  }
  // Items listed as "not" have their own check above, so precision here is over everything else.
  check(page, `${label}s: none that the page does not state`, () => {
    const spans = items.map((item) => spanOf(a.text, body(), item));
    const extra = found.filter((x) => overlaps(x, body()) && !spans.some((s) => overlaps(x, s)));
    expect(extra.map(shown)).toEqual([]);
  });
}

function checkGlossary(page: string, a: Analysis, g: NonNullable<Answer['glossary']>): void {
  // People: recall 1.0, so one check per person, and the title when the article gives one.
  for (const person of g.people.filter((n) => !n.optional)) {
    check(page, `glossary person ${person.name}`, () => {
      expect(findName(a.glossary, person, ['person'])?.term).toBeDefined();
    });
    if (person.role) {
      check(page, `glossary person ${person.name}: title ${person.role}`, () => {
        expect(squeeze(findName(a.glossary, person, ['person'])?.role ?? null)).toBe(squeeze(person.role));
      });
    }
  }
  check(page, 'glossary people: every person entry is a person the article names', () => {
    const people = new Set(g.people.flatMap(namesOf));
    expect(a.glossary.filter((e) => e.kind === 'person' && !people.has(e.term)).map((e) => e.term)).toEqual([]);
  });

  const recall = (list: AnswerName[], kinds: string[], label: string) => {
    const required = list.filter((n) => !n.optional);
    if (!required.length) return;
    check(page, `glossary ${label}: recall ≥ ${PLACE_ORG_RECALL}`, () => {
      const missing = required.filter((n) => !findName(a.glossary, n, kinds)).map((n) => n.name);
      expect((required.length - missing.length) / required.length, `missing: ${missing.join(', ')}`).toBeGreaterThanOrEqual(PLACE_ORG_RECALL);
    });
  };
  recall(g.places, ['place'], 'places');
  recall(g.orgs, ['org'], 'organisations');
  check(page, `glossary places and organisations: precision ≥ ${PLACE_ORG_PRECISION}`, () => {
    const known = new Set([...g.places, ...g.orgs].flatMap(namesOf));
    const entries = a.glossary.filter((e) => e.kind === 'place' || e.kind === 'org');
    const unknown = entries.filter((e) => !known.has(e.term)).map((e) => `${e.term} (${e.kind})`);
    if (!entries.length) return;
    expect((entries.length - unknown.length) / entries.length, `not names of the page: ${unknown.join(', ')}`).toBeGreaterThanOrEqual(PLACE_ORG_PRECISION);
  });
  for (const term of g.never ?? []) {
    check(page, `glossary: no entry ${term}`, () => {
      expect(a.glossary.filter((e) => e.term === term).map((e) => `${e.term} (${e.kind})`)).toEqual([]);
    });
  }
}

function analyse(page: TestPage): Analysis {
  const tools = loadLanguageTools();
  return analyzeDocument(loadPage(page.source, page.url, page.charset), page.url, { lookup: (t) => tools.define(t)[0]?.defs[0] ?? null });
}

describe('answer files', () => {
  it.each(pages.filter((p) => !p.constructed))('$name (a real page) has a hand-checked answer.json', (page) => {
    expect(existsSync(join(page.dir, 'answer.json'))).toBe(true);
  });

  it.each(answered)('$name: answer.json names its page and says constructed as page.json does', (page) => {
    const answer: Answer = JSON.parse(readFileSync(join(page.dir, 'answer.json'), 'utf8'));
    expect([answer.page, answer.constructed]).toEqual([page.name, page.constructed]);
  });
});

describe.each(answered)('$name matches its hand-checked answer.json', (page) => {
  const answer: Answer = JSON.parse(readFileSync(join(page.dir, 'answer.json'), 'utf8'));
  const a = analyse(page);
  const paragraphs = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
  const name = page.name;

  check(name, 'isArticle and pageKind', () => {
    expect([a.isArticle, a.pageKind]).toEqual([answer.isArticle, answer.pageKind]);
  });
  if (!answer.isArticle) {
    check(name, 'no body text', () => expect(paragraphs).toEqual([]));
  }

  for (const field of META_FIELDS) {
    if (!answer.meta || !(field in answer.meta)) continue;
    check(name, `meta.${field}`, () => {
      const expected = answer.meta![field];
      if (field === 'author') expect(squeeze(a.meta.author)).toBe(squeeze(expected));
      else expect(a.meta[field]).toBe(expected);
    });
  }

  if (answer.body) {
    const body = answer.body;
    check(name, 'body: first paragraph', () => expect(paragraphs[0]).toBe(body.first));
    check(name, 'body: last paragraph', () => expect(paragraphs[paragraphs.length - 1]).toBe(body.last));
    check(name, 'body: paragraph count', () => expect(paragraphs.length).toBe(body.paragraphCount));
    check(name, 'body: subheads', () => {
      expect(a.paragraphs.filter((p) => p.subhead).map((p) => a.text.slice(p.start, p.end))).toEqual(body.subheads);
    });
  }

  if (answer.dates) checkItems(name, 'date', a, answer, answer.dates, a.dates, dateMatches);
  if (answer.figures) checkItems(name, 'figure', a, answer, answer.figures, a.figures, figureMatches);
  if (answer.glossary) checkGlossary(name, a, answer.glossary);
});

describe('KNOWN_FAULTS', () => {
  it('names only checks that exist (a stale entry would hide nothing and mislead)', () => {
    expect(Object.keys(KNOWN_FAULTS).filter((k) => !used.has(k))).toEqual([]);
  });
});
