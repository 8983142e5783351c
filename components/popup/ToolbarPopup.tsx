import type { Settings } from '../../lib/settings';
import { Switches, settingSwitches } from '../Switches';
import { useT } from '../i18n';

/** What the popup knows about the active tab. */
export type TabStatus =
  | { kind: 'checking' }
  | { kind: 'article'; title: string | null; panelOpen: boolean }
  | { kind: 'not-article' }
  /** A People's Daily page whose content script is not there (opened before the extension was). */
  | { kind: 'reload' }
  | { kind: 'other-site' };

type ToolbarPopupProps = {
  status: TabStatus;
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => void;
  onPanel: (open: boolean) => void;
  onOpenLibrary: () => void;
  onOpenOptions: () => void;
};

/** The toolbar button's popup: what this tab is, the switches, the library and the options. */
export function ToolbarPopup({ status, settings: s, onSettings, onPanel, onOpenLibrary, onOpenOptions }: ToolbarPopupProps) {
  const t = useT();
  const line =
    status.kind === 'checking' ? t('status.checking')
    : status.kind === 'article' ? t('status.article')
    : status.kind === 'not-article' ? t('status.notArticle')
    : status.kind === 'reload' ? t('status.reload')
    : t('status.otherSite');
  return (
    <main class="popup-page" data-rr-tab={status.kind}>
      <h1 class="brand">{t('app.name')}</h1>
      <p class="tab-status" role="status">{line}</p>
      {status.kind === 'article' && status.title ? <p class="tab-title" lang="zh-CN">{status.title}</p> : null}
      {status.kind === 'article' ? (
        <Switches
          label={t('status.switches')}
          items={[{ action: 'toggle-panel', label: t('status.panel'), on: status.panelOpen, onToggle: () => onPanel(!status.panelOpen) }]}
        />
      ) : null}
      <h2 class="minor-head">{t('status.everywhere')}</h2>
      <Switches
        label={t('status.everywhere')}
        items={settingSwitches(t, s, onSettings)}
      />
      <p class="popup-links">
        <button type="button" class="link" data-action="open-library" onClick={onOpenLibrary}>{t('action.openLibrary')}</button>
        <button type="button" class="link" data-action="open-options" onClick={onOpenOptions}>{t('action.openOptions')}</button>
      </p>
    </main>
  );
}
