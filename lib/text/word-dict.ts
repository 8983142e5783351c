/**
 * The segmenter's word list: words with a quantised cost (−log probability),
 * and the compact text format it ships in (`public/dict/words.txt`).
 *
 * Format 2: a header line `#rr-words 2 <unknownCost> <maxLen> <words>`,
 * optional `# …` notice lines (sources and licences), then one line per first
 * character: `<char>\t<its own cost, or ''>`, then for each cost of the words that
 * start with it `\t<cost> <rest> <rest> …` (中\t79\t45 国\t80 心 间 …, the words
 * without their first character). Costs are integers in tenths of a nat. Only the
 * line starts are indexed at load; a character's words become a Map the first
 * time a word starting with it is asked for, so a page only pays for the
 * characters it uses (a simplified page never parses the traditional forms).
 * Format 1 (`#rr-words 1 <unknownCost>`, one line per cost: `<cost>\t<word> <word> …`)
 * is still read, eagerly.
 * @module lib/text/word-dict
 */

/** Word → cost lookups: a Map, or the lazy view of a shipped file. */
export interface WordCosts extends Iterable<[string, number]> {
  get(word: string): number | undefined;
  has(word: string): boolean;
  readonly size: number;
}

/** A word list ready for segmentation: cost per word and the longest word length. */
export interface WordDict {
  /** Word → cost (−ln p, in tenths of a nat). Lower is likelier. */
  costs: WordCosts;
  /** Cost of a character the list does not know. */
  unknownCost: number;
  /** Longest word, in UTF-16 code units. */
  maxLen: number;
}

const MAGIC_1 = '#rr-words 1';
const MAGIC_2 = '#rr-words 2';

/** Builds a WordDict from word → cost pairs (the lowest cost of a repeated word wins). */
export function createWordDict(entries: Iterable<[string, number]>, unknownCost: number): WordDict {
  const costs = new Map<string, number>();
  let maxLen = 1;
  for (const [word, cost] of entries) {
    const prev = costs.get(word);
    if (prev === undefined || cost < prev) costs.set(word, cost);
    if (word.length > maxLen) maxLen = word.length;
  }
  return { costs, unknownCost, maxLen };
}

/** Parses the shipped word-list text (see module doc); throws on a wrong header. */
export function parseWordDict(text: string): WordDict {
  const nl = text.indexOf('\n');
  const header = text.slice(0, nl < 0 ? text.length : nl).trim().split(' ');
  const magic = `${header[0]} ${header[1]}`;
  if (magic === MAGIC_2) return { costs: new LazyCosts(text, Number(header[4])), unknownCost: Number(header[2]), maxLen: Number(header[3]) };
  if (magic !== MAGIC_1) throw new Error('not an rr-words file');
  const entries: [string, number][] = [];
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0 || line.startsWith('#')) continue;
    const cost = Number(line.slice(0, tab));
    for (const word of line.slice(tab + 1).split(' ')) if (word) entries.push([word, cost]);
  }
  return createWordDict(entries, Number(header[2]));
}

/** The lines of a format-2 file, indexed by first code point; each parsed on first use. */
class LazyCosts implements WordCosts {
  private readonly lines = new Map<number, number>();
  private readonly groups = new Map<number, Map<string, number>>();

  constructor(private readonly text: string, readonly size: number) {
    for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) {
      if (text.charCodeAt(at) !== 35) this.lines.set(text.codePointAt(at)!, at); // skip '#' notices
    }
  }

  get(word: string): number | undefined {
    const cp = word.codePointAt(0);
    if (cp === undefined) return undefined;
    return (this.groups.get(cp) ?? this.parse(cp)).get(word);
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (const cp of this.lines.keys()) yield* this.groups.get(cp) ?? this.parse(cp);
  }

  private parse(cp: number): Map<string, number> {
    const group = new Map<string, number>();
    const at = this.lines.get(cp);
    if (at !== undefined) {
      const end = this.text.indexOf('\n', at);
      const fields = this.text.slice(at, end < 0 ? undefined : end).split('\t');
      const first = fields[0];
      if (fields[1]) group.set(first, Number(fields[1]));
      for (let f = 2; f < fields.length; f++) {
        const parts = fields[f].split(' ');
        const cost = Number(parts[0]);
        for (let i = 1; i < parts.length; i++) group.set(first + parts[i], cost);
      }
    }
    this.groups.set(cp, group);
    return group;
  }
}

/** Serialises a WordDict to the shipped format 2 (inverse of parseWordDict), with optional notice lines. */
export function serializeWordDict(dict: WordDict, notices: string[] = []): string {
  const lines = new Map<string, { own: string; byCost: Map<number, string[]> }>();
  let count = 0;
  for (const [word, cost] of [...dict.costs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (/[\s#]/.test(word)) throw new Error(`a word with white space or #: ${JSON.stringify(word)}`);
    const first = String.fromCodePoint(word.codePointAt(0)!);
    let line = lines.get(first);
    if (!line) lines.set(first, (line = { own: '', byCost: new Map() }));
    count++;
    if (word === first) { line.own = String(cost); continue; }
    let list = line.byCost.get(cost);
    if (!list) line.byCost.set(cost, (list = []));
    list.push(word.slice(first.length));
  }
  const out = [`${MAGIC_2} ${dict.unknownCost} ${dict.maxLen} ${count}`, ...notices.map((n) => `# ${n.replace(/\s+/g, ' ')}`)];
  for (const [first, { own, byCost }] of lines) {
    const fields = [...byCost].sort((a, b) => a[0] - b[0]).map(([cost, rests]) => `${cost} ${rests.join(' ')}`);
    out.push([first, own, ...fields].join('\t'));
  }
  return out.join('\n') + '\n';
}
