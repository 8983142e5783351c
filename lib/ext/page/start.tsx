/**
 * The content script's run on one page, as named steps: detect → extract →
 * mount our host and the panel's frame → follow settings → wire the reader's
 * input → analyse (in the background) → restore highlights → watch for the page
 * re-rendering the article. Browser glue; the logic it calls lives in lib/.
 * @module lib/ext/page/start
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseArticleUrl, type UrlInfo } from '../../detect/url';
import { detectArticle, ruledOutByUrl } from '../../detect';
import { extractArticleSteps, findBodyContainer, type Extraction } from '../../extract';
import { readSettings, type Settings } from '../../settings';
import { articleKey } from '../../store/article-key';
import { removeStaleMarks } from '../../dom/marks';
import { settingsItem } from '../storage-items';
import { createObservable, type Observable } from '../observable';
import type { ToContent } from '../messages';
import type { PanelView, ToPage } from '../panel-protocol';
import type { PageState } from './page-state';
import { createMarkLayers, type MarkLayers } from './mark-layers';
import { createHighlighter, type Highlighter } from './highlighter';
import { createPinyin, type Pinyin } from './pinyin';
import { cycleTerm, runAnalysis } from './analysis';
import { runInSlices, yieldToPage } from './slices';
import { PANEL_WIDTH, articleOverlapsPanel, isLargePage, makeRoom, rectAfterLayout, releaseRoom } from './page-room';
import { mountPageHost, type PageHost } from './page-host';
import { createPanelFrame, type PanelFrame } from './panel-frame';
import { changedParts, createViewOf } from './panel-view';
import { PageUi } from './page-ui';
import { scrollAndFlash } from './flash';
import { modelIntact, watchArticleDom } from './dom-watch';

/** Timings in ms since navigation start, kept on the host for tests and the benchmark. */
function mark(host: HTMLElement | null, timings: Record<string, number>, name: string): void {
  timings[name] = Math.round(performance.now() * 10) / 10;
  performance.mark(`rr:${name}`);
  if (host) host.dataset.rrTimings = JSON.stringify(timings);
}

/** Run `fn` for an event without ever letting our failure become the page's. */
function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.warn('[Renmin Reader]', error);
    }
  };
}

/** Everything one page's run holds. */
interface Reader {
  ctx: ContentScriptContext;
  urlInfo: UrlInfo;
  state: Observable<PageState>;
  layers: MarkLayers;
  highlighter: Highlighter | null;
  pinyin: Pinyin;
  host: PageHost;
  frame: PanelFrame;
  timings: Record<string, number>;
  /** The reader opened the panel over the page in a narrow window: not folded again until a resize. */
  userOpened: boolean;
  /** Counts layouts, so a measurement that arrives after a newer layout is dropped. */
  layouts: number;
}

/**
 * Step 1–2: the URL form, then the article body in the DOM; null when this is no article.
 * Extraction runs in slices (a huge body takes a second of work); a page that changed the
 * body meanwhile is read again, once.
 */
async function findArticle(urlInfo: UrlInfo): Promise<Extraction | null> {
  if (ruledOutByUrl(urlInfo)) return null;
  let extraction: Extraction | null = null;
  for (let attempt = 0; attempt < 2 && !(extraction && modelIntact(extraction.model)); attempt++) {
    try {
      extraction = await runInSlices(extractArticleSteps(document, location.href, urlInfo));
    } catch (error) {
      console.warn('[Renmin Reader] extraction failed; no panel on this page', error);
      return null;
    }
  }
  const verdict = detectArticle(urlInfo, extraction);
  return verdict.isArticle && extraction?.root ? extraction : null;
}

/** Persist a settings change; a failing write is shown, never swallowed. */
async function saveSettings(reader: Reader, patch: Partial<Settings>): Promise<void> {
  const next = { ...reader.state.get().settings, ...patch };
  reader.state.set({ settings: next });
  try {
    await settingsItem.setValue(next);
  } catch (error) {
    reader.state.set((s) => ({ notices: [...s.notices.filter((n) => n.id !== 'settings'), { id: 'settings', text: `设置未能保存 Settings not saved: ${String(error)}` }] }));
  }
}

/** Fold or unfold the panel at the reader's request (the tab, the collapse button, the shortcut). */
function setCollapsed(reader: Reader, collapsed: boolean, focus = false): void {
  if (!collapsed) reader.userOpened = true;
  reader.state.set({ autoCollapsed: false });
  if (reader.state.get().settings.panelCollapsed !== collapsed) void saveSettings(reader, { panelCollapsed: collapsed });
  if (!collapsed && focus) requestAnimationFrame(() => reader.frame.focus());
}

