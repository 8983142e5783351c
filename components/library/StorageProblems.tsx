type StorageProblemsProps = { problems: string[]; error: string | null };

/** Stored records that could not be read (kept untouched in storage) and failed reads or writes. */
export function StorageProblems({ problems, error }: StorageProblemsProps) {
  if (!problems.length && !error) return null;
  return (
    <section class="notice notice-error" data-storage-problems={problems.length} role="alert">
      {error ? <p class="notice-line">{error}</p> : null}
      {problems.length ? (
        <details>
          <summary>
            {problems.length} 条存储记录无法读取，已原样保留，不在列表和导出中 {problems.length} stored record(s) could not be
            read; they are kept as they are but not listed or exported
          </summary>
          <ul class="problems">{problems.slice(0, 50).map((p) => <li key={p}>{p}</li>)}</ul>
        </details>
      ) : null}
    </section>
  );
}
