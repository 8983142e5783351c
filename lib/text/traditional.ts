/**
 * Traditional → simplified characters, learnt from CC-CEDICT's own entries at
 * build time, so a word from a /BIG5/ page (traditional text) is found under
 * its simplified headword: 銀行 → 银行, 乾杯 → 干杯 but 乾隆 → 乾隆. A character
 * maps to every simplified character it stands for in some entry (乾 → 干, 乾),
 * so a word gives a few candidates and the entries' own traditional forms decide.
 * @module lib/text/traditional
 */

/** Traditional character → the simplified characters it is written as ('' when none differ). */
export type CharMap = Map<string, string[]>;

/** Most candidates tried for one word: a word rarely has more than two ambiguous characters. */
const MAX_CANDIDATES = 16;

/** The pairs of every entry whose two forms align character by character (Han headwords do). */
export function buildCharMap(entries: Iterable<{ simplified: string; traditional: string }>): CharMap {
  const map: CharMap = new Map();
  const seen = new Set<string>();
  for (const { simplified, traditional } of entries) {
    const s = [...simplified];
    const t = [...traditional];
    if (s.length !== t.length) continue;
    t.forEach((tc, i) => seen.add(`${tc}\t${s[i]}`));
  }
  for (const pair of seen) {
    const [tc, sc] = pair.split('\t');
    if (tc === sc) continue;
    let list = map.get(tc);
    if (!list) map.set(tc, (list = seen.has(`${tc}\t${tc}`) ? [tc] : []));
    list.push(sc);
  }
  return map;
}

/** Lines `traditional\tsimplified characters` (乾\t乾干), sorted: the file section (lib/text/definitions). */
export function serializeCharMap(map: CharMap): string[] {
  return [...map].map(([t, s]) => `${t}\t${s.join('')}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Inverse of serializeCharMap (the lines joined with newlines). */
export function parseCharMap(text: string): CharMap {
  const map: CharMap = new Map();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), [...line.slice(tab + 1)]);
  }
  return map;
}

/**
 * The simplified spellings `word` may stand for, other than itself (empty when
 * no character of it is traditional-only); at most MAX_CANDIDATES.
 */
export function simplifiedCandidates(word: string, map: CharMap): string[] {
  let mapped = false;
  for (const ch of word) if (map.has(ch)) { mapped = true; break; }
  if (!mapped) return []; // the common case on a simplified page: no work, no garbage
  let out = [''];
  let changed = false;
  for (const ch of word) {
    const options = map.get(ch) ?? [ch];
    if (options.length !== 1 || options[0] !== ch) changed = true;
    out = out.flatMap((prefix) => options.map((o) => prefix + o)).slice(0, MAX_CANDIDATES);
  }
  return changed ? out.filter((c) => c !== word) : [];
}
