/**
 * Splits text into runs before the dictionary search: Han runs go to the
 * word lattice, while numbers, Latin words and dates written with digits are
 * fixed tokens (a word list cannot enumerate them), and punctuation stands alone.
 * @module lib/text/runs
 */

/** A piece of text: `han` runs are segmented further, others are final tokens. */
export interface Run { start: number; end: number; kind: 'han' | 'token' | 'space' }

// ○/〇 count as Han: People's Daily writes years as 二○○一年.
const HAN = /[\p{Script=Han}○〇]/u;
const DIGIT = /[0-9０-９]/;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const SPACE = /\s/;

/** True for a Han character (including the ○ used as zero in years). */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** True when `text` holds a Han character anywhere. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** True for a letter or digit that continues a Latin/number token. */
function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && (DIGIT.test(ch) || LATIN.test(ch));
}

/**
 * End of a number or Latin token starting at `i`: alphanumerics joined by
 * inner `.`, `,`, `-`, `_`, `/`, `@` when a letter or digit follows (3.5, 1,000, www.people.com.cn),
 * then an optional percent sign.
 */
function scanToken(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    if (isAlnum(text[j])) { j++; continue; }
    if ('.．,，-_/@:'.includes(text[j]) && isAlnum(text[j + 1]) && j > i) {
      // A full-width comma after a number is a clause break unless digits follow in groups of 3.
      if ((text[j] === '，' || text[j] === ',') && !/^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(j + 1, j + 5))) break;
      j++;
      continue;
    }
    break;
  }
  if (j < text.length && '%％‰'.includes(text[j])) j++;
  return j;
}

/**
 * Date and magnitude suffixes joined to a digit number, as in the People's
 * Daily convention (2001年, 12月, 31日, 5000万): a year needs four digits.
 */
function suffixEnd(text: string, start: number, end: number): number {
  const token = text.slice(start, end);
  if (!/^[0-9０-９]+$/.test(token)) {
    return /^[0-9０-９.．]+$/.test(token) && '万亿'.includes(text[end] ?? '') ? end + 1 : end;
  }
  const next = text[end];
  if (next === '年' && token.length === 4) return end + 1;
  if ((next === '月' || next === '日') && token.length <= 2) return end + 1;
  if (next === '万' && text[end + 1] === '亿') return end + 2;
  if (next === '万' || next === '亿') return end + 1;
  return end;
}

/** Splits text into Han runs, fixed tokens and whitespace. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (HAN.test(ch)) {
      let j = i;
      while (j < text.length) {
        const c = String.fromCodePoint(text.codePointAt(j)!);
        if (!HAN.test(c)) break;
        j += c.length;
      }
      runs.push({ start: i, end: j, kind: 'han' });
      i = j;
    } else if (isAlnum(ch)) {
      const end = scanToken(text, i);
      runs.push({ start: i, end: suffixEnd(text, i, end), kind: 'token' });
      i = runs[runs.length - 1].end;
    } else if (SPACE.test(ch)) {
      let j = i + 1;
      while (j < text.length && SPACE.test(text[j])) j++;
      runs.push({ start: i, end: j, kind: 'space' });
      i = j;
    } else {
      // Punctuation and symbols stand alone; keep a run of the same dash or ellipsis together (——, ……).
      let j = i + ch.length;
      if ('—…－-·.'.includes(ch)) while (text[j] === ch) j++;
      runs.push({ start: i, end: j, kind: 'token' });
      i = j;
    }
  }
  return runs;
}

