/**
 * English definitions from CC-CEDICT (CC BY-SA 4.0), in the compact file
 * `public/dict/cedict.txt.gz` written by scripts/build-dict.ts. The inflated
 * bytes are looked up where they lie (binary search over sorted lines,
 * lib/text/sorted-lines): nothing is decoded or parsed at load, an entry only
 * when it is asked for.
 *
 * Format (UTF-8, `\n` lines, sorted in byte order):
 *   `#rr-cedict 2` then `# …` notice lines (source, licence);
 *   `#traditional`, then `traditional character\tsimplified characters` for
 *   every character some entry writes differently (lib/text/traditional), sorted;
 *   `#simplified`, then one line per entry sorted by the simplified form (a
 *   headword's readings in CC-CEDICT's order):
 *   `simplified\ttraditional ('' when the same)\tpinyin with tone marks\tsense/sense/…\tmeasure words`,
 *   the measure words in CC-CEDICT's notation with tone marks (`個|个[gè],家[jiā]`; '' when none).
 * @module lib/text/definitions
 */
import { compareBytes, findLines, indexOfBytes, lineAt, type LineBlock } from './sorted-lines';
import { buildCharMap, parseCharMap, serializeCharMap, simplifiedCandidates, type CharMap } from './traditional';

/** A measure word (classifier) an entry names with `CL:` in CC-CEDICT. */
export interface MeasureWord { simplified: string; traditional: string; pinyin: string }

/** One CC-CEDICT entry: one reading of a headword and all its senses, in the source's order. */
export interface Definition {
  /** Tone marks; capitalised where CC-CEDICT marks a proper noun (surname 吴 → `Wú`). */
  pinyin: string;
  defs: string[];
  /** The headword's forms (always set by lookupDefinitions). */
  simplified?: string;
  traditional?: string;
  /** Measure words, when CC-CEDICT gives any (问题 → 个 gè). */
  measureWords?: MeasureWord[];
}

/** An entry as the build writes it: both forms known. */
export type HeadwordEntry = Definition & { simplified: string; traditional: string };

/** The shipped dictionary, looked up in place. `get` is Map-like: undefined for an unknown word. */
export interface DefinitionDict {
  get(word: string): Definition[] | undefined;
  has(word: string): boolean;
  /** Number of entries (lines of the simplified section). */
  readonly size: number;
}

/** What the popup shows wherever a CC-CEDICT definition appears (CC BY-SA 4.0 §3(a) asks for it). */
export const DICTIONARY_ATTRIBUTION = {
  text: 'English definitions: CC-CEDICT (MDBG and contributors), CC BY-SA 4.0; reformatted',
  short: 'CC-CEDICT · CC BY-SA 4.0',
  sourceUrl: 'https://cc-cedict.org/wiki/',
  licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;

const MAGIC = '#rr-cedict 2';
const TRAD = '#traditional\n';
const SIMP = '#simplified\n';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Wraps the shipped file's bytes (inflated; a string is encoded first) for
 * lookups; O(size of the notices and the traditional section) to find the
 * sections. Throws on another format.
 */
export function parseDefinitions(data: Uint8Array | string): DefinitionDict {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  if (decoder.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not an rr-cedict 2 file');
  const tradAt = indexOfBytes(bytes, encoder.encode(`\n${TRAD}`));
  const simpAt = indexOfBytes(bytes, encoder.encode(`\n${SIMP}`), Math.max(tradAt, 0));
  if (tradAt < 0 || simpAt < 0) throw new Error('rr-cedict file without its sections');
  const simp: LineBlock = { bytes, from: simpAt + 1 + SIMP.length, to: bytes.length };
  let chars: CharMap | null = null;
  let size = -1;
  const charMap = () => (chars ??= parseCharMap(decoder.decode(bytes.subarray(tradAt + 1 + TRAD.length, simpAt))));
  const lookup = (word: string) => entriesFor(simp, charMap(), word);
  return {
    get: (word) => {
      const found = lookup(word);
      return found.length ? found : undefined;
    },
    has: (word) => lookup(word).length > 0,
    get size() {
      if (size < 0) size = countLines(simp);
      return size;
    },
  };
}

/** The dictionary entries of a word, by its simplified or traditional form (empty when unknown). */
export function lookupDefinitions(dict: DefinitionDict, word: string): Definition[] {
  return word ? dict.get(word) ?? [] : [];
}

/** Entries whose simplified form is `word`, then those whose traditional form is (a /BIG5/ page's text). */
function entriesFor(simp: LineBlock, chars: CharMap, word: string): Definition[] {
  const out = findLines(simp, encoder.encode(word)).map((at) => parseEntry(decoder.decode(lineAt(simp.bytes, at))));
  for (const candidate of simplifiedCandidates(word, chars)) {
    for (const at of findLines(simp, encoder.encode(candidate))) {
      const entry = parseEntry(decoder.decode(lineAt(simp.bytes, at)));
      if (entry.traditional === word) out.push(entry);
    }
  }
  return out;
}

/** One entry line (see the module doc) to a Definition. */
export function parseEntry(line: string): HeadwordEntry {
  const [simplified, traditional, pinyin, senses, measure] = line.split('\t');
  const entry: HeadwordEntry = { simplified, traditional: traditional || simplified, pinyin, defs: senses ? senses.split('/') : [] };
  if (measure) entry.measureWords = measure.split(',').map(parseMeasureWord);
  return entry;
}

/** `個|个[gè]` or `本[běn]` to its parts. */
function parseMeasureWord(ref: string): MeasureWord {
  const m = /^([^|[]+)(?:\|([^[]+))?\[([^\]]*)\]$/.exec(ref);
  if (!m) return { simplified: ref, traditional: ref, pinyin: '' };
  return { traditional: m[1], simplified: m[2] ?? m[1], pinyin: m[3] };
}

/** The file text for `entries` (in any order; sorted here) with notice lines: the inverse of parseDefinitions. */
export function serializeDefinitions(entries: HeadwordEntry[], notices: string[] = []): string {
  const field = (s: string) => {
    if (/[\t\n]/.test(s)) throw new Error(`tab or newline in a field: ${JSON.stringify(s)}`);
    return s;
  };
  const byKey = (a: [Uint8Array, string], b: [Uint8Array, string]) => compareBytes(a[0], b[0]);
  const simp: [Uint8Array, string][] = entries.map((e) => {
    if (e.defs.some((d) => d.includes('/'))) throw new Error(`a sense with "/" in ${e.simplified}`);
    const measure = (e.measureWords ?? []).map((m) => `${m.traditional === m.simplified ? m.traditional : `${m.traditional}|${m.simplified}`}[${m.pinyin}]`);
    const trad = e.traditional === e.simplified ? '' : e.traditional;
    return [encoder.encode(e.simplified), [e.simplified, trad, e.pinyin, e.defs.join('/'), measure.join(',')].map(field).join('\t')];
  });
  // Array.prototype.sort is stable: a headword's readings keep their given order.
  return [
    MAGIC, ...notices.map((n) => `# ${n.replace(/\s+/g, ' ')}`),
    TRAD.trimEnd(), ...serializeCharMap(buildCharMap(entries)),
    SIMP.trimEnd(), ...simp.sort(byKey).map((r) => r[1]),
  ].join('\n') + '\n';
}

function countLines(block: LineBlock): number {
  let n = 0;
  for (let at = block.bytes.indexOf(10, block.from); at >= 0 && at < block.to; at = block.bytes.indexOf(10, at + 1)) n++;
  return n;
}