/**
 * Room for the panel: shift the page; if the article still reaches under the panel, fold to the
 * tab. Docked or folded is decided once the page is laid out with room: in the next animation
 * frame, before it is painted (so a narrow window never shows the docked panel for a frame), or
 * on a large page after the browser's own layout (forcing a layout of a huge page held our task
 * for 0.2 s). Until then the panel keeps the state it shows.
 */
function layout(reader: Reader): void {
  const { settings, autoCollapsed, extraction } = reader.state.get();
  const id = ++reader.layouts;
  if (settings.panelCollapsed || autoCollapsed) {
    reader.frame.setCollapsed(true);
    releaseRoom(document);
    return;
  }
  makeRoom(document, PANEL_WIDTH);
  const root = extraction.root;
  if (reader.userOpened || !root) {
    reader.frame.setCollapsed(false);
    return;
  }
  const decide = (rect: { width: number; right: number }) => {
    if (id !== reader.layouts) return; // a newer layout took over
    if (!articleOverlapsPanel(rect, window, PANEL_WIDTH)) {
      reader.frame.setCollapsed(false);
      return;
    }
    releaseRoom(document);
    reader.state.set({ autoCollapsed: true });
    reader.frame.setCollapsed(true);
  };
  if (isLargePage(document)) void rectAfterLayout(root).then(guarded(decide));
  else requestAnimationFrame(guarded(() => decide(root.getBoundingClientRect())));
}

/** What the panel asks for; everything here comes from a real click or key in the panel frame. */
function onPanelAction(reader: Reader, message: ToPage): void {
  const { highlighter, layers, host } = reader;
  switch (message.type) {
    case 'jump': return scrollAndFlash(layers.model(), message.start, message.end, host.flashLayer);
    case 'cycle-term': {
      if (!cycleTerm(document, message.term)) {
        const at = reader.state.get().extraction.text.indexOf(message.term);
        if (at >= 0) scrollAndFlash(layers.model(), at, at + message.term.length, host.flashLayer);
      }
      return;
    }
    case 'set-collapsed': return setCollapsed(reader, message.collapsed);
    case 'return-focus': {
      (document.activeElement as HTMLElement | null)?.blur();
      document.body?.focus();
      return;
    }
    case 'jump-highlight': return highlighter?.jump(message.id);
    case 'update-highlight': return void highlighter?.update(message.id, message.patch);
    case 'delete-highlight': return void highlighter?.remove(message.id);
    case 'restore-highlight': return void highlighter?.restore(message.id);
    case 'reattach': return void highlighter?.reattach(message.id);
    case 'retry': return void highlighter?.retry(message.id);
    case 'discard': return highlighter?.discard(message.id);
    case 'recreate': return void highlighter?.recreate(message.id, message.note);
  }
}

/** Our host and the panel's frame; the panel waits for its first view until the reader is ready. */
interface Shell {
  host: PageHost;
  frame: PanelFrame;
  /** The page's reader once the article is confirmed (the frame serves it from then on). */
  reader: Reader | null;
  /** The last view sent to the panel. */
  sent: PanelView | null;
  viewOf: (state: PageState) => PanelView;
  remove(): void;
}

/**
 * Step 3: our host and the panel's frame, folded or docked as the settings say. Opened as soon
 * as the address names an article (before the body is found), so the panel's shell shows at
 * once and fills as results arrive; over the page until the article is confirmed, then the page
 * makes room. A page that turns out not to be an article gets it removed: no host at all.
 */
function openShell(timings: Record<string, number>, settings: Settings, folded = settings.panelCollapsed): Shell {
  const host = mountPageHost(document);
  mark(host.host, timings, 'panel');
  const shell: Shell = {
    host, reader: null, sent: null, viewOf: createViewOf(document),
    frame: createPanelFrame({
      slot: host.frameSlot,
      view: () => (shell.reader ? (shell.sent = shell.viewOf(shell.reader.state.get())) : null),
      onAction: guarded((m: ToPage) => shell.reader && onPanelAction(shell.reader, m)),
      onConnect: () => mark(host.host, timings, 'panelConnected'),
    }),
    remove() {
      shell.frame.remove();
      host.remove();
    },
  };
  shell.frame.setCollapsed(folded);
  return shell;
}

/** The page-side UI follows the state; the panel gets patches of the view (all of it first). */
function mountUi(reader: Reader, shell: Shell): void {
  const { state, host, frame } = reader;
  const drawUi = () => render(<PageUi state={state.get()} highlighter={reader.highlighter} pinyin={reader.pinyin} />, host.uiRoot);
  const sendView = () => {
    if (!frame.connected()) return;
    const next = shell.viewOf(state.get());
    const patch = changedParts(shell.sent, next);
    shell.sent = next;
    if (Object.keys(patch).length) frame.send({ type: 'view', patch });
  };
  state.subscribe(guarded(() => {
    drawUi();
    sendView();
  }));
  shell.reader = reader;
  drawUi();
  sendView();
}

