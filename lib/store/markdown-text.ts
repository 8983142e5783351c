/**
 * Text that Markdown shows literally. Notes, titles and quotes come from the reader,
 * the page or an imported file; a Markdown viewer must show them as written, never
 * run them as HTML (`<script>`, `<img onerror>`) or make links (`[x](javascript:…)`,
 * `<javascript:…>`, bare `https://…` or `www.` autolinks).
 * @module lib/store/markdown-text
 */

/**
 * ASCII punctuation escaped wherever it stands (CommonMark lets a backslash escape any
 * ASCII punctuation). Why these: `<` `>` `&` open HTML, tags and entities; `[` `]` `!`
 * links and images; `` ` `` `*` `_` `~` `|` `\` code, emphasis, tables and escapes
 * themselves; `:` and `@` the schemes and e-mail addresses GFM turns into links.
 * Chinese punctuation (，。：“”) is never touched.
 */
const INLINE = /[\\`*_[\]{}<>&!|~#:@]/g;

/** Line starts that would open a block: list items, headings' setext underlines, ordered lists (12. / 12)). */
const BLOCK_START = /^(\s*)([-+=]|\d+[.)])/;

/** `text` escaped so that Markdown renders it as the same characters (line breaks kept). */
export function markdownText(text: string): string {
  return text
    .split('\n')
    .map((line) => line
      .replace(INLINE, (c) => `\\${c}`)
      // A bare www. address is autolinked by GFM: break the pattern.
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
      .replace(BLOCK_START, (_m, space: string, mark: string) => `${space}${mark.replace(/[-+=.)]$/, (c) => `\\${c}`)}`))
    .join('\n');
}

/** One line of inline text (a title, a source): white space runs, line breaks included, become one space. */
export function markdownLine(text: string): string {
  return markdownText(text.replace(/\s+/g, ' ').trim());
}
