import type { HighlightColor } from '../lib/store/types';

export interface HighlightRow {
  id: string;
  quote: string;
  note: string;
  color: HighlightColor;
  /** Orphans only: the text around the quote when it was saved. */
  context?: string;
  /** Highlights made on another page of the article: that page, and a link to it. */
  page?: number;
  href?: string;
}

type HighlightsListProps = {
  placed: HighlightRow[];
  orphans: HighlightRow[];
  /** On other pages of this article (not orphans: they are simply not on this page). */
  elsewhere: HighlightRow[];
  /** True while the reader has text selected, so an orphan can be re-attached to it. */
  canReattach: boolean;
  onJump: (id: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onReattach: (id: string) => void;
};

/** The article's highlights in reading order, then the ones that could not be placed again. */
export function HighlightsList({ placed, orphans, elsewhere, canReattach, onJump, onEdit, onDelete, onReattach }: HighlightsListProps) {
  return (
    <div class="highlights">
      <ol class="hl-list">
        {placed.map((h) => (
          <li key={h.id} class={`hl-item hl-${h.color}`} data-rr-id={h.id}>
            <button type="button" class="hl-quote" data-action="jump-highlight" onClick={() => onJump(h.id)} lang="zh-CN">{h.quote}</button>
            {h.note ? <p class="hl-note">{h.note}</p> : null}
            <button type="button" class="link-button" data-action="edit-highlight" onClick={() => onEdit(h.id)}>编辑 Edit</button>
          </li>
        ))}
      </ol>
      {elsewhere.length ? (
        <div class="elsewhere">
          <h3 class="minor-head">本文其他页 On other pages of this article ({elsewhere.length})</h3>
          <ol class="hl-list">
            {elsewhere.map((h) => (
              <li key={h.id} class={`hl-item hl-${h.color}`} data-rr-id={h.id}>
                <a class="hl-quote" href={h.href} data-action="open-page" lang="zh-CN">{h.quote}</a>
                <p class="hl-context">第{h.page}页 page {h.page}</p>
                {h.note ? <p class="hl-note">{h.note}</p> : null}
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
              <li key={h.id} class={`hl-item orphan hl-${h.color}`} data-rr-id={h.id}>
                <p class="hl-quote-static" lang="zh-CN">{h.quote}</p>
                {h.context ? <p class="hl-context">{h.context}</p> : null}
                {h.note ? <p class="hl-note">{h.note}</p> : null}
                <button type="button" class="link-button" data-action="reattach" disabled={!canReattach} onClick={() => onReattach(h.id)}>重新附上 Re-attach</button>
                <button type="button" class="link-button" data-action="delete-orphan" onClick={() => onDelete(h.id)}>删除 Delete</button>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
