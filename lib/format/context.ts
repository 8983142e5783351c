/**
 * Short context snippets around a span of article text.
 * @module lib/format/context
 */

/** About `radius` characters either side of [start, end), cut at paragraph breaks, with … where cut. */
export function contextOf(text: string, start: number, end: number, radius = 14): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - radius);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl === -1 ? text.length : nl, end + radius);
  const lead = from > 0 && text[from - 1] !== '\n' ? '…' : '';
  const tail = to < text.length && text[to] !== '\n' ? '…' : '';
  return `${lead}${text.slice(from, to)}${tail}`;
}
