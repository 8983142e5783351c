/**
 * The content script's run on one page, as named steps: detect → open the shell
 * (our host and the panel's frame, ./shell) as soon as the address names an
 * article → extract (in slices) → wire the page-side UI and the panel's view →
 * follow settings (room for the panel, ./layout) → wire the reader's input →
 * analyse (in the background) → restore highlights → watch for the page
 * re-rendering the article. Browser glue; the logic it calls lives in lib/.
 * @module lib/ext/page/start
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseArticleUrl, type UrlInfo } from '../../detect/url';
import { detectArticle, ruledOutByUrl } from '../../detect';
import { extractArticleSteps, findBodyContainer, type Extraction } from '../../extract';
import { showsMarks, type Settings } from '../../settings';
import { articleKey } from '../../store/article-key';
import { removeStaleMarks } from '../../dom/marks';
import { loadSettings, settingsItem, watchSettings } from '../storage-items';
import { createObservable } from '../observable';
import type { PageStatus, ToContent } from '../messages';
import { answerStatus } from './page-status';
import { pageTone } from './page-tone';
import type { ToPage } from '../panel-protocol';
import { withNotice, type PageState } from './page-state';
import { createMarkLayers, type MarkLayers } from './mark-layers';
import { createHighlighter, type Highlighter } from './highlighter';
import { createPinyin } from './pinyin';
import { cycleTerm, runAnalysis } from './analysis';
import { runInSlices, yieldToPage } from './slices';
import { releaseRoom } from './page-room';
import { layout } from './layout';
import { guarded, mark, tOf, type Reader } from './reader';
import { mayOverlap, mountUi, openShell, type Shell } from './shell';
import { scrollAndFlash } from './flash';
import { modelIntact, watchArticleDom } from './dom-watch';

/** True for an event target the reader types into (a field of the page, an editable element). */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
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
    reader.state.set((s) => ({ notices: withNotice(s.notices, 'settings', { key: 'notice.settings', params: { error: String(error) } }) }));
  }
}

/** Fold or unfold the panel at the reader's request (the tab, the collapse button, the shortcut). */
function setCollapsed(reader: Reader, collapsed: boolean, focus = false): void {
  if (!collapsed) reader.userOpened = true;
  reader.state.set({ autoCollapsed: false });
  if (reader.state.get().settings.panelCollapsed !== collapsed) void saveSettings(reader, { panelCollapsed: collapsed });
  if (!collapsed && focus) focusPanel(reader);
}

/** Move the focus into the panel (the shortcut), remembering where it was so Escape can give it back. */
function focusPanel(reader: Reader): void {
  const sel = document.getSelection();
  reader.focusBefore = { element: document.activeElement, range: sel?.rangeCount ? sel.getRangeAt(0).cloneRange() : null };
  requestAnimationFrame(() => reader.frame.focus());
}

/** Give the focus back to the article where it was before the shortcut (Escape in the panel). */
function returnFocus(reader: Reader): void {
  const before = reader.focusBefore;
  reader.focusBefore = null;
  (document.activeElement as HTMLElement | null)?.blur();
  const element = before?.element;
  if (element instanceof HTMLElement && element.isConnected && element !== document.body && element !== reader.host.host) element.focus();
  else window.focus();
  if (before?.range) {
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(before.range);
  }
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
    case 'return-focus': return returnFocus(reader);
    case 'jump-highlight': return highlighter?.jump(message.id);
    case 'update-highlight': return void highlighter?.update(message.id, message.patch);
    case 'delete-highlight': return void highlighter?.remove(message.id);
    case 'restore-highlight': return void highlighter?.restore(message.id);
    case 'reattach': return void highlighter?.reattach(message.id);
    case 'retry': return void highlighter?.retry(message.id);
    case 'discard': return highlighter?.discard(message.id);
    case 'recreate': return void highlighter?.recreate(message.id, message.note);
    case 'save-term': return void reader.pinyin.saveTerm(message.term, message.start, message.pinyin, message.gloss);
  }
}

/** Marks of each kind follow the master switch and their own (dates and figures share a layer). */
function applyMarkSettings(layers: MarkLayers, settings: Settings): void {
  const dates = showsMarks(settings, 'dates');
  const figures = showsMarks(settings, 'figures');
  layers.setFilter('annotations', dates && figures ? null : (span) => (span.attrs?.['data-rr-kind'] === 'date' ? dates : figures));
  layers.enable('annotations', dates || figures);
  layers.enable('terms', showsMarks(settings, 'terms'));
}

