/**
 * The definition a saved word keeps, as one line of text (for the word list and
 * its Anki cards), made from what the popup showed: every entry's senses and
 * measure words; else what the word is (a date, a figure, a name) or its parts.
 * @module lib/words/definition-text
 */
import type { Definition } from '../text/definitions';
import type { SegmentDescription } from '../text/describe-segment';

/** One entry's senses joined, with its measure words (CL: 个 gè) as CC-CEDICT gives them. */
export function entryText(entry: Definition): string {
  const senses = entry.defs.join('; ');
  const cl = entry.measureWords?.map((m) => `${m.simplified} ${m.pinyin}`.trim()).join(', ');
  return cl ? `${senses}; CL: ${cl}` : senses;
}

/**
 * The definition line of a described segment ('' when there is nothing to say). With the
 * `reading` the word had where it was read, only the entries of that reading are kept (扛 read
 * káng keeps káng, not the two gāng entries); all of them when none has it.
 */
export function definitionText(d: SegmentDescription, reading?: string): string {
  const out: string[] = [];
  if (d.date) out.push(d.date.gloss);
  if (d.figure) out.push(d.figure.gloss);
  if (d.person?.surnameSense) out.push(`${d.person.surnameSense}${d.person.reading ? ` (${d.person.reading})` : ''}`);
  const read = reading?.toLowerCase();
  const ofReading = read ? d.entries.filter((e) => e.pinyin.toLowerCase() === read) : [];
  const entries = ofReading.length ? ofReading : d.entries;
  const several = entries.length > 1;
  for (const e of entries) out.push(several ? `${e.pinyin}: ${entryText(e)}` : entryText(e));
  if (!d.entries.length && d.parts.some((p) => p.entries.length)) {
    out.push(d.parts.map((p) => (p.entries.length ? `${p.text} ${p.entries[0].defs.slice(0, 2).join('; ')}` : p.text)).join(' + '));
  }
  return out.join(' | ');
}
