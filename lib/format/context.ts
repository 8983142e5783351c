/**
 * Short context snippets around a span of article text.
 * @module lib/format/context
 */

/** Characters of a run that must not be cut: digits with their separators, Latin letters (2023年, 23.5%, 5G, GDP). */
const UNCUT = /[0-9A-Za-z０-９.,%]/;
/** How far a cut may move outward to take a run whole (characters); a longer run is left out instead. */
const EXTEND = 6;

const uncut = (ch: string | undefined) => ch !== undefined && UNCUT.test(ch);

/**
 * About `radius` characters either side of [start, end), cut at paragraph breaks, with … where cut.
 * A cut never falls inside a number or a Latin word: the snippet takes the run whole when it ends
 * within EXTEND characters, else leaves it out, so it never shows a year or a figure that is not
 * there ("…023年", "…9年下降").
 */
export function contextOf(text: string, start: number, end: number, radius = 14): string {
  let from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - radius);
  const nl = text.indexOf('\n', end);
  let to = Math.min(nl === -1 ? text.length : nl, end + radius);
  if (from < start && uncut(text[from - 1]) && uncut(text[from])) {
    let out = from;
    while (uncut(text[out - 1]) && from - out < EXTEND) out--;
    if (uncut(text[out - 1])) while (from < start && uncut(text[from])) from++;
    else from = out;
  }
  if (to > end && uncut(text[to - 1]) && uncut(text[to])) {
    let out = to;
    while (uncut(text[out]) && out - to < EXTEND) out++;
    if (uncut(text[out])) while (to > end && uncut(text[to - 1])) to--;
    else to = out;
  }
  const lead = from > 0 && text[from - 1] !== '\n' ? '…' : '';
  const tail = to < text.length && text[to] !== '\n' ? '…' : '';
  return `${lead}${text.slice(from, to)}${tail}`;
}