/** Step 4: settings from storage, followed live; marks, pinyin and ruby follow their switches. */
function followSettings(reader: Reader): void {
  const { state, layers, pinyin } = reader;
  settingsItem.watch((value) => state.set({ settings: readSettings(value).settings }));
  let lastFold = '';
  let rubyShown = false;
  state.subscribe(guarded(({ settings, autoCollapsed }) => {
    const fold = `${settings.panelCollapsed}:${autoCollapsed}`;
    // Only a change of the panel's state moves the page: reading layout on every change
    // forced a full layout of the page each time (a long task on big pages).
    if (fold !== lastFold) {
      lastFold = fold;
      layout(reader);
    }
    layers.enable('annotations', settings.marks);
    layers.enable('terms', settings.marks);
    if (settings.pinyin || settings.ruby) void pinyin.ensureWords();
    if (!settings.pinyin) pinyin.hide();
    if (settings.ruby !== rubyShown) {
      rubyShown = settings.ruby;
      pinyin.syncRuby();
    }
  }));
  lastFold = `${state.get().settings.panelCollapsed}:${state.get().autoCollapsed}`;
  layout(reader);
  layers.enable('annotations', state.get().settings.marks);
  layers.enable('terms', state.get().settings.marks);
  if (state.get().settings.pinyin || state.get().settings.ruby) void pinyin.ensureWords();
  rubyShown = state.get().settings.ruby;
}

/** Step 5: the reader's pointer, selection, clicks, copy, resize and keyboard commands. */
function wireInput(reader: Reader): void {
  const { ctx, state, pinyin, highlighter, host } = reader;
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, options?: AddEventListenerOptions) =>
    ctx.addEventListener(document, type, guarded(fn), options);
  on('mousemove', (e) => pinyin.onPointer(e.clientX, e.clientY, e.target === host.host));
  on('mouseleave', () => pinyin.hide());
  ctx.addEventListener(window, 'scroll', guarded(() => pinyin.follow()), { passive: true });
  ctx.addEventListener(window, 'resize', guarded(() => {
    reader.userOpened = false;
    if (state.get().autoCollapsed) state.set({ autoCollapsed: false });
    else layout(reader);
  }));
  on('copy', (e) => {
    // With ruby on, copy the article's own text: never the pinyin above it.
    const sel = document.getSelection();
    const text = state.get().settings.ruby && sel?.rangeCount ? pinyin.copyText(sel.getRangeAt(0)) : null;
    if (text && e.clipboardData) {
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    }
  });
  on('keyup', (e) => {
    if (e.key === 'Escape') {
      pinyin.hide();
      if (state.get().selection) state.set({ selection: null });
    } else if (highlighter && (e.key.startsWith('Arrow') || e.key === 'Shift')) highlighter.readSelection();
  });
  if (highlighter) {
    on('mouseup', (e) => {
      if (e.target !== host.host) setTimeout(guarded(() => highlighter.readSelection()), 0);
    });
    on('selectionchange', () => {
      if (document.getSelection()?.isCollapsed && state.get().selection) state.set({ selection: null });
    });
    on('click', (e) => {
      // A click on one of our highlight marks opens its note in the panel; only a real click.
      const id = e.isTrusted ? highlighter.markAt(e.target) : null;
      if (id) openEditor(reader, id);
    });
  }
  browser.runtime.onMessage.addListener(guarded((message: unknown) => {
    const type = (message as ToContent)?.type;
    const { settings, autoCollapsed } = state.get();
    if (type === 'toggle-panel') setCollapsed(reader, !(settings.panelCollapsed || autoCollapsed), true);
    else if (type === 'toggle-pinyin') void saveSettings(reader, { pinyin: !settings.pinyin });
    else if (type === 'highlight-selection' && highlighter) {
      highlighter.readSelection();
      void highlighter.saveSelection();
    }
  }));
}

/** Open a highlight's note editor: unfold the panel and let it take the focus. */
function openEditor(reader: Reader, id: string): void {
  const { settings, autoCollapsed } = reader.state.get();
  if (settings.panelCollapsed || autoCollapsed) setCollapsed(reader, false);
  reader.frame.focus();
  reader.frame.send({ type: 'edit', id });
}

