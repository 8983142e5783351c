/**
 * The content script's work on one page: detect → extract → mount the panel →
 * analyse in short slices → restore highlights. Browser glue; the logic it
 * calls lives in lib/.
 * @module lib/ext/reader
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { parseArticleUrl } from '../detect/url';
import { detectArticle, ruledOutByUrl } from '../detect';
import { extractArticle, type Extraction } from '../extract';
import { normaliseSettings, type Settings } from '../settings';
import { articleKey } from '../store/article-key';
import { settingsItem } from './storage-items';
import { createStore } from './store';
import { PanelApp } from './panel-app';
import type { ReaderState } from './reader-state';
import type { ToContent } from './messages';
import { createMarkLayers } from './mark-layers';
import { createHighlighter } from './highlighter';
import { createPinyin } from './pinyin';
import { runAnalysis, cycleTerm } from './analysis';
import { PANEL_WIDTH, articleOverlapsPanel, makeRoom, releaseRoom } from './page-room';

/** Yield to the page so our work never forms one long task. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Timings in ms since navigation start, kept on the panel host for tests and the benchmark. */
function mark(host: HTMLElement | null, timings: Record<string, number>, name: string): void {
  timings[name] = Math.round(performance.now() * 10) / 10;
  performance.mark(`rr:${name}`);
  if (host) host.dataset.rrTimings = JSON.stringify(timings);
}

/** Messages from the background (keyboard commands). */
type ReaderMessage = ToContent;

