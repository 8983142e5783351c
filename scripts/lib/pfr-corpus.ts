/**
 * The PFR People's Daily corpus (January 1998; research use only) as articles with
 * gold names, for the eval scripts. It is read from ../shared at run time and never
 * copied into the repository; nothing in it is a source of lexicon entries.
 * Format: one paragraph per line, `19980101-01-001-002/m  江/nr  泽民/nr …`; paragraph
 * 001 of an article is its title; bracketed compounds `[中国/ns 政府/n]nt` carry their
 * own tag after the bracket.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Paragraph } from '../../lib/types';

/** Where the corpus lives (beside the repository). */
export const PFR_ZIP = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'nlp', 'pfr-199801', '199801.zip');

/** Gold name kinds: nr (persons), ns (places), nt (organisations). */
export type NameKind = 'person' | 'place' | 'org';

export interface PfrArticle {
  id: string;
  title: string;
  /** Body paragraphs joined with \n (the title is not part of it). */
  text: string;
  paragraphs: Paragraph[];
  /** Gold names of the body by kind, with the number of tagged mentions. */
  names: Record<NameKind, Map<string, number>>;
}

const KIND_OF_TAG: Record<string, NameKind> = { nr: 'person', ns: 'place', nt: 'org' };

/** True when the corpus is present beside the repository. */
export function pfrAvailable(): boolean {
  return existsSync(PFR_ZIP);
}

interface Token { word: string; tag: string; open: boolean; close: string | null }

function parseToken(t: string): Token {
  const m = /^(\[?)(.+)\/([A-Za-z]+)(?:\]([a-z]+))?$/.exec(t);
  if (!m) return { word: t, tag: '', open: false, close: null };
  return { word: m[2], tag: m[3], open: m[1] === '[', close: m[4] ?? null };
}

/** Gold names of one paragraph: runs of nr tokens (surname + given name), ns / nt tokens, and bracketed compounds both whole and by their tagged parts. */
function namesOf(tokens: Token[], into: Record<NameKind, Map<string, number>>): void {
  const add = (kind: NameKind, name: string) => {
    if ([...name].length >= 2) into[kind].set(name, (into[kind].get(name) ?? 0) + 1);
  };
  let person = '';
  let group: string[] | null = null;
  for (const t of [...tokens, { word: '', tag: '', open: false, close: null }]) {
    if (t.tag === 'nr') person += t.word;
    else { if (person) add('person', person); person = ''; }
    if (t.open) group = [];
    if (group) group.push(t.word);
    // A place or organisation inside a compound counts too: 中国 in [中国/ns 政府/n]nt.
    if (KIND_OF_TAG[t.tag] && t.tag !== 'nr') add(KIND_OF_TAG[t.tag], t.word);
    if (t.close !== null && group) {
      const kind = KIND_OF_TAG[t.close];
      if (kind) add(kind, group.join(''));
      group = null;
    }
  }
}

/** All articles of the corpus with at least one body paragraph. */
export function loadPfrArticles(): PfrArticle[] {
  const raw = new TextDecoder('gb18030').decode(execFileSync('unzip', ['-p', PFR_ZIP], { maxBuffer: 64 << 20 }));
  const byId = new Map<string, { lines: string[]; names: Record<NameKind, Map<string, number>> }>();
  for (const line of raw.split(/\r?\n|\r/)) {
    const m = /^(\d{8}-\d{2}-\d{3})-(\d{3})\/m\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    let a = byId.get(m[1]);
    if (!a) byId.set(m[1], (a = { lines: [], names: { person: new Map(), place: new Map(), org: new Map() } }));
    const tokens = m[3].split(/\s+/).filter(Boolean).map(parseToken);
    if (a.lines.length > 0) namesOf(tokens, a.names);
    a.lines.push(tokens.map((t) => t.word).join(''));
  }
  return [...byId.entries()].filter(([, a]) => a.lines.length >= 2).map(([id, a]) => {
    const body = a.lines.slice(1);
    const paragraphs: Paragraph[] = [];
    let offset = 0;
    for (const p of body) { paragraphs.push({ start: offset, end: offset + p.length, subhead: false }); offset += p.length + 1; }
    return { id, title: a.lines[0], text: body.join('\n'), paragraphs, names: a.names };
  });
}
