import type { ComponentChildren } from 'preact';
import type { HighlightRow } from '../lib/ext/panel-protocol';
import { useT } from './i18n';

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
  const t = useT();
  if (row.save.state === 'saved') return null;
  if (row.save.state === 'saving') return <p class="hl-saving">{t('highlights.saving')}</p>;
  return (
    <div class="hl-failed" role="alert">
      <p class="hl-failed-text">
        {t(row.deleting ? 'highlights.deletionNotSaved' : 'highlights.notSaved', { error: row.save.error })}
      </p>
      <button type="button" class="link-button" data-action="retry-save" onClick={onRetry}>{t('highlights.retry')}</button>
      <button type="button" class="link-button" data-action="discard-change" onClick={onDiscard}>
        {t(row.deleting ? 'highlights.keep' : 'action.discard')}
      </button>
    </div>
  );
}

/** The article's highlights in reading order, then those on other pages, then those that could not be placed again. */
export function HighlightsList(props: HighlightsListProps) {
  const { rows, canReattach, editingId, editor, onJump, onEdit, onDelete, onReattach, onRetry, onDiscard } = props;
  const t = useT();
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
                <button type="button" class="link-button" data-action="edit-highlight" onClick={() => onEdit(h.id)}>{t('highlights.edit')}</button>
              </>
            )}
            {problem(h)}
          </li>
        ))}
      </ol>
      {elsewhere.length ? (
        <div class="elsewhere">
          <h3 class="minor-head">{t('highlights.elsewhere', { count: elsewhere.length })}</h3>
          <ol class="hl-list">
            {elsewhere.map((h) => (
              <li key={h.id} class={`hl-item hl-${h.color}`} data-rr-id={h.id} data-rr-save={h.save.state}>
                <a class="hl-quote" href={h.href} target="_top" data-action="open-page" lang="zh-CN">{h.quote}</a>
                <p class="hl-context">{t('highlights.page', { page: h.page ?? '' })}</p>
                {h.note ? <p class="hl-note">{h.note}</p> : null}
                {problem(h)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {orphans.length ? (
        <div class="orphans" data-rr-orphans="">
          <h3 class="minor-head">{t('highlights.orphans', { count: orphans.length })}</h3>
          <p class="hint">{t('highlights.orphansHint')}</p>
          <ol class="hl-list">
            {orphans.map((h) => (
              <li key={h.id} class={`hl-item orphan hl-${h.color}`} data-rr-id={h.id} data-rr-save={h.save.state}>
                <p class="hl-quote-static" lang="zh-CN">{h.quote}</p>
                {h.context ? <p class="hl-context" lang="zh-CN">{h.context}</p> : null}
                {editingId === h.id ? editor : h.note ? <p class="hl-note">{h.note}</p> : null}
                <button type="button" class="link-button" data-action="reattach" disabled={!canReattach} onClick={() => onReattach(h.id)}>{t('highlights.reattach')}</button>
                <button type="button" class="link-button" data-action="edit-highlight" onClick={() => onEdit(h.id)}>{t('highlights.edit')}</button>
                <button type="button" class="link-button" data-action="delete-orphan" onClick={() => onDelete(h.id)}>{t('action.delete')}</button>
                {problem(h)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
