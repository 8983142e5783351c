/**
 * Maps the panel's state to the Panel's props and its events to actions. No
 * state of its own: it renders what lib/ext/panel/start holds.
 * @module lib/ext/panel/panel-app
 */
import type { ComponentChildren } from 'preact';
import type { Settings } from '../../settings';
import type { HighlightColor } from '../../store/types';
import type { AnalysisParts, HighlightRow } from '../panel-protocol';
import type { PanelState } from './panel-state';
import type { GlossaryEntry } from '../../types';
import { Panel, type SectionName, type SectionState } from '../../../components/Panel';
import { OutlineList } from '../../../components/OutlineList';
import { GlossaryList } from '../../../components/GlossaryList';
import { DatesFigures } from '../../../components/DatesFigures';
import { HighlightsList } from '../../../components/HighlightsList';
import { HighlightEditor, OrphanedDraft } from '../../../components/HighlightEditor';
import { Toast } from '../../../components/Toast';
import { Switches, settingSwitches } from '../../../components/Switches';
import { contextOf } from '../../format/context';
import type { UiTranslator } from '../../i18n';
import type { Notice } from '../panel-protocol';
import { useT } from '../../../components/i18n';

/** A notice in the reader's language. */
function noticeText(t: UiTranslator, n: Notice): string {
  return n.count === undefined ? t(n.key as never, n.params) : t.plural(n.key as never, n.count, n.params);
}

/** What the panel's controls do; lib/ext/panel/start wires them to the page side and storage. */
export interface PanelActions {
  setSettings(patch: Partial<Settings>): void;
  setCollapsed(collapsed: boolean): void;
  openLibrary(): void;
  openOptions(): void;
  jump(start: number, end: number): void;
  cycleTerm(term: string): void;
  saveTerm(entry: GlossaryEntry): void;
  exportGlossary(format: 'csv' | 'anki'): void;
  jumpHighlight(id: string): void;
  edit(id: string): void;
  draft(text: string): void;
  saveNote(): void;
  setColor(id: string, color: HighlightColor): void;
  closeEditor(): void;
  remove(id: string): void;
  undo(): void;
  reattach(id: string): void;
  retry(id: string): void;
  discard(id: string): void;
  saveDraftAsNew(): void;
  discardDraft(): void;
}

/** Items → section state: loading until analysed; a part that does not apply says so. */
function stateOf<T>(items: T[] | null | undefined, empty: string, unavailable: string): SectionState<T> {
  if (items === undefined) return { status: 'unavailable', message: unavailable };
  if (items === null) return { status: 'loading' };
  return { status: 'ready', items, empty };
}

/** Two parts shown together: unavailable if either is, loading until both are in. */
function both<A, B>(a: A[] | null | undefined, b: B[] | null | undefined): (A | B)[] | null | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a === null || b === null) return null;
  return [...a, ...b];
}

/** The note editor for the row being edited, or the kept draft of a deleted one. */
function editorFor(state: PanelState, rows: HighlightRow[], actions: PanelActions): ComponentChildren {
  const { editing } = state;
  if (!editing) return null;
  const row = rows.find((r) => r.id === editing.id);
  if (!row) return null;
  return (
    <HighlightEditor
      key={row.id}
      quote={row.quote}
      draft={editing.draft}
      color={row.color}
      onDraft={actions.draft}
      onSave={actions.saveNote}
      onColor={(c) => actions.setColor(row.id, c)}
      onDelete={() => actions.remove(row.id)}
      onClose={actions.closeEditor}
    />
  );
}

const NONE: readonly string[] = [];
const savedSets = new WeakMap<readonly string[], Set<string>>();
/** The saved words as a set, made once per list (the panel draws again on every keystroke of a note). */
function savedSet(words: readonly string[]): Set<string> {
  let set = savedSets.get(words);
  if (!set) savedSets.set(words, (set = new Set(words)));
  return set;
}

