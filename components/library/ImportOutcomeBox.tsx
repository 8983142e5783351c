import type { ImportOutcome } from '../../entrypoints/library/state';

type ImportOutcomeBoxProps = { outcome: ImportOutcome; onClose: () => void };

/** What an import did (added / updated / unchanged per kind), or why nothing was imported. */
export function ImportOutcomeBox({ outcome, onClose }: ImportOutcomeBoxProps) {
  if (!outcome.ok) {
    return (
      <section class="notice notice-error" data-import-result="error" role="alert">
        {outcome.partial ? (
          <h2 data-import-partial={outcome.partial.written}>
            导入中断：{outcome.partial.total} 项中已写入 {outcome.partial.written} 项，无法撤回；再次导入同一文件即可完成（按记录合并，较新者为准）
            Import stopped: {outcome.partial.written} of {outcome.partial.total} records were written and could not be taken back; import the same file again to complete it (records merge, the newer wins)
          </h2>
        ) : (
          <h2>导入失败，未导入任何内容 Import failed — nothing was imported</h2>
        )}
        <p>{outcome.fileName}: {outcome.message}</p>
        {outcome.problems.length ? (
          <ul class="problems" data-import-problems>
            {outcome.problems.slice(0, 50).map((p) => <li key={p}>{p}</li>)}
            {outcome.problems.length > 50 ? <li>… {outcome.problems.length - 50} more</li> : null}
          </ul>
        ) : null}
        <button type="button" class="small" data-action="close-import" onClick={onClose}>关闭 Close</button>
      </section>
    );
  }
  const { report: r, written } = outcome;
  const row = (label: string, c: { added: number; updated: number; unchanged: number }, kind: string) => (
    <tr data-kind={kind} data-added={c.added} data-updated={c.updated} data-unchanged={c.unchanged}>
      <th scope="row">{label}</th><td>{c.added}</td><td>{c.updated}</td><td>{c.unchanged}</td>
    </tr>
  );
  return (
    <section class="notice notice-ok" data-import-result="ok" data-written={written} role="status">
      <h2>已导入 Imported {outcome.fileName}</h2>
      <table class="report">
        <thead><tr><th /><th>新增 added</th><th>更新 updated</th><th>未变 unchanged</th></tr></thead>
        <tbody>
          {row('标注 Highlights', r.highlights, 'highlights')}
          {row('文章 Articles', r.articles, 'articles')}
          {row('读音更正 Readings', r.corrections, 'corrections')}
        </tbody>
      </table>
      <p class="hint">
        标注计数含已删除的记录 Highlight counts include deleted ones (kept so they stay deleted).{' '}
        {r.highlights.deleted ? `其中 ${r.highlights.deleted} 条因文件中已删除而删除 ${r.highlights.deleted} deleted here because the file deletes them. ` : ''}
        {r.settings === 'imported' ? '设置已导入 Settings imported. ' : r.settings === 'kept' ? '保留了你的设置 Your settings were kept. ' : ''}
        {written ? `写入 ${written} 项 ${written} records written.` : '没有变化 Nothing changed.'}
        {r.fromVersion !== undefined ? ` 文件版本 File schema v${r.fromVersion}.` : ''}
      </p>
      <button type="button" class="small" data-action="close-import" onClick={onClose}>关闭 Close</button>
    </section>
  );
}