/** Run the reader on the current page; does nothing on pages that are not articles. */
export async function startReader(ctx: ContentScriptContext): Promise<void> {
  const timings: Record<string, number> = {};
  mark(null, timings, 'start');
  const urlInfo = parseArticleUrl(location.href);
  if (ruledOutByUrl(urlInfo)) return;

  await yieldToPage();
  let extraction: Extraction;
  try {
    extraction = extractArticle(document, location.href, urlInfo);
  } catch (error) {
    console.warn('[Renmin Reader] extraction failed; no panel on this page', error);
    return;
  }
  if (!detectArticle(urlInfo, { text: extraction.text, source: extraction.bodySource }).isArticle || !extraction.root) return;
  mark(null, timings, 'extracted');

  const stored = normaliseSettings(await settingsItem.getValue().catch(() => null));
  const store = createStore<ReaderState>({
    extraction,
    settings: stored,
    autoCollapsed: false,
    analysis: null,
    highlights: null,
    selection: null,
    editing: null,
    toast: null,
    storageError: null,
    words: null,
    wordsError: null,
    corrections: {},
    popup: null,
  });
  const layers = createMarkLayers(extraction.model, document);
  const key = articleKey(location.href, extraction.meta.articleId);
  const pinyin = createPinyin({ doc: document, store, layers, root: extraction.root });
  const highlighter = key
    ? createHighlighter({ doc: document, store, layers, root: extraction.root, articleKey: key, meta: extraction.meta })
    : null;

  // A reader who opens the tab in a narrow window gets the panel over the page:
  // that is their choice, so it is not folded again until the window changes size.
  let userOpened = false;

  /** Persist a settings change; a failing write is shown, never swallowed. */
  async function saveSettings(patch: Partial<Settings>): Promise<void> {
    const next = { ...store.get().settings, ...patch };
    if (patch.panelCollapsed === false) userOpened = true;
    store.set({ settings: next, autoCollapsed: false });
    try {
      await settingsItem.setValue(next);
    } catch (error) {
      store.set({ storageError: `设置未能保存 Settings not saved: ${String(error)}` });
    }
  }

  const ui = await createShadowRootUi(ctx, {
    name: 'renmin-reader',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = document.createElement('div');
      const flashLayer = document.createElement('div');
      flashLayer.className = 'flash-layer';
      container.append(root, flashLayer);
      const draw = () =>
        render(
          <PanelApp
            store={store}
            flashLayer={flashLayer}
            currentModel={layers.model}
            cycleTerm={(term) => cycleTerm(document, term)}
            highlighter={highlighter}
            pinyin={pinyin}
            onSettings={saveSettings}
          />,
          root,
        );
      const unsubscribe = store.subscribe(draw);
      draw();
      return { container: root, unsubscribe };
    },
    onRemove(mounted) {
      mounted?.unsubscribe();
      if (mounted) render(null, mounted.container);
      layers.clear();
      releaseRoom(document);
    },
  });
  ui.mount();
  const host = ui.shadowHost;
  mark(host, timings, 'panel');

  // Room for the panel: shift the page; if the article still reaches under the
  // panel (a narrow window), fold to the tab instead of covering text.
  const layout = () => {
    const { settings, autoCollapsed } = store.get();
    if (settings.panelCollapsed || autoCollapsed) {
      releaseRoom(document);
      return;
    }
    makeRoom(document, PANEL_WIDTH);
    if (!userOpened && articleOverlapsPanel(extraction.root, window, PANEL_WIDTH)) {
      releaseRoom(document);
      store.set({ autoCollapsed: true });
    }
  };
  // Only a change of the panel's state moves the page: reading layout on every store
  // change forced a full layout of the page each time (a long task on big pages).
  let lastPanelState = '';
  store.subscribe(({ settings, autoCollapsed }) => {
    const state = `${settings.panelCollapsed}:${autoCollapsed}`;
    if (state !== lastPanelState) {
      lastPanelState = state;
      layout();
    }
  });
  lastPanelState = `${store.get().settings.panelCollapsed}:${store.get().autoCollapsed}`;
  layout();
  ctx.addEventListener(window, 'resize', () => {
    userOpened = false;
    if (store.get().autoCollapsed) store.set({ autoCollapsed: false });
    else layout();
  });
  settingsItem.watch((value) => store.set({ settings: normaliseSettings(value) }));

  // Pinyin: words load when first needed; ruby follows the setting.
  let rubyShown = false;
  const syncPinyin = () => {
    const { settings } = store.get();
    if (settings.pinyin || settings.ruby) void pinyin.ensureWords();
    if (!settings.pinyin) pinyin.hide();
    if (settings.ruby !== rubyShown) {
      rubyShown = settings.ruby;
      pinyin.syncRuby();
    }
  };
  store.subscribe(syncPinyin);
  syncPinyin();
  ctx.addEventListener(document, 'mousemove', (e) => pinyin.onPointer(e.clientX, e.clientY, e.target === host));
  ctx.addEventListener(document, 'mouseleave', () => pinyin.hide());
  ctx.addEventListener(document, 'keydown', (e) => e.key === 'Escape' && pinyin.hide());
  ctx.addEventListener(window, 'scroll', () => pinyin.follow(), { passive: true });
  ctx.addEventListener(document, 'copy', (e) => {
    // With ruby on, copy the article's own text: never the pinyin above it.
    const range = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0) : null;
    const text = store.get().settings.ruby && range ? pinyin.copyText(range) : null;
    if (text && e.clipboardData) {
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    }
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as ReaderMessage)?.type;
    if (type === 'toggle-panel') {
      const { settings, autoCollapsed } = store.get();
      void saveSettings({ panelCollapsed: !(settings.panelCollapsed || autoCollapsed) });
    } else if (type === 'toggle-pinyin') {
      void saveSettings({ pinyin: !store.get().settings.pinyin });
    } else if (type === 'highlight-selection' && highlighter) {
      highlighter.readSelection();
      void highlighter.saveSelection();
    }
  });

  if (highlighter) {
    // Selections made by mouse or keyboard show the toolbar; clicks on a highlight open its editor.
    ctx.addEventListener(document, 'mouseup', (e) => {
      if (e.target === host) return;
      setTimeout(() => highlighter.readSelection(), 0);
    });
    ctx.addEventListener(document, 'keyup', (e) => {
      if (e.key.startsWith('Arrow') || e.key === 'Shift') highlighter.readSelection();
      if (e.key === 'Escape') store.set({ selection: null, editing: null, popup: null });
    });
    ctx.addEventListener(document, 'selectionchange', () => {
      if (document.getSelection()?.isCollapsed && store.get().selection) store.set({ selection: null });
    });
    ctx.addEventListener(document, 'click', (e) => {
      if (e.target !== host) highlighter.clickedMark(e.target);
    });
  }

  // Marks follow their switch; turning them off restores the page exactly (mark-layers).
  const syncMarks = () => {
    const on = store.get().settings.marks;
    layers.enable('annotations', on);
    layers.enable('terms', on);
  };
  store.subscribe(syncMarks);
  syncMarks();

  await yieldToPage();
  store.set({ analysis: { dates: null, figures: null, outline: null, summary: null, glossary: null } });
  const analysed = runAnalysis(store, layers, yieldToPage).then(() => mark(host, timings, 'analysed'));
  mark(host, timings, 'highlightsStart');
  await highlighter?.load();
  mark(host, timings, 'highlights');
  // Opened from the library at one highlight: #rr-hl=<id>.
  const wanted = /^#rr-hl=([\w-]+)$/.exec(location.hash)?.[1];
  if (wanted) highlighter?.jump(wanted);
  await analysed;
}
