import { useT } from '../i18n';

type ImportButtonProps = {
  busy: boolean;
  onImport: (file: File) => void;
};

/** The JSON import: a file input inside a button-like label (it merges highlights, readings and words). */
export function ImportButton({ busy, onImport }: ImportButtonProps) {
  const t = useT();
  return (
    <label class={`button import${busy ? ' disabled' : ''}`}>
      {t('library.import')}
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
  );
}
