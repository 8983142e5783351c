/**
 * Maps the reader's state to the Panel's props and wires its events back to
 * the store and the page (scroll, flash). No state of its own.
 * @module lib/ext/panel-app
 */
import type { Settings } from '../settings';
import type { AnalysisParts, ReaderState } from './reader-state';
import type { Store } from './store';
import { Panel, type SectionName, type SectionState } from '../../components/Panel';
import { OutlineList } from '../../components/OutlineList';
import { GlossaryList } from '../../components/GlossaryList';
import { DatesFigures } from '../../components/DatesFigures';
import { scrollAndFlash } from './flash';
import { contextOf } from '../format/context';
import { HighlightsList, type HighlightRow } from '../../components/HighlightsList';
import { SelectionToolbar } from '../../components/SelectionToolbar';
import { HighlightEditor } from '../../components/HighlightEditor';
import { Toast } from '../../components/Toast';
import type { Highlighter } from './highlighter';
import { ask } from './ask';
import type { TextModel } from '../dom/text-model';
import { exportGlossary } from './downloads';
import type { Pinyin } from './pinyin';
import { HoverPopup } from '../../components/HoverPopup';
import { Switches } from '../../components/Switches';
import type { PlacedHighlight } from './reader-state';
import { PANEL_WIDTH } from './page-room';
import { pageUrl } from '../detect/url';

const NOT_BUILT = '此功能尚未推出。Not available in this version yet.';
/** Outline, glossary, dates and figures read Chinese text; an English page says so rather than listing nothing. */
const NOT_FOR_ENGLISH = '这些分析只用于中文文章。Only analysed on Chinese articles.';

type PanelAppProps = {
  store: Store<ReaderState>;
  /** null when the page has no article identity to key highlights by. */
  highlighter: Highlighter | null;
  pinyin: Pinyin;
  /** A fixed, click-through layer in our shadow root where flashes are drawn. */
  flashLayer: HTMLElement;
  /** The text model of the page as it is now (under our marks). */
  currentModel: () => TextModel;
  /** Scroll to the next occurrence of a glossary term; false when it has no marks. */
  cycleTerm: (term: string) => boolean;
  onSettings: (patch: Partial<Settings>) => void;
};

/** Items → section state: loading until analysed; a feature this build lacks says so. */
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

