/**
 * The background's analysis service: the text analyses (off the page's main
 * thread) and the dictionaries, which load from public/dict once, on first need
 * (never in the content script, which stays small). Answers the content
 * script's messages.
 * @module lib/ext/dictionary-service
 */
import { browser } from 'wxt/browser';
import { createLanguageTools, type LanguageTools } from '../text/language-tools';
import type { Replies, ToBackground } from './messages';
import { glossaryAnalysis, textAnalyses } from '../analyze';
import { analysisText, wordsOnPage } from '../text/analysis-text';

/** Requests this service answers. */
type Served = Extract<ToBackground, { type: 'words' | 'alternatives' | 'glossary' | 'analyze' }>;
const SERVED = new Set(['words', 'alternatives', 'glossary', 'analyze']);

let tools: Promise<LanguageTools> | null = null;

async function fetchText(path: string, gzip = false): Promise<string> {
  const res = await fetch(browser.runtime.getURL(path as '/dict/words.txt'));
  if (!res.ok || !res.body) throw new Error(`cannot read ${path}: ${res.status}`);
  if (!gzip) return res.text();
  return new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).text();
}

/** The tools, loaded on first call (the three files together take a few hundred ms). */
export function languageTools(): Promise<LanguageTools> {
  tools ??= Promise.all([fetchText('/dict/words.txt'), fetchText('/dict/readings.txt'), fetchText('/dict/cedict.txt.gz', true)])
    .then(([words, readings, definitions]) => createLanguageTools({ words, readings, definitions }))
    .catch((error) => {
      tools = null; // let a later request try again
      throw error;
    });
  return tools;
}

/** Answer one request. */
export async function handle(message: Served): Promise<Replies[Served['type']]> {
  // Pure text work that needs no dictionary: answered without waiting for one.
  if (message.type === 'analyze') return textAnalyses(message.input);
  const t = await languageTools();
  if (message.type === 'words') {
    // Segmented and read on the analysis copy (simplified for a traditional page); each word keeps
    // the page's own characters, and its definitions are looked up by its simplified form.
    const words = wordsOnPage(t.words(analysisText(message.text)), message.text);
    const definitions: Record<string, ReturnType<LanguageTools['define']>> = {};
    for (const w of words) if (w.pinyin && !(w.text in definitions)) definitions[w.text] = t.define(w.simplified ?? w.text);
    return { words, definitions };
  }
  if (message.type === 'glossary') return glossaryAnalysis(message.input, (term) => t.define(term)[0]?.defs[0] ?? null);
  return t.alternatives(message.word);
}

/** Register the message listener (call from the background's main). */
export function serveDictionary(): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const m = message as Served;
    if (!SERVED.has(m?.type)) return false;
    handle(m).then(
      (reply) => sendResponse({ ok: true, reply }),
      (error) => sendResponse({ ok: false, error: String(error) }),
    );
    return true; // answer asynchronously
  });
}
