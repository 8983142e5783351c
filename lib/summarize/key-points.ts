/**
 * Key points for the outline of an article without heads (short news): its most
 * central sentences (TextRank, lib/summarize/key-sentences), each shown as a short
 * label cut from the sentence itself, so the outline is never just a dateline.
 * @module lib/summarize/key-points
 */
import type { ArticleMeta, OutlineEntry, Paragraph } from '../types';
import { keySentences } from './key-sentences';

/** Longest label, in characters; a longer cut ends with an ellipsis. */
const MAX_LABEL = 32;
/** A clause with fewer Han characters than this (5月9日, 近日, 据介绍) does not make a label on its own. */
const MIN_CLAUSE = 6;
/** A reporting frame says who speaks, not the point: 记者了解到，据…负责人介绍，专家表示， */
const FRAME = /(?:了解到|获悉|介绍|表示|说|指出|认为|强调|称|看来|透露|报道|统计|显示)$/;

/** Level-1 outline entries at the article's key sentences, in reading order. */
export function keyPoints(text: string, paragraphs: Paragraph[], meta?: Partial<ArticleMeta> | null): OutlineEntry[] {
  return keySentences(text, paragraphs, { meta }).map((s) => ({ level: 1, text: keyPointLabel(s.text), start: s.start }));
}

/**
 * The label of a key sentence: its first clause with some substance — leading
 * time adverbials (5月9日，近日，) and reporting frames (据…介绍，) are skipped — extended by the next
 * clause when short, cut at {@link MAX_LABEL} with an ellipsis. Never rewritten.
 */
export function keyPointLabel(sentence: string): string {
  const clauses = sentence.replace(/[。！？!?]+[”’」』）)]*$/, '').split(/(?<=[，；：,;:])/);
  const han = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;
  let i = 0;
  const skip = (c: string) => han(c) < MIN_CLAUSE || FRAME.test(c.replace(/[，；：,;:]$/, ''));
  while (i < clauses.length - 1 && skip(clauses[i])) i++;
  let label = clauses[i];
  if (han(label) < 12 && i + 1 < clauses.length) label += clauses[i + 1];
  label = label.replace(/[，；：,;:]$/, '');
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL)}…` : label;
}
