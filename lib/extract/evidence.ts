/**
 * What a page shows of being an article, measured on the body extraction found
 * and the metadata the page states: paragraphs that read as prose, a headline,
 * a date line. lib/detect weighs it; nothing here decides.
 * @module lib/extract/evidence
 */
import type { TextModel } from '../dom/text-model';
import { textWeight } from './containers';
import { STEP, type Steps } from '../dom/steps';

export interface ArticleEvidence {
  /** Text weight of the body (Han characters + 2 per word of other scripts). */
  weight: number;
  /** Body paragraphs. */
  paragraphs: number;
  /** Paragraphs that read as prose: long enough, and ending a sentence somewhere. */
  proseParagraphs: number;
  /** Paragraphs that open with a link: the items of a list of headlines. */
  linkLedParagraphs: number;
  /** The page names a headline (site markup, an h1, or its <title>). */
  title: boolean;
  /** The page shows a date line or states a publish date (the address's date does not count). */
  dateLine: boolean;
}

/** Sentence ends in the scripts of the editions: Chinese, Latin, Arabic, Tibetan shad, Mongolian full stop. */
const SENTENCE_END = /[。！？；!?.;؟۔།᠃]/;
/** Below this weight a paragraph is a label, a caption or a headline, not prose. */
const PROSE_WEIGHT = 20;

/** True when a paragraph reads as prose rather than a heading, a caption or a link. */
export function isProse(text: string): boolean {
  const weight = textWeight(text);
  return weight >= PROSE_WEIGHT * 2 || (weight >= PROSE_WEIGHT && SENTENCE_END.test(text));
}

/** Measure the body of `model` and the page's title and date line, as steps (yields every STEP paragraphs). */
export function* measureEvidenceSteps(model: TextModel, page: { title: boolean; dateLine: boolean }): Steps<ArticleEvidence> {
  let prose = 0;
  let linkLed = 0;
  for (let i = 0; i < model.paragraphs.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const p = model.paragraphs[i];
    if (isProse(model.text.slice(p.start, p.end))) prose++;
    const firstVisible = p.nodes.find((n) => /\S/.test(n.data));
    if (firstVisible?.parentElement?.closest('a')) linkLed++;
  }
  return {
    weight: textWeight(model.text),
    paragraphs: model.paragraphs.length,
    proseParagraphs: prose,
    linkLedParagraphs: linkLed,
    title: page.title,
    dateLine: page.dateLine,
  };
}