/** The settings ruby shows (off is one look, whatever the rest says). */
function rubyLook(s: Settings): string {
  return s.ruby ? `${s.toneColors && s.toneScheme}:${s.pinyinStyle}:${s.knownWords}` : 'off';
}

/** Step 4: settings from storage, followed live; the theme, the panel's side and width, the marks,
 * pinyin and ruby follow them. */
function followSettings(reader: Reader): void {
  const { state, layers, pinyin, host, frame } = reader;
  watchSettings((settings) => state.set({ settings }));
  let lastLayout = '';
  let lastMarks = '';
  let rubyShown = '';
  const apply = (settings: Settings, autoCollapsed: boolean) => {
    host.setAppearance(settings);
    frame.setTitle(tOf(reader)('frame.title'));
    const shape = `${settings.panelCollapsed}:${autoCollapsed}:${settings.panelSide}:${settings.panelWidth}`;
    // Only a change of the panel's state moves the page: reading layout on every change
    // forced a full layout of the page each time (a long task on big pages).
    if (shape !== lastLayout) {
      lastLayout = shape;
      layout(reader);
      pinyin.follow(); // the popup keeps clear of the panel where it now is
    }
    // The marks change only when a switch of theirs did: a new filter redraws every layer inside it.
    const marks = `${showsMarks(settings, 'dates')}:${showsMarks(settings, 'figures')}:${showsMarks(settings, 'terms')}`;
    if (marks !== lastMarks) {
      lastMarks = marks;
      applyMarkSettings(layers, settings);
    }
    if (settings.pinyin || settings.ruby) void pinyin.ensureWords();
    if (!settings.pinyin && !state.get().popup?.pinned) pinyin.hide();
    // Ruby is drawn again only when something it shows changed (it rewraps every character).
    if (rubyLook(settings) !== rubyShown) {
      rubyShown = rubyLook(settings);
      pinyin.syncRuby();
    }
  };
  // Only changes of the settings or the fold: the popup, the selection and the words change often.
  state.subscribe(guarded(({ settings, autoCollapsed }, changed) => {
    if (changed.includes('settings') || changed.includes('autoCollapsed')) apply(settings, autoCollapsed);
  }));
  rubyShown = rubyLook(state.get().settings);
  apply(state.get().settings, state.get().autoCollapsed);
}

/** Step 5: the reader's pointer, selection, clicks, copy, resize and keyboard commands. */
function wireInput(reader: Reader): void {
  const { ctx, state, pinyin, highlighter, host } = reader;
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, options?: AddEventListenerOptions) =>
    ctx.addEventListener(document, type, guarded(fn), options);
  on('mousemove', (e) => pinyin.onPointer(e.clientX, e.clientY, e.target === host.host, { alt: e.altKey, ctrl: e.ctrlKey, shift: e.shiftKey }));
  on('mouseleave', () => {
    if (!state.get().popup?.pinned) pinyin.leave();
  });
  // A press elsewhere (to select, to click) closes a hover popup: it must not cover what the reader does next.
  on('mousedown', (e) => {
    if (e.target !== host.host && state.get().popup && !state.get().popup?.pinned) pinyin.hide();
  });
  // The popup's keys (N, B, R, P, A), also for a hover popup: never when typing in the page's own fields.
  on('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || !state.get().popup) return;
    if (e.target !== host.host && isTyping(e.target)) return;
    if (pinyin.onKey(e.key)) {
      e.preventDefault();
      e.stopPropagation();
    }
  }, { capture: true });
  ctx.addEventListener(window, 'scroll', guarded(() => {
    pinyin.follow();
    reader.rail.update();
  }), { passive: true });
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
      // Escape closes what is open: the word popup (giving the focus back), else the selection toolbar.
      if (state.get().popup) pinyin.close();
      else if (state.get().selection) state.set({ selection: null });
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
    const m = message as ToContent;
    const { settings, autoCollapsed } = state.get();
    if (m?.type === 'toggle-panel') setCollapsed(reader, !(settings.panelCollapsed || autoCollapsed), true);
    else if (m?.type === 'set-panel') setCollapsed(reader, !m.open);
    else if (m?.type === 'toggle-pinyin') void saveSettings(reader, { pinyin: !settings.pinyin });
    else if (m?.type === 'lookup-word') void pinyin.lookupAtSelection();
    else if (m?.type === 'highlight-selection' && highlighter) {
      highlighter.readSelection();
      void highlighter.saveSelection();
    }
  }));
}

