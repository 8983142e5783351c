import type { HighlightColor } from '../lib/store/types';
import { MAX_NOTE_LENGTH } from '../lib/store/limits';
import { ColorChoices } from './ColorChoices';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from './i18n';

/** The quote as the editor shows it: its first 80 characters. */
const shortQuote = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 80)}…` : quote);

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
  const t = useT();
  // The note takes the focus when the editor opens (one editor per highlight: it is keyed by its id).
  const note = useRef<HTMLTextAreaElement>(null);
  useEffect(() => note.current?.focus(), []);
  return (
    <div class="editor" role="group" aria-label={t('editor.label')} data-rr-editor="">
      <p class="editor-quote" lang="zh-CN">{shortQuote(quote)}</p>
      <ColorChoices current={color} action="set-color" onChoose={onColor} />
      <textarea
        class="note-input"
        data-action="note-input"
        aria-label={t('editor.note')}
        placeholder={t('editor.placeholder')}
        value={draft}
        maxLength={MAX_NOTE_LENGTH}
        onInput={(e) => onDraft((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave();
        }}
        ref={note}
      />
      <div class="editor-actions">
        <button type="button" class="primary" data-action="save-note" onClick={onSave}>{t('action.save')}</button>
        <button type="button" data-action="delete-highlight" onClick={onDelete}>{t('action.delete')}</button>
        <button type="button" data-action="close-editor" onClick={onClose}>{t('action.close')}</button>
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
  const t = useT();
  return (
    <div class="editor orphaned" role="group" aria-label={t('editor.orphaned')} data-rr-editor="orphaned">
      <p class="notice-text" role="alert">{t('editor.orphanedText')}</p>
      <p class="editor-quote" lang="zh-CN">{shortQuote(quote)}</p>
      <textarea class="note-input" data-action="note-input" aria-label={t('editor.note')} value={draft} onInput={(e) => onDraft((e.target as HTMLTextAreaElement).value)} />
      <div class="editor-actions">
        <button type="button" class="primary" data-action="save-as-new" onClick={onSaveAsNew}>{t('editor.saveAsNew')}</button>
        <button type="button" data-action="discard-draft" onClick={onDiscard}>{t('action.discard')}</button>
      </div>
    </div>
  );
}
