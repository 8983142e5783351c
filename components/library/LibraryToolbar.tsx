import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/store/types';
import { COLOR_NAMES } from '../ColorChoices';

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
  return (
    <div class="toolbar">
      <label class="search">
        <span class="visually-hidden">搜索 Search</span>
        <input
          type="search"
          data-action="search"
          placeholder="搜索摘录、笔记、标题 Search quotes, notes, titles"
          value={query}
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="filters" role="group" aria-label="按颜色筛选 Filter by colour">
        <span class="io-label">颜色 Colour</span>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            key={c}
            class={`chip chip-${c}`}
            data-action={`filter-${c}`}
            aria-pressed={colors.includes(c)}
            title={COLOR_NAMES[c]}
            onClick={() => onToggleColor(c)}
          >
            <span class="chip-dot" />
            {COLOR_NAMES[c].split(' ')[0]} <span class="chip-count">{perColor[c] ?? 0}</span>
          </button>
        ))}
      </div>
      <div class="io" role="group" aria-label="导出与导入 Export and import">
        <span class="io-label">导出 Export</span>
        <button type="button" data-action="export-markdown" onClick={() => onExport('markdown')}>Markdown</button>
        <button type="button" data-action="export-json" onClick={() => onExport('json')}>JSON</button>
        <button type="button" data-action="export-anki" onClick={() => onExport('anki')}>Anki TSV</button>
        <label class={`button import${busy ? ' disabled' : ''}`}>
          导入 Import JSON
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            data-action="import-json"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = ''; // choosing the same file again must fire change again
              if (file) onImport(file);
            }}
          />
        </label>
      </div>
    </div>
  );
}
