import type { Highlight } from '../../lib/store/types';
import type { TextPiece } from '../../lib/library/view';
import { formatPublished } from '../../lib/format/date';
import { useT } from '../i18n';
import { Marked } from './Marked';

type HighlightEntryProps = {
  highlight: Highlight;
  /** The article URL with `#rr-hl=<id>`, or null when the article's URL is unknown. */
  link: string | null;
  /** Splits text into pieces, marking search matches. */
  mark: (text: string) => TextPiece[];
};

/** Text with the search matches wrapped in <mark>. */
/** One saved highlight: the quote in its colour, the note, and a link that opens the article at it. */
export function HighlightEntry({ highlight: h, link, mark }: HighlightEntryProps) {
  const t = useT();
  return (
    <li class={`entry entry-${h.color}`} data-highlight-id={h.id} data-color={h.color}>
      <blockquote class="entry-quote">
        <span class="entry-swatch" title={t(`color.${h.color}`)} aria-label={t(`color.${h.color}`)} />
        <span lang="zh-CN"><Marked pieces={mark(h.selectors.quote.exact)} /></span>
      </blockquote>
      {h.note.trim() ? (
        <p class="entry-note">
          <span class="entry-note-label">{t('library.note')}</span>
          <Marked pieces={mark(h.note)} />
        </p>
      ) : null}
      <p class="entry-foot">
        <time dateTime={h.createdAt}>{t('library.saved', { date: formatPublished(h.createdAt.slice(0, 10), t.locale) ?? h.createdAt })}</time>
        {link ? (
          <a class="entry-open" href={link} target="_blank" rel="noopener" data-action="open-highlight">
            {t('library.open')} <span aria-hidden="true">↗</span>
          </a>
        ) : null}
      </p>
    </li>
  );
}
