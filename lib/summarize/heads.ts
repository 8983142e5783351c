/**
 * Heading shapes in People's Daily bodies: numbered heads (一、 （一） 1. 第一，
 * 一是), short framing heads (一个机制 / 一条主线), and bold subheads.
 * @module lib/summarize/heads
 */

/** A heading style; the outline nests styles in this order when several are present. */
export type HeadStyle = 'cn-dun' | 'bold' | 'framing' | 'label' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'di' | 'shi';

/** Nesting precedence: earlier styles sit higher in the outline. */
export const STYLE_ORDER: HeadStyle[] = ['cn-dun', 'bold', 'framing', 'label', 'cn-paren', 'arabic', 'arabic-paren', 'di', 'shi'];

const CN = '[一二三四五六七八九十]{1,3}';
const NUMBERED: [HeadStyle, RegExp][] = [
  ['cn-dun', new RegExp(`^(${CN})、`)],
  ['cn-paren', new RegExp(`^[（(](${CN})[）)]`)],
  ['arabic-paren', /^[（(]([0-9]{1,2})[）)]/],
  ['arabic', /^([0-9]{1,2})[.．、](?![0-9])/],
  ['di', new RegExp(`^第(${CN})[，,、：:是](?!次|届|个|年|批)`)],
  ['shi', new RegExp(`^(${CN})是(?=[^，。；]{2})`)],
];
/** 一个机制, 一条主线, 两大任务, 三种能力: numeral + classifier + a short noun, as a whole paragraph. */
const FRAMING = /^[一两二三四五六七八九十]{1,2}[个条种项大张幅场份道股][\u4e00-\u9fa5“”]{1,10}$/;
/** Inline series items (二是 …, 第三，…) after a clause break inside a paragraph. */
const INLINE_ITEM = new RegExp(`(?<=[；;。：:])(?:第(${CN})[，,、]|(${CN})是(?=[^，。；]{2}))`, 'g');

/** A numbered head: its style and its number (一 → 1). */
export interface HeadMatch { style: HeadStyle; ordinal: number }

/** Chinese numeral (1–99) or Arabic digits to a number; NaN when neither. */
export function ordinalValue(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const d = '一二三四五六七八九';
  if (s === '十') return 10;
  if (s.length === 1) return d.indexOf(s) + 1 || NaN;
  if (s[0] === '十') return 10 + (d.indexOf(s[1]) + 1);
  if (s[1] === '十') return (d.indexOf(s[0]) + 1) * 10 + (s[2] ? d.indexOf(s[2]) + 1 : 0);
  return NaN;
}

/** The numbered style a paragraph starts with, with its ordinal, or null. */
export function numberedHead(paragraph: string): HeadMatch | null {
  for (const [style, re] of NUMBERED) {
    const m = re.exec(paragraph);
    if (m) return { style, ordinal: ordinalValue(m[1]) };
  }
  return null;
}

/** True for a short framing head such as 一个机制 or 一条主线. */
export function isFramingHead(paragraph: string): boolean {
  return FRAMING.test(paragraph) && !/记者|摄/.test(paragraph);
}

/** Inline series items inside one paragraph: offset (relative) and ordinal. */
export function inlineItems(paragraph: string): { offset: number; ordinal: number; style: HeadStyle }[] {
  const out: { offset: number; ordinal: number; style: HeadStyle }[] = [];
  for (const m of paragraph.matchAll(INLINE_ITEM)) {
    out.push({ offset: m.index ?? 0, ordinal: ordinalValue(m[1] ?? m[2]), style: m[1] ? 'di' : 'shi' });
  }
  return out;
}

/**
 * The label shown for a head: the whole text for a short paragraph, else its first
 * clause (heads run into their paragraph: 一是构建创新平台，河南…). Never rewritten,
 * only cut; a cut longer than `max` ends with an ellipsis.
 */
export function headLabel(paragraph: string, max = 36): string {
  let label = paragraph;
  // A head ends at its first full stop (（一）向良田要产量。2022年起… → （一）向良田要产量).
  const stop = /(?<=^.{2,})[。！？；;]/.exec(label);
  if (stop) label = label.slice(0, stop.index);
  label = label.replace(/[：:]$/, '');
  if (label.length > 24) {
    const cut = /(?<=^.{4,})[，。！？；;：:]/.exec(label);
    if (cut) label = label.slice(0, cut.index);
  }
  return label.length > max ? `${label.slice(0, max)}…` : label;
}
