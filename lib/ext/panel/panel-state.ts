/**
 * What the panel holds on its own side of the wall: the page side's view, the
 * reader's settings, and what only the panel may know (the note being written,
 * the undo toast).
 * @module lib/ext/panel/panel-state
 */
import type { Settings } from '../../settings';
import type { PanelView } from '../panel-protocol';
import type { UiKey } from '../../i18n';

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
  toast: { message: UiKey; undoId?: string } | null;
  /** A failed settings write (the error as the browser gave it), shown in the panel. */
  settingsError: string | null;
  /** What was wrong with the stored settings (reset to defaults and stored back), shown once. */
  settingsProblems: string[];
  /** Lost contact with the page (it navigated, or the extension was updated). */
  disconnected: boolean;
  /** The keys the browser gives our commands now (command name → "Alt+Shift+U"; absent when unset). */
  shortcuts: Record<string, string>;
}
