import type { ComponentChildren } from 'preact';
import type { ArticleMeta } from '../lib/types';
import { PanelHeader } from './PanelHeader';
import { Section } from './Section';
import { useT } from './i18n';

/** What one section shows: its items, or why there are none. */
export type SectionState<T> =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'ready'; items: T[]; empty: string };

export type SectionName = 'outline' | 'glossary' | 'dates' | 'highlights';

export const SECTION_NAMES: readonly SectionName[] = ['outline', 'glossary', 'dates', 'highlights'];

type PanelProps = {
  meta: ArticleMeta;
  /** The article's language (its title and facts are marked with it). */
  articleLang: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  openSections: Record<SectionName, boolean>;
  onSectionToggle: (name: SectionName) => void;
  /** Per section: its state and how to render its items. */
  sections: Record<SectionName, { state: SectionState<unknown>; render: () => ComponentChildren }>;
  /** Extra controls shown under the header (switches for marks, pinyin …). */
  controls?: ComponentChildren;
  onOpenLibrary: () => void;
  onOpenOptions: () => void;
};

/** The side panel: a header and four sections, or a slim tab when collapsed. */
export function Panel(props: PanelProps) {
  const { meta, articleLang, collapsed, onCollapsedChange, openSections, onSectionToggle, sections, controls } = props;
  const t = useT();
  if (collapsed) {
    return (
      <button type="button" class="tab" data-action="expand" aria-label={t('panel.expand')} onClick={() => onCollapsedChange(false)}>
        <span class="tab-label" aria-hidden="true">{t('panel.tab')}</span>
      </button>
    );
  }
  return (
    <aside class="panel" role="complementary" aria-label={t('app.name')}>
      <PanelHeader meta={meta} articleLang={articleLang} onCollapse={() => onCollapsedChange(true)} onOpenLibrary={props.onOpenLibrary} onOpenOptions={props.onOpenOptions} />
      {controls ? <div class="controls">{controls}</div> : null}
      <div class="sections">
        {SECTION_NAMES.map((name) => {
          const { state, render } = sections[name];
          const empty =
            state.status === 'loading' ? t('section.analysing')
            : state.status === 'unavailable' ? state.message
            : state.items.length === 0 ? state.empty
            : null;
          return (
            <Section
              key={name}
              name={name}
              title={t(`section.${name}`)}
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
