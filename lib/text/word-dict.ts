/**
 * The segmenter's word list: words with a quantised cost (−log probability),
 * and the compact text format it ships in (`public/dict/words.txt`).
 *
 * Format: a header line `#rr-words 1 <unknownCost>`, optional `# …` notice
 * lines (sources and licences), then one line per cost
 * bucket: `<cost>\t<word> <word> …`. Costs are integers in tenths of a nat,
 * so the file stays small, gzips well and parses with two splits per line.
 * @module lib/text/word-dict
 */

/** A word list ready for segmentation: cost per word and the longest word length. */
export interface WordDict {
  /** Word → cost (−ln p, in tenths of a nat). Lower is likelier. */
  costs: Map<string, number>;
  /** Cost of a character the list does not know. */
  unknownCost: number;
  /** Longest word, in UTF-16 code units. */
  maxLen: number;
}

const MAGIC = '#rr-words 1';

/** Builds a WordDict from word → cost pairs (used by tests and the build script). */
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
  const lines = text.split('\n');
  const header = lines[0].trim();
  if (!header.startsWith(MAGIC)) throw new Error('not an rr-words file');
  const unknownCost = Number(header.slice(MAGIC.length).trim());
  const costs = new Map<string, number>();
  let maxLen = 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const tab = line.indexOf('\t');
    if (tab < 0 || line.startsWith('#')) continue;
    const cost = Number(line.slice(0, tab));
    for (const word of line.slice(tab + 1).split(' ')) {
      if (!word) continue;
      costs.set(word, cost);
      if (word.length > maxLen) maxLen = word.length;
    }
  }
  return { costs, unknownCost, maxLen };
}

/** Serialises a WordDict to the shipped text format (inverse of parseWordDict), with optional notice lines. */
export function serializeWordDict(dict: WordDict, notices: string[] = []): string {
  const buckets = new Map<number, string[]>();
  for (const [word, cost] of dict.costs) {
    let list = buckets.get(cost);
    if (!list) buckets.set(cost, (list = []));
    list.push(word);
  }
  const out = [`${MAGIC} ${dict.unknownCost}`, ...notices.map((n) => `# ${n.replace(/\s+/g, ' ')}`)];
  for (const cost of [...buckets.keys()].sort((a, b) => a - b)) {
    out.push(`${cost}\t${buckets.get(cost)!.sort().join(' ')}`);
  }
  return out.join('\n') + '\n';
}
