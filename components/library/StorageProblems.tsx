import { useT } from '../i18n';

type StorageProblemsProps = { problems: string[]; error: string | null };

/** Stored records that could not be read (kept untouched in storage) and failed reads or writes. */
export function StorageProblems({ problems, error }: StorageProblemsProps) {
  const t = useT();
  if (!problems.length && !error) return null;
  return (
    <section class="notice notice-error" data-storage-problems={problems.length} role="alert">
      {error ? <p class="notice-line">{error}</p> : null}
      {problems.length ? (
        <details>
          <summary>
            {t('storage.problems', { count: problems.length })}
          </summary>
          <ul class="problems">{problems.slice(0, 50).map((p) => <li key={p}>{p}</li>)}</ul>
        </details>
      ) : null}
    </section>
  );
}
