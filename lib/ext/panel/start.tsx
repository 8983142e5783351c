/**
 * The panel page's run: connect to this tab's content script, hold the panel's
 * state, render, and turn the reader's clicks into messages to the page side,
 * storage writes (settings) or downloads (exports). Browser glue; the view
 * logic lives in lib/ and components/.
 * @module lib/ext/panel/start
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createObservable } from '../observable';
import { DEFAULT_SETTINGS, type Settings } from '../../settings';
import { changeSettings, loadCheckedSettings, settingsItem, watchSettings } from '../storage-items';
import { common, panel } from '../../i18n';
import { applyAppearance, localeFor, translators } from '../appearance';
import { I18n } from '../../../components/i18n';
import type { PanelView, ToPanel } from '../panel-protocol';
import type { PanelState } from './panel-state';
import { PanelApp, type PanelActions } from './panel-app';
import { connectToPage, type PageLink } from './page-link';
import { exportGlossary } from '../downloads';

/** Apply a view patch (the first one is the whole view); a highlight that vanished while its
 * note was open keeps its draft. */
function applyView(state: PanelState, patch: Partial<PanelView>, quotes: Map<string, string>): Partial<PanelState> {
  const view = { ...state.view, ...patch } as PanelView;
  for (const row of patch.highlights ?? []) quotes.set(row.id, row.quote);
  const { editing } = state;
  if (editing && !editing.orphaned && patch.highlights && !patch.highlights.some((r) => r.id === editing.id)) {
    return { view, editing: { ...editing, orphaned: true } };
  }
  return { view };
}

/** Focus the first control of the panel (the keyboard shortcut opened it). */
function focusPanel(doc: Document): void {
  const target = doc.querySelector<HTMLElement>('[data-rr-editor] textarea, [data-action="open-options"], [data-action="collapse"], [data-action="expand"]');
  target?.focus();
}

const translatorFor = translators(common, panel);

/** Start the panel in `root` (the panel page's #app). */
export async function startPanel(root: HTMLElement): Promise<void> {
  const state = createObservable<PanelState>({
    view: null, settings: DEFAULT_SETTINGS, editing: null, toast: null, settingsError: null, settingsProblems: [], disconnected: false, shortcuts: {},
  });
  const quotes = new Map<string, string>();
  let link: PageLink | null = null;
  const send: PageLink['send'] = (m) => link?.send(m);

  const setSettings = async (patch: Partial<Settings>) => {
    const { next, written } = changeSettings(state.get().settings, patch);
    state.set({ settings: next });
    try {
      await written;
      if (state.get().settingsError) state.set({ settingsError: null });
    } catch (error) {
      state.set({ settingsError: String(error) });
    }
  };

  const openEditor = (id: string) => {
    const row = state.get().view?.highlights?.find((r) => r.id === id);
    if (!row) return;
    const { settings } = state.get();
    if (!settings.openSections.highlights) void setSettings({ openSections: { ...settings.openSections, highlights: true } });
    state.set({ editing: { id, draft: row.note, orphaned: false } });
    requestAnimationFrame(() => document.querySelector(`[data-rr-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }));
  };

  const actions: PanelActions = {
    setSettings: (patch) => void setSettings(patch),
    setCollapsed: (collapsed) => send({ type: 'set-collapsed', collapsed }),
    // Through the background: a framed extension page has no tabs API in Firefox.
    openLibrary: () => void browser.runtime.sendMessage({ type: 'open-library' }).catch(() => {}),
    openOptions: () => void browser.runtime.openOptionsPage(),
    jump: (start, end) => send({ type: 'jump', start, end }),
    cycleTerm: (term) => send({ type: 'cycle-term', term }),
    saveTerm: (e) => send({ type: 'save-term', term: e.term, start: e.first, pinyin: e.pinyin, gloss: e.gloss }),
    exportGlossary(format) {
      const view = state.get().view;
      if (view?.analysis?.glossary) exportGlossary(format, view.analysis.glossary, { text: view.text, meta: view.meta });
    },
    jumpHighlight: (id) => send({ type: 'jump-highlight', id }),
    edit: openEditor,
    draft: (text) => {
      const { editing } = state.get();
      if (editing) state.set({ editing: { ...editing, draft: text } });
    },
    saveNote() {
      const { editing } = state.get();
      if (!editing || editing.orphaned) return;
      send({ type: 'update-highlight', id: editing.id, patch: { note: editing.draft } });
      state.set({ editing: null });
    },
    setColor: (id, color) => send({ type: 'update-highlight', id, patch: { color } }),
    closeEditor: () => state.set({ editing: null }),
    remove(id) {
      if (state.get().editing?.id === id) state.set({ editing: null });
      send({ type: 'delete-highlight', id });
      state.set({ toast: { message: 'highlights.deleted', undoId: id } });
    },
    undo() {
      const id = state.get().toast?.undoId;
      if (id) send({ type: 'restore-highlight', id });
      state.set({ toast: null });
    },
    reattach: (id) => send({ type: 'reattach', id }),
    retry: (id) => send({ type: 'retry', id }),
    discard: (id) => send({ type: 'discard', id }),
    saveDraftAsNew() {
      const { editing } = state.get();
      if (!editing) return;
      send({ type: 'recreate', id: editing.id, note: editing.draft });
      state.set({ editing: null });
    },
    discardDraft: () => state.set({ editing: null }),
  };

  const draw = () => {
    const { settings } = state.get();
    const locale = localeFor(settings);
    applyAppearance(document, settings, locale);
    document.documentElement.dataset.side = settings.panelSide;
    document.title = translatorFor(locale)('app.name');
    render(
      <I18n.Provider value={translatorFor(locale)}>
        <PanelApp state={state.get()} actions={actions} lastQuote={(id) => quotes.get(id) ?? ''} />
      </I18n.Provider>,
      root,
    );
  };
  // Settings first (one storage read): the first paint is already in the reader's theme and language.
  const { settings, problems } = await loadCheckedSettings();
  state.set({ settings });
  if (problems.length) {
    // A stored setting of the wrong type was replaced by its default: store the repair, and say so.
    state.set({ settingsProblems: problems });
    void settingsItem.setValue(settings).catch(() => {});
  }
  state.subscribe(draw);
  draw();
  watchSettings((settings) => state.set({ settings }));
  void browser.commands?.getAll?.().then((commands) => {
    state.set({ shortcuts: Object.fromEntries(commands.filter((c) => c.name && c.shortcut).map((c) => [c.name!, c.shortcut!])) });
  }).catch(() => {});

  const onMessage = (message: ToPanel) => {
    if (message.type === 'view') {
      state.set((current) => applyView(current, message.patch, quotes));
    } else if (message.type === 'edit') {
      openEditor(message.id);
    } else if (message.type === 'focus') {
      requestAnimationFrame(() => focusPanel(document));
    }
  };
  link = await connectToPage(onMessage, () => state.set({ disconnected: true }));

  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const { editing, toast } = state.get();
    if (editing && !editing.orphaned) {
      state.set({ editing: null });
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-rr-id="${CSS.escape(editing.id)}"] [data-action="edit-highlight"]`)?.focus());
    } else if (toast) {
      state.set({ toast: null });
    } else {
      send({ type: 'return-focus' });
    }
  });
}
