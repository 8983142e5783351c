import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/store/types';
import { ImportButton } from './ImportButton';
import { useT } from '../i18n';
import { SearchBox } from './SearchBox';

type LibraryToolbarProps = {
  query: string;
  colors: readonly HighlightColor[];
  /** Live highlights per colour, shown on the filter chips. */
  perColor: Record<HighlightColor, number>;
  busy: boolean;
  onQuery: (query: string) => void;
  onToggleColor: (color: HighlightColor) => void;
  onExport: (kind: 'json' | 'markdown' | 'anki') => void;
  onImport: (file: File) => void;
};

/** Search box, colour filters, export buttons and the JSON import (a file input inside a button-like label). */
export function LibraryToolbar({ query, colors, perColor, busy, onQuery, onToggleColor, onExport, onImport }: LibraryToolbarProps) {
  const t = useT();
  return (
    <div class="toolbar">
      <SearchBox action="search" placeholder={t('library.searchPlaceholder')} query={query} onQuery={onQuery} />
      <div class="filters" role="group" aria-label={t('library.filter')}>
        <span class="io-label" aria-hidden="true">{t('library.colour')}</span>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            key={c}
            class={`chip chip-${c}`}
            data-action={`filter-${c}`}
            aria-pressed={colors.includes(c)}
            title={t(`color.${c}`)}
            onClick={() => onToggleColor(c)}
          >
            <span class="chip-dot" />
            {t(`color.${c}`)} <span class="chip-count">{perColor[c] ?? 0}</span>
          </button>
        ))}
      </div>
      <div class="io" role="group" aria-label={t('library.exportGroup')}>
        <span class="io-label" aria-hidden="true">{t('library.export')}</span>
        <button type="button" data-action="export-markdown" onClick={() => onExport('markdown')}>Markdown</button>
        <button type="button" data-action="export-json" onClick={() => onExport('json')}>JSON</button>
        <button type="button" data-action="export-anki" onClick={() => onExport('anki')}>Anki TSV</button>
        <ImportButton busy={busy} onImport={onImport} />
      </div>
    </div>
  );
}
