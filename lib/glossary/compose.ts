/**
 * Glosses composed from the term base for the regular names of local Party and
 * government bodies (河南省委 → the CPC Henan Provincial Committee), which follow
 * fixed Xinhua patterns; anything else stays unglossed.
 * @module lib/glossary/compose
 */
import type { TermBase } from './term-base';

/** Body suffixes after a province or city name, with the English pattern ({P} = the place). */
const BODIES: [RegExp, string, string][] = [
  [/^省委$/, 'the CPC {P} Provincial Committee', 'Province'],
  [/^省政府$/, 'the {P} Provincial Government', 'Province'],
  [/^省人大常委会$/, 'the Standing Committee of the {P} Provincial People\'s Congress', 'Province'],
  [/^省政协$/, 'the {P} Provincial Committee of the CPPCC', 'Province'],
  [/^省发展改革委$/, 'the {P} Provincial Development and Reform Commission', 'Province'],
  [/^市委$/, 'the CPC {P} Municipal Committee', ''],
  [/^市政府$/, 'the {P} Municipal Government', ''],
];
/** Source note for composed glosses. */
export const COMPOSED_SOURCE = 'Composed from the term base after Xinhua\'s pattern for local Party and government bodies';

/** A composed gloss for <place><body> (河南省委, 北京市政府), or null. */
export function composeGloss(term: string, base: TermBase): string | null {
  for (let n = Math.min(4, term.length - 1); n >= 2; n--) {
    const place = base.byTerm.get(term.slice(0, n));
    if (!place || place.kind !== 'place') continue;
    const rest = term.slice(n);
    for (const [re, pattern, drop] of BODIES) {
      if (!re.test(rest)) continue;
      const name = drop ? place.en.replace(new RegExp(`\\s*${drop}$`), '') : place.en;
      if (/\s/.test(name) && drop === '') return null; // "Hong Kong SAR" and the like: no municipal body.
      return pattern.replace('{P}', name);
    }
  }
  return null;
}
