/**
 * Notice when the page re-renders the article under us (`el.innerHTML =
 * el.innerHTML`, a paragraph's outerHTML replaced, text edited in place), as
 * sites do: our text model then points at nodes that are gone, or at text that
 * changed. The callback rebuilds; this module only decides when.
 * @module lib/ext/page/dom-watch
 */
import { createRateLimit } from '../../rate-limit';
import type { TextModel } from '../../dom/text-model';

/** True while every node of `model` is still in the page with the text the model read from it. */
export function modelIntact(model: TextModel): boolean {
  for (const node of model.nodes) if (!node.isConnected) return false;
  return true;
}

/** Our own mark changes are seen too, and cost one check: they keep the model intact, so they never trigger a rebuild. */
export interface DomWatch {
  /** Watch a new article root (after a rebuild). */
  rewatch(root: Element): void;
  stop(): void;
}

interface Options {
  root: Element;
  model: () => TextModel;
  /** Called (debounced) when the model no longer matches the page. */
  onRewrite: () => void;
  /** Most rebuilds in ROUND_MS; why: a page that re-renders whenever the DOM changes would
   * otherwise rebuild forever, since our marks change the DOM too. */
  maxRebuilds?: number;
}

const DEBOUNCE_MS = 150;
const ROUND_MS = 10_000;

/** Watch the article's container (and its parent, which a replaced container lives in). */
export function watchArticleDom({ root, model, onRewrite, maxRebuilds = 5 }: Options): DomWatch {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let textEdited = false;
  const allowRebuild = createRateLimit(maxRebuilds, ROUND_MS);
  const check = () => {
    timer = null;
    const edited = textEdited;
    textEdited = false;
    if (!edited && modelIntact(model())) return;
    if (allowRebuild()) onRewrite();
  };
  // The model's nodes as a set, built only when text was edited in place, once per model:
  // building it on every batch of mutations (our own marks cause many) took 0.1 s on a huge page.
  let nodesOf: { model: TextModel; nodes: Set<Node> } | null = null;
  const modelNodes = () => {
    const current = model();
    if (nodesOf?.model !== current) nodesOf = { model: current, nodes: new Set<Node>(current.nodes) };
    return nodesOf.nodes;
  };
  const observer = new MutationObserver((records) => {
    try {
      for (const r of records) if (r.type === 'characterData' && !textEdited && modelNodes().has(r.target)) textEdited = true;
      if (timer === null) timer = setTimeout(check, DEBOUNCE_MS);
    } catch (error) {
      console.warn('[Renmin Reader] watching the article', error);
    }
  });
  const observe = (el: Element) => {
    observer.disconnect();
    observer.observe(el.parentElement ?? el, { childList: true, subtree: true, characterData: true });
  };
  observe(root);
  return {
    rewatch: observe,
    stop() {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    },
  };
}
