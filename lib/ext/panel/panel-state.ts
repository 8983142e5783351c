/**
 * What the panel holds on its own side of the wall: the page side's view, the
 * reader's settings, and what only the panel may know (the note being written,
 * the undo toast).
 * @module lib/ext/panel/panel-state
 */
import type { Settings } from '../../settings';
import type { PanelView } from '../panel-protocol';

/** The note editor: which highlight, and the draft as typed (kept here, outside the component). */
export interface Editing {
  id: string;
  draft: string;
  /** The highlight was deleted (in another tab) while the editor was open: the draft is kept. */
  orphaned: boolean;
}

export interface PanelState {
  /** null until the page side has sent its first view. */
  view: PanelView | null;
  settings: Settings;
  editing: Editing | null;
  toast: { message: string; undoId?: string } | null;
  /** A failed settings write, shown in the panel. */
  settingsError: string | null;
  /** Lost contact with the page (it navigated, or the extension was updated). */
  disconnected: boolean;
}
