/**
 * The background's analysis service: the text analyses (off the page's main
 * thread) and the dictionaries, which load from public/dict once per
 * service-worker life (never in the content script, which stays small),
 * starting as soon as the worker starts. Answers the content script's
 * messages. Each file's load is recorded as a `performance` measure
 * (`rr-dict <file>`; `rr-dict tools` for building the tools) for scripts/bench-dict.ts.
 * @module lib/ext/dictionary-service
 */
import { browser, type Browser } from 'wxt/browser';
import { ANALYSIS_PORT, type FromAnalysis, type ToAnalysis } from './analysis-channel';
import { createLanguageTools, type LanguageTools } from '../text/language-tools';
import type { Replies, ToBackground } from './messages';
import { glossaryAnalysis, textAnalyses } from '../analyze';
import { wordsOfText } from '../text/words-reply';
import { marksOf } from '../text/segment-marks';
import { analysisText } from '../text/analysis-text';

/** Requests this service answers. */
type Served = Extract<ToBackground, { type: 'words' | 'alternatives' }>;
const SERVED = new Set(['words', 'alternatives']);

let tools: Promise<LanguageTools> | null = null;

/** A file of the extension: its response, after a check. */
async function fetchFile(path: string): Promise<Response> {
  const res = await fetch(browser.runtime.getURL(path as '/dict/words.txt'));
  if (!res.ok || !res.body) throw new Error(`cannot read ${path}: ${res.status}`);
  return res;
}

/** A text file of the extension, decoded. */
async function fetchText(path: string): Promise<string> {
  const start = performance.now();
  const text = await (await fetchFile(path)).text();
  performance.measure(`rr-dict ${path}`, { start });
  return text;
}

/**
 * A gzipped file of the extension, inflated by the browser (DecompressionStream)
 * and kept as bytes: the definitions are looked up undecoded (lib/text/sorted-lines).
 */
async function fetchGzipBytes(path: string): Promise<Uint8Array> {
  const start = performance.now();
  const body = (await fetchFile(path)).body!.pipeThrough(new DecompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  performance.measure(`rr-dict ${path}`, { start });
  return bytes;
}

/** The tools, loaded on first call; the three files are fetched in parallel. */
export function languageTools(): Promise<LanguageTools> {
  if (!tools) performance.mark('rr-dict start');
  tools ??= Promise.all([fetchText('/dict/words.txt'), fetchText('/dict/readings.txt'), fetchGzipBytes('/dict/cedict.txt.gz')])
    .then(([words, readings, definitions]) => {
      const start = performance.now();
      const built = createLanguageTools({ words, readings, definitions });
      performance.measure('rr-dict tools', { start });
      return built;
    })
    .catch((error) => {
      tools = null; // let a later request try again
      throw error;
    });
  return tools;
}

/** Answer one request. */
export async function handle(message: Served): Promise<Replies[Served['type']]> {
  const t = await languageTools();
  if (message.type === 'words') {
    const words = wordsOfText(t, message.text);
    // Marks are read on the analysis copy (simplified, the same length), as the article's are.
    return message.marks ? { ...words, ...marksOf(analysisText(message.text), message.marks.referenceDate) } : words;
  }
  return t.alternatives(message.word);
}

/** Serve one analysis channel: gather the text's parts, answer with the text analyses, then the glossary. */
function serveAnalysis(port: Browser.runtime.Port): void {
  const parts: string[] = [];
  const post = (m: FromAnalysis) => {
    try {
      port.postMessage(m);
    } catch {
      // The page went away: nothing to answer.
    }
  };
  port.onMessage.addListener((message: unknown) => {
    const m = message as ToAnalysis;
    if (m?.type === 'text') parts.push(m.part);
    if (m?.type !== 'input') return;
    const input = { ...m.input, text: parts.join('') };
    try {
      post({ type: 'parts', parts: textAnalyses(input) });
    } catch (error) {
      post({ type: 'error', stage: 'parts', error: String(error) });
    }
    languageTools()
      .then((t) => post({ type: 'glossary', glossary: glossaryAnalysis(input, (term) => t.define(term)[0]?.defs[0] ?? null) }))
      .catch((error) => post({ type: 'error', stage: 'glossary', error: String(error) }));
  });
}

/**
 * Register the message listener (call from the background's main) and start
 * loading: a worker wakes for a People's Daily page, whose glossary and words
 * need the dictionaries moments later, so loading now hides most of the wait.
 */
export function serveDictionary(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === ANALYSIS_PORT) serveAnalysis(port);
  });
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const m = message as Served;
    if (!SERVED.has(m?.type)) return false;
    handle(m).then(
      (reply) => sendResponse({ ok: true, reply }),
      (error) => sendResponse({ ok: false, error: String(error) }),
    );
    return true; // answer asynchronously
  });
  languageTools().catch((error) => console.error('[Renmin Reader] dictionaries failed to load', error));
}
