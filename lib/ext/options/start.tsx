/**
 * The options page's run: read the settings, draw the form in the reader's
 * language and theme, write each change to storage (the article pages follow it
 * live through storage.onChanged), and follow changes made elsewhere.
 * @module lib/ext/options/start
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { common, options } from '../../i18n';
import type { Settings } from '../../settings';
import { createObservable } from '../observable';
import { changeSettings, loadSettings, watchSettings } from '../storage-items';
import { applyAppearance, localeFor, translators } from '../appearance';
import { I18n } from '../../../components/i18n';
import { OptionsPage, type Shortcut } from '../../../components/options/OptionsPage';

const translatorFor = translators(common, options);

interface OptionsState {
  settings: Settings;
  shortcuts: Shortcut[];
  status: 'idle' | 'saved' | { error: string };
}

/** The browser's keyboard commands and their keys (empty where the browser cannot tell). */
async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands?.getAll?.().catch(() => []) ?? [];
  return commands.filter((c) => c.name).map((c) => ({ name: c.name!, shortcut: c.shortcut ?? '' }));
}

/** Start the options page in `root`. */
export async function startOptions(root: HTMLElement): Promise<void> {
  const [settings, shortcuts] = await Promise.all([loadSettings(), readShortcuts()]);
  const state = createObservable<OptionsState>({ settings, shortcuts, status: 'idle' });

  const change = async (patch: Partial<Settings>) => {
    const { next, written } = changeSettings(state.get().settings, patch);
    state.set({ settings: next });
    try {
      await written;
      state.set({ status: 'saved' });
    } catch (error) {
      state.set({ status: { error: String(error) } });
    }
  };

  const draw = () => {
    const { settings: s, shortcuts: keys, status } = state.get();
    const locale = localeFor(s);
    const t = translatorFor(locale);
    applyAppearance(document, s, locale);
    document.title = t('options.title');
    render(
      <I18n.Provider value={t}>
        <OptionsPage settings={s} shortcuts={keys} status={status} onChange={(p) => void change(p)} />
      </I18n.Provider>,
      root,
    );
  };
  state.subscribe(draw);
  draw();
  watchSettings((next) => {
    if (JSON.stringify(next) !== JSON.stringify(state.get().settings)) state.set({ settings: next });
  });
}
