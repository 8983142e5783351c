import type { ComponentChildren } from 'preact';
import type { ArticleMeta } from '../lib/types';
import { PanelHeader } from './PanelHeader';
import { Section } from './Section';

/** What one section shows: its items, or why there are none. */
export type SectionState<T> =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'ready'; items: T[]; empty: string };

export type SectionName = 'outline' | 'glossary' | 'dates' | 'highlights';

export const SECTION_TITLES: Record<SectionName, [string, string]> = {
  outline: ['提纲', 'Outline'],
  glossary: ['词汇', 'Glossary'],
  dates: ['日期与数字', 'Dates & figures'],
  highlights: ['我的标注', 'Highlights'],
};

type PanelProps = {
  meta: ArticleMeta;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  openSections: Record<SectionName, boolean>;
  onSectionToggle: (name: SectionName) => void;
  /** Per section: its state and how to render its items. */
  sections: Record<SectionName, { state: SectionState<unknown>; render: () => ComponentChildren }>;
  /** Extra controls shown under the header (switches for marks, pinyin …). */
  controls?: ComponentChildren;
  onOpenLibrary: () => void;
};

/** The side panel: a header and four sections, or a slim tab when collapsed. */
export function Panel({ meta, collapsed, onCollapsedChange, openSections, onSectionToggle, sections, controls, onOpenLibrary }: PanelProps) {
  if (collapsed) {
    return (
      <button type="button" class="tab" data-action="expand" aria-label="展开人民阅读面板 Expand Renmin Reader" onClick={() => onCollapsedChange(false)}>
        <span class="tab-label">人民阅读</span>
      </button>
    );
  }
  return (
    <aside class="panel" role="complementary" aria-label="人民阅读 Renmin Reader">
      <PanelHeader meta={meta} onCollapse={() => onCollapsedChange(true)} onOpenLibrary={onOpenLibrary} />
      {controls ? <div class="controls">{controls}</div> : null}
      <div class="sections">
        {(Object.keys(SECTION_TITLES) as SectionName[]).map((name) => {
          const { state, render } = sections[name];
          const [title, subtitle] = SECTION_TITLES[name];
          const empty =
            state.status === 'loading' ? '正在分析… Analysing…'
            : state.status === 'unavailable' ? state.message
            : state.items.length === 0 ? state.empty
            : null;
          return (
            <Section
              key={name}
              name={name}
              title={title}
              subtitle={subtitle}
              count={state.status === 'ready' ? state.items.length : undefined}
              open={openSections[name]}
              onToggle={() => onSectionToggle(name)}
              empty={empty}
            >
              {empty ? null : render()}
            </Section>
          );
        })}
      </div>
    </aside>
  );
}
