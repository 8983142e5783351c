/**
 * Scores the segmenter against the SIGHAN 2005 PKU test gold (word precision,
 * recall, F1 over word spans), and reports the data files' sizes, parse times,
 * and the speed of segmentation and of readings (pinyin) over the test text.
 *   npx tsx scripts/eval-segment.ts [--words public/dict/words.txt] [--half 1|2] [--errors N]
 * The PKU data is research-only: it is read from ../shared at eval time and never copied.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  createSegmenter, findPersonNames, installReadingDict, parseDefinitions, parseReadingDict, parseWordDict, readingsFor,
} from '../lib/text';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/nlp/sighan2005-pku');

/** Word spans [start, end) of a list of words laid end to end, as "start:end" keys. */
function spans(words: string[]): Set<string> {
  const set = new Set<string>();
  let pos = 0;
  for (const w of words) { set.add(`${pos}:${pos + w.length}`); pos += w.length; }
  return set;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      words: { type: 'string', default: resolve(import.meta.dirname, '../public/dict/words.txt') },
      half: { type: 'string' }, errors: { type: 'string', default: '0' },
    },
  });
  const testPath = `${CORPUS}/pku_test.utf8`;
  const goldPath = `${CORPUS}/pku_test_gold.utf8`;
  if (!existsSync(testPath) || !existsSync(goldPath)) {
    console.log(`PKU test data not found under ${CORPUS}; skipping.`);
    return 0;
  }
  const raw = readFileSync(values.words!, 'utf8');
  const t0 = performance.now();
  const dict = parseWordDict(raw);
  const parseMs = performance.now() - t0;
  const segment = createSegmenter(dict);

  let tests = readFileSync(testPath, 'utf8').split(/\r?\n/);
  let golds = readFileSync(goldPath, 'utf8').split(/\r?\n/);
  if (values.half) {
    const mid = Math.floor(tests.length / 2);
    [tests, golds] = values.half === '1' ? [tests.slice(0, mid), golds.slice(0, mid)] : [tests.slice(mid), golds.slice(mid)];
  }
  let found = 0, gold = 0, correct = 0, chars = 0, ms = 0;
  const errors: string[] = [];
  for (let i = 0; i < tests.length; i++) {
    const line = tests[i].trim();
    if (!line) continue;
    const goldWords = golds[i].trim().split(/\s+/).filter(Boolean);
    if (goldWords.join('') !== line.replace(/\s+/g, '')) throw new Error(`line ${i + 1}: test and gold differ`);
    const s0 = performance.now();
    const ours = segment(line).map((w) => w.text);
    ms += performance.now() - s0;
    chars += line.length;
    const a = spans(ours), b = spans(goldWords);
    found += a.size; gold += b.size;
    for (const k of a) if (b.has(k)) correct++;
    if (errors.length < Number(values.errors) && ours.join(' ') !== goldWords.join(' ')) {
      errors.push(`ours: ${ours.join(' ')}\ngold: ${goldWords.join(' ')}`);
    }
  }
  const p = correct / found, r = correct / gold, f = (2 * p * r) / (p + r);
  for (const e of errors) console.log(e + '\n');
  const bytes = statSync(values.words!).size;
  console.log(`PKU test${values.half ? ` half ${values.half}` : ''}: ${gold} gold words, ${found} found, ${correct} correct`);
  console.log(`precision ${p.toFixed(4)}  recall ${r.toFixed(4)}  F1 ${f.toFixed(4)}`);
  console.log(`segment: ${chars} chars in ${ms.toFixed(0)} ms (${(chars / ms).toFixed(0)} chars/ms)`);
  console.log(`word list: ${dict.costs.size} words, ${bytes} bytes raw, ${gzipSync(raw).length} gzipped, parse ${parseMs.toFixed(0)} ms`);
  reportOtherData(resolve(values.words!, '..'), tests.filter((l) => l.trim()));
  reportNames(segment, dict, tests, golds);
  return 0;
}

/**
 * The name finder (lib/text/names) on the PKU test text, checked against the gold
 * words: PKU writes a Chinese name as surname + given name (江 泽民), so a name we
 * find should be exactly two adjacent gold words, the first its surname. Names that
 * cut through a gold word are boundary errors; the words layer merges each name
 * into one word, which is why the F1 above is the segmenter's, before names.
 */
function reportNames(segment: (t: string) => { start: number; end: number; text: string }[], dict: { costs: { get(word: string): number | undefined } }, tests: string[], golds: string[]): void {
  let found = 0, twoWords = 0, cutting = 0;
  const t0 = performance.now();
  for (let i = 0; i < tests.length; i++) {
    const line = tests[i].trim();
    if (!line) continue;
    const goldWords = golds[i].trim().split(/\s+/).filter(Boolean);
    const starts = new Map<number, number>();
    let pos = 0;
    goldWords.forEach((w, k) => { starts.set(pos, k); pos += w.length; });
    const ends = new Set<number>([...starts.keys()].map((s) => s + goldWords[starts.get(s)!].length));
    for (const n of findPersonNames(line, { segments: segment(line), wordCost: (w) => dict.costs.get(w) })) {
      if (n.foreign) continue;
      found++;
      const k = starts.get(n.start);
      if (k !== undefined && goldWords[k].length === n.surname && goldWords[k + 1] && n.start + n.surname + goldWords[k + 1].length === n.end) twoWords++;
      else if (!starts.has(n.start) || !ends.has(n.end)) cutting++;
    }
  }
  console.log(`names (Chinese) found in the PKU test text: ${found}; exactly surname + given name as gold words: ${twoWords} (${((100 * twoWords) / found).toFixed(1)}%); cutting through a gold word: ${cutting}; ${(performance.now() - t0).toFixed(0)} ms`);
}

/** Parse/install time of readings.txt and cedict.txt.gz, and the speed of readingsFor over the lines. */
function reportOtherData(dir: string, lines: string[]): void {
  const readingsPath = `${dir}/readings.txt`, cedictPath = `${dir}/cedict.txt.gz`;
  if (existsSync(readingsPath)) {
    const raw = readFileSync(readingsPath, 'utf8');
    const t0 = performance.now();
    installReadingDict(parseReadingDict(raw));
    console.log(`readings: ${statSync(readingsPath).size} bytes raw, ${gzipSync(raw).length} gzipped, parse+install ${(performance.now() - t0).toFixed(0)} ms`);
  }
  if (existsSync(cedictPath)) {
    const gz = readFileSync(cedictPath);
    const t0 = performance.now();
    const text = gunzipSync(gz).toString('utf8');
    const t1 = performance.now();
    const dict = parseDefinitions(text);
    console.log(`definitions: ${dict.size} headwords, ${Buffer.byteLength(text)} bytes raw, ${gz.length} gzipped, gunzip ${(t1 - t0).toFixed(0)} ms + parse ${(performance.now() - t1).toFixed(0)} ms`);
  }
  const segment = createSegmenter(parseWordDict(readFileSync(`${dir}/words.txt`, 'utf8')));
  let chars = 0;
  const t0 = performance.now();
  for (const line of lines) { readingsFor(line, segment(line)); chars += line.length; }
  const ms = performance.now() - t0;
  console.log(`segment + readings: ${chars} chars in ${ms.toFixed(0)} ms (${(chars / ms).toFixed(0)} chars/ms)`);
}

process.exit(main());
