import type { ArticleMeta } from '../lib/types';
import { formatPublished } from '../lib/format/date';
import { useT } from './i18n';

type PanelHeaderProps = {
  meta: ArticleMeta;
  /** The article's language, for the lang attribute of its title and facts. */
  articleLang: string;
  onCollapse: () => void;
  onOpenLibrary: () => void;
  onOpenOptions: () => void;
};

/** Title block: pre-title, title, subtitle, then source · date · author, edition, editor and the links. */
export function PanelHeader({ meta, articleLang, onCollapse, onOpenLibrary, onOpenOptions }: PanelHeaderProps) {
  const t = useT();
  const lang = articleLang === 'zh' ? 'zh-CN' : articleLang;
  const date = formatPublished(meta.publishedAt, t.locale);
  return (
    <header class="header">
      <div class="brand">
        <span class="brand-name">{t('app.name')}</span>
        <span class="brand-actions">
          <button type="button" class="icon-button" data-action="open-options" aria-label={t('action.openOptions')} title={t('action.openOptions')} onClick={onOpenOptions}>
            ⚙
          </button>
          <button type="button" class="icon-button" data-action="collapse" aria-label={t('panel.collapse')} title={t('panel.collapse')} onClick={onCollapse}>
            ⟩
          </button>
        </span>
      </div>
      {meta.preTitle ? <p class="pre-title" data-field="preTitle" lang={lang}>{meta.preTitle}</p> : null}
      <h1 class="title" data-field="title" lang={meta.title ? lang : undefined}>{meta.title ?? t('panel.untitled')}</h1>
      {meta.subtitle ? <p class="subtitle" data-field="subtitle" lang={lang}>{meta.subtitle}</p> : null}
      <p class="facts">
        {meta.source ? <span class="fact" data-field="source" lang={lang}>{meta.source}</span> : null}
        {date ? <time class="fact" data-field="publishedAt" dateTime={meta.publishedAt ?? undefined}>{date}</time> : null}
        {meta.author ? <span class="fact" data-field="author" lang={lang}>{meta.author}</span> : null}
      </p>
      {meta.edition ? <p class="edition" data-field="edition" lang={lang}>{meta.edition}</p> : null}
      {meta.editor ? <p class="editor-name" data-field="editor">{t('panel.editor', { name: meta.editor })}</p> : null}
      <p class="links">
        {meta.url && /^https?:/.test(meta.url) ? (
          <a class="original" href={meta.url} target="_blank" rel="noopener noreferrer" data-action="open-original">
            {t('panel.original')} <span aria-hidden="true">↗</span>
          </a>
        ) : null}
        <button type="button" class="library-link" data-action="open-library" onClick={onOpenLibrary}>
          {t('action.openLibrary')}
        </button>
      </p>
    </header>
  );
}