/** Open a highlight's note editor: unfold the panel and let it take the focus. */
function openEditor(reader: Reader, id: string): void {
  reader.pinyin.hide();
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
    void runAnalysis(state, layers, () => tOf(reader)).catch((error) => console.warn('[Renmin Reader] analysis', error));
  } else pinyin.syncRuby();
}

/** Run the reader on the current page; does nothing on pages that are not articles. */
export async function startReader(ctx: ContentScriptContext): Promise<void> {
  const timings: Record<string, number> = {};
  mark(null, timings, 'start');
  let status: PageStatus = { kind: 'detecting' };
  let reader: Reader | null = null;
  answerStatus(ctx, () => {
    if (!reader) return status;
    const { settings, autoCollapsed, extraction } = reader.state.get();
    return { kind: 'article', title: extraction.meta.title, panelOpen: !(settings.panelCollapsed || autoCollapsed) };
  });
  const urlInfo = parseArticleUrl(location.href);
  if (ruledOutByUrl(urlInfo)) {
    status = { kind: 'not-article' };
    return;
  }
  // The settings are read while the article is found: the shell waits for them only.
  const storedSettings = loadSettings();
  let shell: Shell | null = null;
  const closeShell = () => shell?.remove();
  ctx.onInvalidated(closeShell);
  // An address that names an article (…/c1004-40232587.html, content_N.html) on a page with one of
  // the site's body containers opens the shell now, folded when the article may not fit beside it.
  const container = urlInfo.urlId !== null ? findBodyContainer(document) : null;
  if (container) {
    const settings = await storedSettings;
    shell = openShell(timings, settings, onPanelAction, settings.panelCollapsed || mayOverlap(container, settings));
    await yieldToPage();
  }
  const extraction = await findArticle(urlInfo);
  if (!extraction) {
    closeShell();
    status = { kind: 'not-article' };
    return;
  }
  mark(shell?.host.host ?? null, timings, 'extracted');
  await yieldToPage();

  const key = articleKey(location.href, extraction.meta.articleId);
  const settings = await storedSettings;
  shell ??= openShell(timings, settings, onPanelAction);
  const { host } = shell;
  const state = createObservable<PageState>({
    extraction, settings, autoCollapsed: false, analysis: null, highlights: null,
    selection: null, words: null, wordsStatus: 'idle', corrections: {}, popup: null, notices: [], readOnly: false, savedWords: [], speech: 'checking',
    highlightable: key !== null,
  });
  const layers = createMarkLayers(extraction.model, document);
  layers.setTone(pageTone(extraction.root, window));
  const root = () => state.get().extraction.root!;
  const r = {
    ctx, urlInfo, state, layers, host, frame: shell.frame, rail: shell.rail, timings, userOpened: false, layouts: 0, focusBefore: null,
    pinyin: createPinyin({ doc: document, store: state, layers, root, ui: host.uiRoot }),
    highlighter: null as Highlighter | null,
  } as Reader;
  r.highlighter = key
    ? createHighlighter({ doc: document, state, layers, root, articleKey: key, meta: extraction.meta, openEditor: (id) => openEditor(r, id) })
    : null;
  mountUi(r, shell);
  reader = r;
  ctx.onInvalidated(() => {
    layers.clear();
    releaseRoom(document);
  });

  followSettings(r);
  wireInput(r);

  await yieldToPage();
  const analysed = runAnalysis(state, layers, () => tOf(r))
    .catch((error) => console.warn('[Renmin Reader] analysis', error))
    .then(() => mark(host.host, timings, 'analysed'));
  mark(host.host, timings, 'highlightsStart');
  await r.highlighter?.load();
  mark(host.host, timings, 'highlights');
  // Opened from the library at one highlight: #rr-hl=<id>.
  const wanted = /^#rr-hl=([\w-]+)$/.exec(location.hash)?.[1];
  if (wanted) r.highlighter?.jump(wanted);

  let rebuilding = false;
  const watch = watchArticleDom({ root: extraction.root!, model: () => layers.model(), onRewrite: guarded(() => {
    if (rebuilding) return;
    rebuilding = true;
    void rebuild(r).catch((error) => console.warn('[Renmin Reader] rebuild', error)).finally(() => {
      rebuilding = false;
      watch.rewatch(root());
      mark(host.host, timings, 'rebuilt');
    });
  }) });
  ctx.onInvalidated(() => watch.stop());
  await analysed;
}
