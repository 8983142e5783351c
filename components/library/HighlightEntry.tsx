import type { Highlight } from '../../lib/store/types';
import { COLOR_NAMES } from '../ColorChoices';
import type { TextPiece } from '../../lib/library/view';

type HighlightEntryProps = {
  highlight: Highlight;
  /** The article URL with `#rr-hl=<id>`, or null when the article's URL is unknown. */
  link: string | null;
  /** Splits text into pieces, marking search matches. */
  mark: (text: string) => TextPiece[];
};

/** Text with the search matches wrapped in <mark>. */
function Marked({ pieces }: { pieces: TextPiece[] }) {
  return <>{pieces.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/** One saved highlight: the quote in its colour, the note, and a link that opens the article at it. */
export function HighlightEntry({ highlight: h, link, mark }: HighlightEntryProps) {
  return (
    <li class={`entry entry-${h.color}`} data-highlight-id={h.id} data-color={h.color}>
      <blockquote class="entry-quote">
        <span class="entry-swatch" title={COLOR_NAMES[h.color]} aria-label={COLOR_NAMES[h.color]} />
        <Marked pieces={mark(h.selectors.quote.exact)} />
      </blockquote>
      {h.note.trim() ? (
        <p class="entry-note">
          <span class="entry-note-label">笔记 Note</span>
          <Marked pieces={mark(h.note)} />
        </p>
      ) : null}
      <p class="entry-foot">
        <span>标注于 Saved <time dateTime={h.createdAt}>{h.createdAt.slice(0, 10)}</time></span>
        {link ? (
          <a class="entry-open" href={link} target="_blank" rel="noopener" data-action="open-highlight">
            在文中打开 Open in article ↗
          </a>
        ) : null}
      </p>
    </li>
  );
}
