/**
 * The toolbar popup's run: find the tab under the button, ask its content
 * script what the page is (asking again while it is still detecting), show the
 * switches, and open the library or the options.
 * @module lib/ext/popup/start
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { common, panel, popup } from '../../i18n';
import type { Settings } from '../../settings';
import { createObservable } from '../observable';
import { changeSettings, loadSettings, watchSettings } from '../storage-items';
import { applyAppearance, localeFor, translators } from '../appearance';
import type { ToContent } from '../messages';
import { activeTab, tabStatus } from './active-tab';
import { I18n } from '../../../components/i18n';
import { ToolbarPopup, type TabStatus } from '../../../components/popup/ToolbarPopup';

const translatorFor = translators(common, panel, popup);

/** Start the popup in `root`. */
export async function startPopup(root: HTMLElement): Promise<void> {
  const state = createObservable<{ settings: Settings; status: TabStatus }>({ settings: await loadSettings(), status: { kind: 'checking' } });
  const tab = await activeTab();

  const setSettings = (patch: Partial<Settings>) => {
    const { next, written } = changeSettings(state.get().settings, patch);
    state.set({ settings: next });
    void written.catch((error) => console.warn('[Renmin Reader] settings', error));
  };
  const open = (url: string) => {
    void browser.tabs.create({ url });
    window.close();
  };

  const draw = () => {
    const { settings, status } = state.get();
    const locale = localeFor(settings);
    applyAppearance(document, settings, locale);
    document.title = translatorFor(locale)('app.name');
    render(
      <I18n.Provider value={translatorFor(locale)}>
        <ToolbarPopup
          status={status}
          settings={settings}
          onSettings={setSettings}
          onPanel={(openPanel) => {
            if (!tab) return;
            void browser.tabs.sendMessage(tab.id, { type: 'set-panel', open: openPanel } satisfies ToContent).catch(() => {});
            const current = state.get().status;
            if (current.kind === 'article') state.set({ status: { ...current, panelOpen: openPanel } });
          }}
          onOpenLibrary={() => open(browser.runtime.getURL('/library.html'))}
          onOpenOptions={() => {
            void browser.runtime.openOptionsPage();
            window.close();
          }}
        />
      </I18n.Provider>,
      root,
    );
  };
  state.subscribe(draw);
  draw();
  watchSettings((settings) => state.set({ settings }));

  if (!tab) return state.set({ status: { kind: 'other-site' } });
  // The content script answers "detecting" until it has read the page (a few hundred ms at most).
  for (let attempt = 0; attempt < 20; attempt++) {
    const status = await tabStatus(tab);
    state.set({ status });
    if (status.kind !== 'checking') return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
