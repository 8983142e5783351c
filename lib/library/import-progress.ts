/**
 * What a running import tells the reader: its phase and how far it is. Pure, so
 * the wording is tested in Node.
 * @module lib/library/import-progress
 */

/** reading: what is stored now; checking: the file (parse, validate, merge); writing: the records that change. */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing';
  /** Records done in this phase, of `total` (0 when the phase cannot count). */
  done: number;
  total: number;
}

/** The catalogue key and values of the line a running import shows (lib/i18n, library section). */
export function importProgressMessage({ phase, done, total }: ImportProgress): { key: `import.${ImportProgress['phase']}` | `import.${ImportProgress['phase']}.count`; params: { done: number; total: number } } {
  return { key: total ? `import.${phase}.count` : `import.${phase}`, params: { done, total } };
}
