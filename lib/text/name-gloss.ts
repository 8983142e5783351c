/**
 * A person's name in the popup: its surname (CC-CEDICT's surname entry, so 单
 * reads Shàn and 曾 Zēng as names do) and the name's reading in the pinyin
 * spelling of names: surname and given name each written as one word,
 * capitalised (习近平 → Xí Jìnpíng, 欧阳修 → Ōuyáng Xiū).
 * @module lib/text/name-gloss
 */
import type { Definition } from './definitions';
import { surnameOf, surnameSense } from './entry-rank';
import { capitalise, joinSyllables } from './pinyin-words';

/**
 * What the caller's name finder knows: the surname as written or as its length
 * in characters (lib/text/names' PersonName gives `surname: 1` for 曾晓光, 2 for 欧阳修,
 * 0 with `foreign: true` for 米歇尔・布兰), so a PersonName can be passed as is.
 */
export interface NameHint { surname?: string | number; foreign?: boolean }

export interface NameInfo {
  /** The surname as written (张, 欧阳), or null when the name has none (a transliterated foreign name). */
  surname: string | null;
  /** Its reading as a name, capitalised (Zhāng, Ōuyáng, Shàn). */
  surnameReading: string | null;
  /** CC-CEDICT's sense for it ("surname Zhang"), when it has one. */
  surnameSense: string | null;
  /** The whole name read as a name (Xí Jìnpíng), when the reading in context is known; null otherwise. */
  reading: string | null;
}

const HAN = /^\p{Script=Han}+$/u;


/** The surname entry of `surname` whose reading matches the context's, or its first surname entry. */
function surnameEntry(surname: string, lookup: (w: string) => Definition[], reading: string): Definition | null {
  const entries = lookup(surname).filter((e) => surnameOf(e));
  return entries.find((e) => e.pinyin.toLowerCase() === reading) ?? entries[0] ?? null;
}

/**
 * The surnames a Chinese name of 2–4 Han characters may have, longest first: its first two
 * characters (欧阳 of 欧阳修) when it has 3 or more, and its first one; [] for anything else. The
 * words reply fetches these entries (lib/text/segment-parts relatedWords), and findSurname reads them.
 */
export function surnameCandidates(name: string): string[] {
  const chars = [...name];
  if (chars.length < 2 || chars.length > 4 || !HAN.test(name)) return [];
  return chars.length >= 3 ? [chars.slice(0, 2).join(''), chars[0]] : [chars[0]];
}

/** The surname: the caller's, else a 2-character one (欧阳) for names of 3+ characters, else the first character; none for a foreign name. */
function findSurname(chars: string[], lookup: (w: string) => Definition[], hint: NameHint): string | null {
  const name = chars.join('');
  if (hint.foreign) return null;
  if (typeof hint.surname === 'number') return hint.surname > 0 && hint.surname < chars.length ? chars.slice(0, hint.surname).join('') : null;
  if (hint.surname && name.startsWith(hint.surname) && hint.surname.length < name.length) return hint.surname;
  return surnameCandidates(name).find((c) => lookup(c).some((e) => surnameOf(e))) ?? null;
}

/** Describe a person's name; `pinyin` is its reading in context (space-separated syllables). */
export function describeName(name: string, lookup: (w: string) => Definition[], pinyin?: string, hint: NameHint = {}): NameInfo {
  const chars = [...name];
  const surname = findSurname(chars, lookup, hint);
  if (!surname) return { surname: null, surnameReading: null, surnameSense: null, reading: null };
  const n = [...surname].length;
  const syllables = pinyin ? pinyin.trim().split(/\s+/) : [];
  const fits = syllables.length === chars.length;
  const entry = surnameEntry(surname, lookup, fits ? syllables.slice(0, n).join(' ').toLowerCase() : '');
  const surnameSyllables = entry ? entry.pinyin.split(' ') : fits ? syllables.slice(0, n) : [];
  const surnameReading = surnameSyllables.length ? capitalise(joinSyllables(surnameSyllables)) : null;
  const given = fits ? syllables.slice(n) : [];
  return {
    surname,
    surnameReading,
    surnameSense: entry ? surnameSense(entry) : null,
    reading: surnameReading && given.length ? `${surnameReading} ${capitalise(joinSyllables(given))}` : null,
  };
}