/** The panel for the current state. */
export function PanelApp({ store, flashLayer, currentModel, cycleTerm, highlighter, pinyin, onSettings }: PanelAppProps) {
  const { extraction, settings, autoCollapsed, analysis, storageError, highlights, selection, editing, toast, words, wordsError, corrections, popup } = store.get();
  const jump = (start: number, end: number) => scrollAndFlash(currentModel(), start, end, flashLayer);
  const snippet = (start: number, end: number) => contextOf(extraction.text, start, end);
  const toggleSection = (name: SectionName) =>
    onSettings({ openSections: { ...settings.openSections, [name]: !settings.openSections[name] } });

  const parts: AnalysisParts = analysis ?? { outline: null, summary: null, glossary: null, dates: null, figures: null };
  const unavailable = extraction.language === 'en' ? NOT_FOR_ENGLISH : NOT_BUILT;
  const popupWord = popup && settings.pinyin ? words?.items[popup.index] ?? null : null;
  const editingHighlight = editing ? highlights?.find((p) => p.highlight.id === editing.id)?.highlight ?? null : null;
  const openEditor = (id: string) => {
    highlighter?.jump(id);
    store.set({ editing: { id, x: Math.max(8, window.innerWidth - PANEL_WIDTH - 340), y: 120 } });
  };
  return (
    <>
      <Panel
        meta={extraction.meta}
        collapsed={settings.panelCollapsed || autoCollapsed}
        onCollapsedChange={(collapsed) => onSettings({ panelCollapsed: collapsed })}
        openSections={settings.openSections}
        onOpenLibrary={() => void ask({ type: 'open-library' }).catch(() => {})}
        onSectionToggle={toggleSection}
        controls={
          <>
            <Switches
              items={[
                { action: 'toggle-marks', label: '标记 Marks', on: settings.marks, onToggle: () => onSettings({ marks: !settings.marks }), title: '在文中标出日期、数字和词汇 Mark dates, figures and terms in the text' },
                { action: 'toggle-pinyin', label: '拼音 Pinyin', on: settings.pinyin, onToggle: () => onSettings({ pinyin: !settings.pinyin }), title: '悬停显示拼音和释义 Pinyin and meaning on hover (Alt+Shift+P)' },
                { action: 'toggle-ruby', label: '注音 Ruby', on: settings.ruby, onToggle: () => onSettings({ ruby: !settings.ruby }), title: '每个字上方显示拼音 Pinyin above every character' },
                { action: 'toggle-tones', label: '声调色 Tones', on: settings.toneColors, onToggle: () => onSettings({ toneColors: !settings.toneColors }), title: '按声调着色 Colour pinyin by tone' },
              ]}
            />
            {(settings.pinyin || settings.ruby) && !words && !wordsError ? <p class="status">正在加载词典… Loading the dictionary…</p> : null}
            {wordsError ? <p class="error" role="alert">{wordsError}</p> : null}
            {storageError ? <p class="error" role="alert">{storageError}</p> : null}
          </>
        }
        sections={{
          outline: {
            state: stateOf(both(parts.summary, parts.outline), '这篇文章没有可列的提纲。No outline for this article.', unavailable),
            render: () => <OutlineList outline={parts.outline ?? []} summary={parts.summary ?? []} onJump={jump} />,
          },
          glossary: {
            state: stateOf(parts.glossary, '没有找到需要解释的词语。No terms to explain.', unavailable),
            render: () => (
              <GlossaryList
                entries={parts.glossary ?? []}
                onJump={(e) => cycleTerm(e.term) || jump(e.first, e.first + e.term.length)}
                onExport={(format) => exportGlossary(format, parts.glossary ?? [], extraction)}
              />
            ),
          },
          dates: {
            state: stateOf(both(parts.dates, parts.figures), '文中没有日期或数字。No dates or figures in this article.', unavailable),
            render: () => <DatesFigures dates={parts.dates ?? []} figures={parts.figures ?? []} snippet={snippet} onJump={jump} />,
          },
          highlights: {
            state: highlighter ? stateOf(highlights, '选中文章中的文字即可标注。Select text in the article to highlight it.') : stateOf<never>(undefined, ''),
            render: () => (
              <HighlightsList
                placed={rowsOf(highlights, extraction.text, 'placed')}
                orphans={rowsOf(highlights, extraction.text, 'orphan')}
                elsewhere={rowsOf(highlights, extraction.text, 'elsewhere')}
                canReattach={!!selection}
                onJump={(id) => highlighter?.jump(id)}
                onEdit={(id) => openEditor(id)}
                onDelete={(id) => void highlighter?.remove(id)}
                onReattach={(id) => void highlighter?.reattach(id)}
              />
            ),
          },
        }}
      />
      {highlighter && selection ? (
        <SelectionToolbar
          x={selection.x}
          y={selection.y}
          onHighlight={(color) => void highlighter.saveSelection(color)}
          onNote={() => void highlighter.saveSelection(undefined, true)}
        />
      ) : null}
      {highlighter && editingHighlight ? (
        <HighlightEditor
          key={editingHighlight.id}
          x={editing!.x}
          y={editing!.y}
          quote={editingHighlight.selectors.quote.exact}
          note={editingHighlight.note}
          color={editingHighlight.color}
          onSave={(patch) => void highlighter.update(editingHighlight.id, patch)}
          onDelete={() => void highlighter.remove(editingHighlight.id)}
          onClose={() => store.set({ editing: null })}
        />
      ) : null}
      {popupWord ? (
        <HoverPopup
          key={popup!.index}
          word={popupWord.text}
          pinyin={corrections[popupWord.text] ?? popupWord.pinyin}
          definitions={words?.definitions[popupWord.text] ?? []}
          x={popup!.x}
          y={popup!.y}
          toneColors={settings.toneColors}
          corrected={popupWord.text in corrections}
          alternatives={popup!.alternatives}
          onAskAlternatives={() => void pinyin.askAlternatives()}
          onCorrect={(p) => void pinyin.correct(p)}
        />
      ) : null}
      {toast ? <Toast message={toast.message} actionLabel="撤销 Undo" action="undo" onAction={toast.undo} /> : null}
    </>
  );
}

/** Panel rows: placed highlights in reading order; orphans, and those on other pages, in the order they were made. */
function rowsOf(list: PlacedHighlight[] | null, text: string, which: 'placed' | 'orphan' | 'elsewhere'): HighlightRow[] {
  const kindOf = (p: PlacedHighlight) => (p.otherPage ? 'elsewhere' : p.anchor ? 'placed' : 'orphan');
  const chosen = (list ?? []).filter((p) => kindOf(p) === which);
  chosen.sort((a, b) => (which === 'placed' ? a.anchor!.start - b.anchor!.start : a.highlight.createdAt.localeCompare(b.highlight.createdAt)));
  return chosen.map(({ highlight: h, anchor, otherPage }) => ({
    page: otherPage,
    href: otherPage ? `${pageUrl(location.href, otherPage)}#rr-hl=${h.id}` : undefined,
    id: h.id,
    quote: anchor ? text.slice(anchor.start, anchor.end) : h.selectors.quote.exact,
    note: h.note,
    color: h.color,
    context: anchor || otherPage ? undefined : `…${h.selectors.quote.prefix}【${h.selectors.quote.exact}】${h.selectors.quote.suffix}…`,
  }));
}
