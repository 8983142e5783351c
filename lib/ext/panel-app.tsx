/**
 * Maps the reader's state to the Panel's props and wires its events back to
 * the store and the page (scroll, flash). No state of its own.
 * @module lib/ext/panel-app
 */
import type { Extraction } from '../extract';
import type { DateItem, FigureItem, GlossaryEntry, OutlineEntry, SummarySentence } from '../types';
import type { Settings } from '../settings';
import type { Store } from './store';
import { Panel, type SectionName, type SectionState } from '../../components/Panel';
import { OutlineList } from '../../components/OutlineList';
import { GlossaryList } from '../../components/GlossaryList';
import { DatesFigures } from '../../components/DatesFigures';
import { scrollAndFlash } from './flash';
import { contextOf } from '../format/context';

/** Results of the analysis slices: null while a slice is still running;
 * undefined when this build does not compute it. */
export interface AnalysisParts {
  outline?: OutlineEntry[] | null;
  summary?: SummarySentence[] | null;
  glossary?: GlossaryEntry[] | null;
  dates?: DateItem[] | null;
  figures?: FigureItem[] | null;
}

const NOT_BUILT = '此功能尚未推出。Not available in this version yet.';

export interface ReaderState {
  extraction: Extraction;
  settings: Settings;
  /** Folded because the window is too narrow to dock beside the article. */
  autoCollapsed: boolean;
  analysis: AnalysisParts | null;
  storageError: string | null;
}

type PanelAppProps = {
  store: Store<ReaderState>;
  /** A fixed, click-through layer in our shadow root where flashes are drawn. */
  flashLayer: HTMLElement;
  onSettings: (patch: Partial<Settings>) => void;
};

/** Items → section state: loading until analysed; a feature this build lacks says so. */
function stateOf<T>(items: T[] | null | undefined, empty: string): SectionState<T> {
  if (items === undefined) return { status: 'unavailable', message: NOT_BUILT };
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
export function PanelApp({ store, flashLayer, onSettings }: PanelAppProps) {
  const { extraction, settings, autoCollapsed, analysis, storageError } = store.get();
  const jump = (start: number, end: number) => scrollAndFlash(extraction.model, start, end, flashLayer);
  const snippet = (start: number, end: number) => contextOf(extraction.text, start, end);
  const toggleSection = (name: SectionName) =>
    onSettings({ openSections: { ...settings.openSections, [name]: !settings.openSections[name] } });

  const parts: AnalysisParts = analysis ?? { outline: null, summary: null, glossary: null, dates: null, figures: null };
  return (
      <Panel
        meta={extraction.meta}
        collapsed={settings.panelCollapsed || autoCollapsed}
        onCollapsedChange={(collapsed) => onSettings({ panelCollapsed: collapsed })}
        openSections={settings.openSections}
        onSectionToggle={toggleSection}
        controls={storageError ? <p class="error" role="alert">{storageError}</p> : null}
        sections={{
          outline: {
            state: stateOf(both(parts.summary, parts.outline), '这篇文章没有可列的提纲。No outline for this article.'),
            render: () => <OutlineList outline={parts.outline ?? []} summary={parts.summary ?? []} onJump={jump} />,
          },
          glossary: {
            state: stateOf(parts.glossary, '没有找到需要解释的词语。No terms to explain.'),
            render: () => <GlossaryList entries={parts.glossary ?? []} onJump={(e) => jump(e.first, e.first + e.term.length)} />,
          },
          dates: {
            state: stateOf(both(parts.dates, parts.figures), '文中没有日期或数字。No dates or figures in this article.'),
            render: () => <DatesFigures dates={parts.dates ?? []} figures={parts.figures ?? []} snippet={snippet} onJump={jump} />,
          },
          highlights: {
            state: stateOf<never>(undefined, ''),
            render: () => null,
          },
        }}
      />
  );
}
