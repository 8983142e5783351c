import { useT } from '../i18n';

export type LibraryTab = 'highlights' | 'words';

type LibraryTabsProps = {
  tab: LibraryTab;
  /** Live highlights and words (null while loading). */
  counts: { highlights: number; words: number } | null;
  onTab: (tab: LibraryTab) => void;
};

/** The two lists of the library: highlights, and the word list next to them. */
export function LibraryTabs({ tab, counts, onTab }: LibraryTabsProps) {
  const t = useT();
  const item = (name: LibraryTab, label: string, count: number | undefined) => (
    <button type="button" role="tab" class="tab-button" data-action={`show-${name}`} aria-selected={tab === name} onClick={() => onTab(name)}>
      {label}{count !== undefined ? <span class="chip-count"> {count}</span> : null}
    </button>
  );
  return (
    <div class="tabs" role="tablist" aria-label={t('library.lists')}>
      {item('highlights', t('library.highlightsTab'), counts?.highlights)}
      {item('words', t('library.wordsTab'), counts?.words)}
    </div>
  );
}
