import type { HighlightColor } from '../lib/store/types';
import { MAX_NOTE_LENGTH } from '../lib/store/limits';
import { ColorChoices } from './ColorChoices';

type HighlightEditorProps = {
  quote: string;
  /** The note as the reader is writing it (held outside, so it survives any re-render). */
  draft: string;
  color: HighlightColor;
  onDraft: (draft: string) => void;
  onSave: () => void;
  onColor: (color: HighlightColor) => void;
  onDelete: () => void;
  onClose: () => void;
};

/** Edit one highlight in the panel: its note and colour, or delete it. */
export function HighlightEditor({ quote, draft, color, onDraft, onSave, onColor, onDelete, onClose }: HighlightEditorProps) {
  return (
    <div class="editor" role="group" aria-label="编辑标注 Edit highlight" data-rr-editor="">
      <p class="editor-quote" lang="zh-CN">{quote.length > 80 ? `${quote.slice(0, 80)}…` : quote}</p>
      <ColorChoices current={color} action="set-color" onChoose={onColor} />
      <textarea
        class="note-input"
        data-action="note-input"
        aria-label="笔记 Note"
        placeholder="写下笔记… Write a note…"
        value={draft}
        maxLength={MAX_NOTE_LENGTH}
        onInput={(e) => onDraft((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave();
        }}
        ref={(el) => {
          if (el && !el.dataset.focused) {
            el.dataset.focused = '1';
            el.focus();
          }
        }}
      />
      <div class="editor-actions">
        <button type="button" class="primary" data-action="save-note" onClick={onSave}>保存 Save</button>
        <button type="button" data-action="delete-highlight" onClick={onDelete}>删除 Delete</button>
        <button type="button" data-action="close-editor" onClick={onClose}>关闭 Close</button>
      </div>
    </div>
  );
}

type OrphanedDraftProps = {
  quote: string;
  draft: string;
  onDraft: (draft: string) => void;
  onSaveAsNew: () => void;
  onDiscard: () => void;
};

/** The highlight was deleted elsewhere while its note was being written: the draft stays, and can become a new highlight. */
export function OrphanedDraft({ quote, draft, onDraft, onSaveAsNew, onDiscard }: OrphanedDraftProps) {
  return (
    <div class="editor orphaned" role="group" aria-label="未保存的笔记 Unsaved note" data-rr-editor="orphaned">
      <p class="notice-text" role="alert">此标注已被删除（可能在另一个标签页）。你的笔记还在。This highlight was deleted (perhaps in another tab); your note is kept.</p>
      <p class="editor-quote" lang="zh-CN">{quote.length > 80 ? `${quote.slice(0, 80)}…` : quote}</p>
      <textarea class="note-input" data-action="note-input" aria-label="笔记 Note" value={draft} onInput={(e) => onDraft((e.target as HTMLTextAreaElement).value)} />
      <div class="editor-actions">
        <button type="button" class="primary" data-action="save-as-new" onClick={onSaveAsNew}>存为新标注 Save as a new highlight</button>
        <button type="button" data-action="discard-draft" onClick={onDiscard}>放弃 Discard</button>
      </div>
    </div>
  );
}
