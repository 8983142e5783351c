/**
 * Converts numbered pinyin (CC-CEDICT's `zhong1 guo2`, `lu:4`) to tone marks
 * (`zhōng guó`, `lǜ`), so dictionary readings compare equal to pinyin-pro's.
 * @module lib/text/pinyin-marks
 */

const MARKS: Record<string, string> = {
  a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ', E: 'ĒÉĚÈ', I: 'ĪÍǏÌ', O: 'ŌÓǑÒ', U: 'ŪÚǓÙ', Ü: 'ǕǗǙǛ',
};

/** One numbered syllable to tone marks; anything that is not a syllable is returned as is. */
export function markSyllable(syllable: string): string {
  const m = /^([A-Za-zü:]+?)([1-5])$/.exec(syllable.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü'));
  if (!m) return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const [, body, toneStr] = m;
  const tone = Number(toneStr);
  if (tone === 5) return body;
  // Standard placement: a or e take the mark; in "ou" the o does; otherwise the last vowel.
  const lower = body.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower[i])) { at = i; break; }
  }
  if (at < 0) return body;
  const marks = MARKS[body[at]];
  return marks ? body.slice(0, at) + marks[tone - 1] + body.slice(at + 1) : body;
}

/** A space-separated numbered pinyin string to tone marks. */
export function markPinyin(numbered: string): string {
  return numbered.split(' ').map(markSyllable).join(' ');
}
