/**
 * The library's search field (highlights and word list alike): a labelled
 * search input that reports every keystroke.
 * @module components/library/SearchBox
 */
import { useT } from '../i18n';

type SearchBoxProps = {
  /** The data-action of the input (outside checks find it by this). */
  action: string;
  placeholder: string;
  query: string;
  onQuery: (query: string) => void;
};

export function SearchBox({ action, placeholder, query, onQuery }: SearchBoxProps) {
  const t = useT();
  return (
    <label class="search">
      <span class="visually-hidden">{t('library.search')}</span>
      <input
        type="search"
        data-action={action}
        placeholder={placeholder}
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}
