import type { ComponentChildren } from 'preact';
import type { HighlightRow } from '../lib/ext/panel-protocol';

type HighlightsListProps = {
  rows: HighlightRow[];
  /** True while the reader has text selected, so an orphan can be re-attached to it. */
  canReattach: boolean;
  /** The id whose editor is open, and the editor to draw in its place. */
  editingId: string | null;
  editor: ComponentChildren;
  onJump: (id: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onReattach: (id: string) => void;
  onRetry: (id: string) => void;
  onDiscard: (id: string) => void;
};

/** "Not saved" with its reason, and the two ways out: try again or drop the change. */
function SaveProblem({ row, onRetry, onDiscard }: { row: HighlightRow; onRetry: () => void; onDiscard: () => void }) {
  if (row.save.state === 'saved') return null;
  if (row.save.state === 'saving') return <p class="hl-saving">保存中… Saving…</p>;
  return (
    <div class="hl-failed" role="alert">
      <p class="hl-failed-text">
        {row.deleting ? '删除未能保存 Deletion not saved' : '未能保存 Not saved'}: {row.save.error}
      </p>
      <button type="button" class="link-button" data-action="retry-save" onClick={onRetry}>重试 Retry</button>
      <button type="button" class="link-button" data-action="discard-change" onClick={onDiscard}>
        {row.deleting ? '取消删除 Keep it' : '放弃 Discard'}
      </button>
    </div>
  );
}

/** The article's highlights in reading order, then those on other pages, then those that could not be placed again. */
export function HighlightsList(props: HighlightsListProps) {
  const { rows, canReattach, editingId, editor, onJump, onEdit, onDelete, onReattach, onRetry, onDiscard } = props;
  const placed = rows.filter((r) => r.status === 'placed');
  const elsewhere = rows.filter((r) => r.status === 'elsewhere');
  const orphans = rows.filter((r) => r.status === 'orphan');
  const problem = (r: HighlightRow) => <SaveProblem row={r} onRetry={() => onRetry(r.id)} onDiscard={() => onDiscard(r.id)} />;
  return (
    <div class="highlights">
      <ol class="hl-list">
        {placed.map((h) => (
          <li key={h.id} class={`hl-item hl-${h.color}${h.deleting ? ' deleting' : ''}`} data-rr-id={h.id} data-rr-save={h.save.state}>
            <button type="button" class="hl-quote" data-action="jump-highlight" onClick={() => onJump(h.id)} lang="zh-CN">{h.quote}</button>
            {editingId === h.id ? editor : (
              <>
                {h.note ? <p class="hl-note">{h.note}</p> : null}
                <button type="button" class="link-button" data-action="edit-highlight" onClick={() => onEdit(h.id)}>编辑 Edit</button>
              </>
            )}
            {problem(h)}
          </li>
        ))}
      </ol>
      {elsewhere.length ? (
        <div class="elsewhere">
          <h3 class="minor-head">本文其他页 On other pages of this article ({elsewhere.length})</h3>
          <ol class="hl-list">
            {elsewhere.map((h) => (
              <li key={h.id} class={`hl-item hl-${h.color}`} data-rr-id={h.id} data-rr-save={h.save.state}>
                <a class="hl-quote" href={h.href} target="_top" data-action="open-page" lang="zh-CN">{h.quote}</a>
                <p class="hl-context">第{h.page}页 page {h.page}</p>
                {h.note ? <p class="hl-note">{h.note}</p> : null}
                {problem(h)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {orphans.length ? (
        <div class="orphans" data-rr-orphans="">
          <h3 class="minor-head">无法定位 Could not be placed ({orphans.length})</h3>
          <p class="hint">文章已改动，这些标注找不到原文。选中新位置后点“重新附上”，或删除。The article changed; select the new place and re-attach, or delete.</p>
          <ol class="hl-list">
            {orphans.map((h) => (
              <li key={h.id} class={`hl-item orphan hl-${h.color}`} data-rr-id={h.id} data-rr-save={h.save.state}>
                <p class="hl-quote-static" lang="zh-CN">{h.quote}</p>
                {h.context ? <p class="hl-context">{h.context}</p> : null}
                {editingId === h.id ? editor : h.note ? <p class="hl-note">{h.note}</p> : null}
                <button type="button" class="link-button" data-action="reattach" disabled={!canReattach} onClick={() => onReattach(h.id)}>重新附上 Re-attach</button>
                <button type="button" class="link-button" data-action="edit-highlight" onClick={() => onEdit(h.id)}>编辑 Edit</button>
                <button type="button" class="link-button" data-action="delete-orphan" onClick={() => onDelete(h.id)}>删除 Delete</button>
                {problem(h)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