/** Step 7: the page re-rendered the article: find it again, put marks and highlights back. */
async function rebuild(reader: Reader): Promise<void> {
  const { state, layers, highlighter, pinyin } = reader;
  const before = state.get().extraction;
  layers.clear();
  removeStaleMarks(document.body ?? document.documentElement);
  const extraction = await findArticle(reader.urlInfo);
  if (!extraction) return; // the article is gone from the page: leave the page alone
  const sameText = extraction.text === before.text;
  state.set({ extraction, ...(sameText ? {} : { analysis: null, selection: null }) });
  layers.rebase(extraction.model, sameText);
  highlighter?.replaceAll();
  if (!sameText) {
    pinyin.invalidate();
    const { settings } = state.get();
    if (settings.pinyin || settings.ruby) void pinyin.ensureWords();
    void runAnalysis(state, layers).catch((error) => console.warn('[Renmin Reader] analysis', error));
  } else pinyin.syncRuby();
}

/**
 * True when the article (the site's body container, where it is now) may reach under the docked
 * panel: it already does before the page makes room. Read before our host is in the page, when
 * the page's layout is usually clean, so it costs no layout of its own.
 */
function mayOverlap(container: Element): boolean {
  return articleOverlapsPanel(container.getBoundingClientRect(), window, PANEL_WIDTH);
}

/** Run the reader on the current page; does nothing on pages that are not articles. */
export async function startReader(ctx: ContentScriptContext): Promise<void> {
  const timings: Record<string, number> = {};
  mark(null, timings, 'start');
  const urlInfo = parseArticleUrl(location.href);
  if (ruledOutByUrl(urlInfo)) return;
  // The settings are read while the article is found: the shell waits for them only.
  const storedSettings = settingsItem.getValue().catch(() => null);
  let shell: Shell | null = null;
  const closeShell = () => shell?.remove();
  ctx.onInvalidated(closeShell);
  // An address that names an article (…/c1004-40232587.html, content_N.html) on a page with one of
  // the site's body containers opens the shell now, folded when the article may not fit beside it.
  const container = urlInfo.urlId !== null ? findBodyContainer(document) : null;
  if (container) {
    const { settings } = readSettings(await storedSettings);
    shell = openShell(timings, settings, settings.panelCollapsed || mayOverlap(container));
    await yieldToPage();
  }
  const extraction = await findArticle(urlInfo);
  if (!extraction) {
    closeShell();
    return;
  }
  mark(shell?.host.host ?? null, timings, 'extracted');
  await yieldToPage();

  const key = articleKey(location.href, extraction.meta.articleId);
  const { settings } = readSettings(await storedSettings);
  shell ??= openShell(timings, settings);
  const { host } = shell;
  const state = createObservable<PageState>({
    extraction, settings, autoCollapsed: false, analysis: null, highlights: null,
    selection: null, words: null, wordsStatus: 'idle', corrections: {}, popup: null, notices: [], readOnly: false,
    highlightable: key !== null,
  });
  const layers = createMarkLayers(extraction.model, document);
  const root = () => state.get().extraction.root!;
  const reader = {
    ctx, urlInfo, state, layers, host, frame: shell.frame, timings, userOpened: false, layouts: 0,
    pinyin: createPinyin({ doc: document, store: state, layers, root }),
    highlighter: null as Highlighter | null,
  } as Reader;
  reader.highlighter = key
    ? createHighlighter({ doc: document, state, layers, root, articleKey: key, meta: extraction.meta, openEditor: (id) => openEditor(reader, id) })
    : null;
  mountUi(reader, shell);
  ctx.onInvalidated(() => {
    layers.clear();
    releaseRoom(document);
  });

  followSettings(reader);
  wireInput(reader);

  await yieldToPage();
  const analysed = runAnalysis(state, layers)
    .catch((error) => console.warn('[Renmin Reader] analysis', error))
    .then(() => mark(host.host, timings, 'analysed'));
  mark(host.host, timings, 'highlightsStart');
  await reader.highlighter?.load();
  mark(host.host, timings, 'highlights');
  // Opened from the library at one highlight: #rr-hl=<id>.
  const wanted = /^#rr-hl=([\w-]+)$/.exec(location.hash)?.[1];
  if (wanted) reader.highlighter?.jump(wanted);

  let rebuilding = false;
  const watch = watchArticleDom({ root: extraction.root!, model: () => layers.model(), onRewrite: guarded(() => {
    if (rebuilding) return;
    rebuilding = true;
    void rebuild(reader).catch((error) => console.warn('[Renmin Reader] rebuild', error)).finally(() => {
      rebuilding = false;
      watch.rewatch(root());
      mark(host.host, timings, 'rebuilt');
    });
  }) });
  ctx.onInvalidated(() => watch.stop());
  await analysed;
}