/** The panel for the current state (a tab when collapsed). */
export function PanelApp({ state, actions, lastQuote }: { state: PanelState; actions: PanelActions; lastQuote: (id: string) => string }) {
  const t = useT();
  const { view, settings, editing, toast } = state;
  if (!view) return <p class="connecting">{t('panel.connecting')}</p>;
  const parts: AnalysisParts = view.analysis ?? { outline: null, summary: null, glossary: null, dates: null, figures: null };
  // Outline, glossary, dates and figures read Chinese text; a page in another language says so rather than listing nothing.
  const unavailable = t(view.language === 'zh' ? 'section.notBuilt' : 'section.notForLanguage');
  const rows = view.highlights ?? [];
  const toggleSection = (name: SectionName) =>
    actions.setSettings({ openSections: { ...settings.openSections, [name]: !settings.openSections[name] } });
  const wordsStatus = view.words;
  const notices: { id: string; text: string }[] = [
    ...view.notices.map((n) => ({ id: n.id, text: noticeText(t, n) })),
    ...(state.settingsError ? [{ id: 'settings', text: t('notice.settings', { error: state.settingsError }) }] : []),
    ...(state.settingsProblems.length ? [{ id: 'settings-reset', text: t('notice.settingsReset', { problems: state.settingsProblems.join('; ') }) }] : []),
    ...(typeof wordsStatus === 'object' ? [{ id: 'dictionary', text: t('notice.dictionary', { error: wordsStatus.error }) }] : []),
    ...(state.disconnected ? [{ id: 'disconnected', text: t('panel.disconnected') }] : []),
  ];
  return (
    <>
      <Panel
        meta={view.meta}
        articleLang={view.language}
        onOpenOptions={actions.openOptions}
        collapsed={settings.panelCollapsed || view.autoCollapsed}
        onCollapsedChange={actions.setCollapsed}
        openSections={settings.openSections}
        onOpenLibrary={actions.openLibrary}
        onSectionToggle={toggleSection}
        controls={
          <>
            <Switches
              label={t('app.name')}
              items={settingSwitches(t, settings, actions.setSettings, state.shortcuts['toggle-pinyin'])}
            />
            {wordsStatus === 'loading' ? <p class="status">{t('panel.loadingDictionary')}</p> : null}
            {notices.map((n) => <p key={n.id} class="error" role="alert" data-rr-notice={n.id}>{n.text}</p>)}
            {editing?.orphaned ? (
              <OrphanedDraft
                quote={lastQuote(editing.id)}
                draft={editing.draft}
                onDraft={actions.draft}
                onSaveAsNew={actions.saveDraftAsNew}
                onDiscard={actions.discardDraft}
              />
            ) : null}
          </>
        }
        sections={{
          outline: {
            state: stateOf(both(parts.summary, parts.outline), t('outline.empty'), unavailable),
            render: () => <OutlineList outline={parts.outline ?? []} summary={parts.summary ?? []} onJump={actions.jump} />,
          },
          glossary: {
            state: stateOf(parts.glossary, t('glossary.empty'), unavailable),
            render: () => (
              <GlossaryList
                entries={parts.glossary ?? []}
                pinyinStyle={settings.pinyinStyle}
                toneColors={settings.toneColors}
                toneScheme={settings.toneScheme}
                saved={savedSet(view.savedWords ?? NONE)}
                onJump={(e) => actions.cycleTerm(e.term)}
                onSave={actions.saveTerm}
                onExport={actions.exportGlossary}
              />
            ),
          },
          dates: {
            state: stateOf(both(parts.dates, parts.figures), t('dates.empty'), unavailable),
            render: () => (
              <DatesFigures dates={parts.dates ?? []} figures={parts.figures ?? []} snippet={(s, e) => contextOf(view.text, s, e)} onJump={actions.jump} />
            ),
          },
          highlights: {
            state: view.canHighlight ? stateOf(view.highlights, t('highlights.empty'), t('section.notBuilt')) : stateOf<never>(undefined, '', t('section.notBuilt')),
            render: () => (
              <HighlightsList
                  rows={rows}
                  canReattach={view.hasSelection}
                  editingId={editing && !editing.orphaned ? editing.id : null}
                  editor={editorFor(state, rows, actions)}
                  onJump={actions.jumpHighlight}
                  onEdit={actions.edit}
                  onDelete={actions.remove}
                  onReattach={actions.reattach}
                  onRetry={actions.retry}
                  onDiscard={actions.discard}
                />
            ),
          },
        }}
      />
      {toast ? <Toast message={t(toast.message)} actionLabel={t('action.undo')} action="undo" onAction={toast.undoId ? actions.undo : undefined} /> : null}
    </>
  );
}
