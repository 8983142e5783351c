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
import { Panel, type SectionName, type SectionState } from '../../../components/Panel';
import { OutlineList } from '../../../components/OutlineList';
import { GlossaryList } from '../../../components/GlossaryList';
import { DatesFigures } from '../../../components/DatesFigures';
import { HighlightsList } from '../../../components/HighlightsList';
import { HighlightEditor, OrphanedDraft } from '../../../components/HighlightEditor';
import { Toast } from '../../../components/Toast';
import { Switches } from '../../../components/Switches';
import { contextOf } from '../../format/context';

const NOT_BUILT = '此功能尚未推出。Not available in this version yet.';
/** Outline, glossary, dates and figures read Chinese text; a page in another language says so rather than listing nothing. */
const NOT_FOR_THIS_LANGUAGE = '这些分析只用于中文文章。Only analysed on Chinese articles.';

/** What the panel's controls do; lib/ext/panel/start wires them to the page side and storage. */
export interface PanelActions {
  setSettings(patch: Partial<Settings>): void;
  setCollapsed(collapsed: boolean): void;
  openLibrary(): void;
  jump(start: number, end: number): void;
  cycleTerm(term: string): void;
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
function stateOf<T>(items: T[] | null | undefined, empty: string, unavailable = NOT_BUILT): SectionState<T> {
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

/** The panel for the current state (a tab when collapsed). */
export function PanelApp({ state, actions, lastQuote }: { state: PanelState; actions: PanelActions; lastQuote: (id: string) => string }) {
  const { view, settings, editing, toast } = state;
  if (!view) return <p class="connecting">正在连接文章… Connecting to the article…</p>;
  const parts: AnalysisParts = view.analysis ?? { outline: null, summary: null, glossary: null, dates: null, figures: null };
  const unavailable = view.language === 'zh' ? NOT_BUILT : NOT_FOR_THIS_LANGUAGE;
  const rows = view.highlights ?? [];
  const toggleSection = (name: SectionName) =>
    actions.setSettings({ openSections: { ...settings.openSections, [name]: !settings.openSections[name] } });
  const wordsStatus = view.words;
  const notices: { id: string; text: string }[] = [
    ...view.notices,
    ...(state.settingsError ? [{ id: 'settings', text: state.settingsError }] : []),
    ...(typeof wordsStatus === 'object' ? [{ id: 'words', text: wordsStatus.error }] : []),
    ...(state.disconnected ? [{ id: 'disconnected', text: '与文章的连接已断开，请重新加载页面。Lost contact with the article; reload the page.' }] : []),
  ];
  return (
    <>
      <Panel
        meta={view.meta}
        collapsed={settings.panelCollapsed || view.autoCollapsed}
        onCollapsedChange={actions.setCollapsed}
        openSections={settings.openSections}
        onOpenLibrary={actions.openLibrary}
        onSectionToggle={toggleSection}
        controls={
          <>
            <Switches
              items={[
                { action: 'toggle-marks', label: '标记 Marks', on: settings.marks, onToggle: () => actions.setSettings({ marks: !settings.marks }), title: '在文中标出日期、数字和词汇 Mark dates, figures and terms in the text' },
                { action: 'toggle-pinyin', label: '拼音 Pinyin', on: settings.pinyin, onToggle: () => actions.setSettings({ pinyin: !settings.pinyin }), title: '悬停显示拼音和释义 Pinyin and meaning on hover (Alt+Shift+P)' },
                { action: 'toggle-ruby', label: '注音 Ruby', on: settings.ruby, onToggle: () => actions.setSettings({ ruby: !settings.ruby }), title: '每个字上方显示拼音 Pinyin above every character' },
                { action: 'toggle-tones', label: '声调色 Tones', on: settings.toneColors, onToggle: () => actions.setSettings({ toneColors: !settings.toneColors }), title: '按声调着色 Colour pinyin by tone' },
              ]}
            />
            {wordsStatus === 'loading' ? <p class="status">正在加载词典… Loading the dictionary…</p> : null}
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
            state: stateOf(both(parts.summary, parts.outline), '这篇文章没有可列的提纲。No outline for this article.', unavailable),
            render: () => <OutlineList outline={parts.outline ?? []} summary={parts.summary ?? []} onJump={actions.jump} />,
          },
          glossary: {
            state: stateOf(parts.glossary, '没有找到需要解释的词语。No terms to explain.', unavailable),
            render: () => <GlossaryList entries={parts.glossary ?? []} onJump={(e) => actions.cycleTerm(e.term)} onExport={actions.exportGlossary} />,
          },
          dates: {
            state: stateOf(both(parts.dates, parts.figures), '文中没有日期或数字。No dates or figures in this article.', unavailable),
            render: () => (
              <DatesFigures dates={parts.dates ?? []} figures={parts.figures ?? []} snippet={(s, e) => contextOf(view.text, s, e)} onJump={actions.jump} />
            ),
          },
          highlights: {
            state: view.canHighlight ? stateOf(view.highlights, '选中文章中的文字即可标注。Select text in the article to highlight it.') : stateOf<never>(undefined, ''),
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
      {toast ? <Toast message={toast.message} actionLabel="撤销 Undo" action="undo" onAction={toast.undoId ? actions.undo : undefined} /> : null}
    </>
  );
}
