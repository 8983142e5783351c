import { useState } from 'preact/hooks';
import type { HighlightColor } from '../lib/store/types';
import { ColorChoices } from './ColorChoices';

type HighlightEditorProps = {
  x: number;
  y: number;
  quote: string;
  note: string;
  color: HighlightColor;
  onSave: (patch: { note?: string; color?: HighlightColor }) => void;
  onDelete: () => void;
  onClose: () => void;
};

/** Edit one highlight: its note and colour, or delete it. The draft note is the only local state. */
export function HighlightEditor({ x, y, quote, note, color, onSave, onDelete, onClose }: HighlightEditorProps) {
  const [draft, setDraft] = useState(note);
  return (
    <div
      class="editor-pop"
      role="dialog"
      aria-label="编辑标注 Edit highlight"
      style={{ left: `${x}px`, top: `${y}px` }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p class="editor-quote" lang="zh-CN">{quote.length > 80 ? `${quote.slice(0, 80)}…` : quote}</p>
      <ColorChoices current={color} action="set-color" onChoose={(c) => onSave({ color: c })} />
      <textarea
        class="note-input"
        data-action="note-input"
        aria-label="笔记 Note"
        placeholder="写下笔记… Write a note…"
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
        ref={(el) => el?.focus()}
      />
      <div class="editor-actions">
        <button type="button" class="primary" data-action="save-note" onClick={() => onSave({ note: draft })}>保存 Save</button>
        <button type="button" data-action="delete-highlight" onClick={onDelete}>删除 Delete</button>
        <button type="button" data-action="close-editor" onClick={onClose}>关闭 Close</button>
      </div>
    </div>
  );
}
