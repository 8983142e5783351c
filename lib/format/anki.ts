/**
 * Anki's text import format (Anki 2.1.55+): file headers that tell Anki the
 * separator, that fields are HTML, the column names and which column holds the
 * tags, so a file imports without a mapping dialog. Every export for Anki uses
 * these same header lines.
 * @see https://docs.ankiweb.net/importing/text-files.html#file-headers
 * @module lib/format/anki
 */

/** The header lines for tab-separated HTML fields with `columns`; the last column is the tags. */
export function ankiHeader(columns: readonly string[]): string[] {
  return ['#separator:tab', '#html:true', `#columns:${columns.join('\t')}`, `#tags column:${columns.length}`];
}

/** One field: HTML-escaped, and kept on one TSV line (tabs → spaces, line breaks → <br>). */
export function ankiField(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\t/g, ' ').replace(/\r?\n|\r/g, '<br>');
}
