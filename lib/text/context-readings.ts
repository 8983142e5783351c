/**
 * Readings that the word alone cannot decide, fixed from the characters around:
 * - 一 keeps its first tone (yī) as an ordinal or a digit of a number — the rule of
 *   the Putonghua proficiency test's outline (普通话水平测试实施纲要, 一 and 不 tone
 *   changes): 第一, 十一, 一九九八年, 一号, 中央一台 (channel one), 一线, 一流, 一审.
 *   Before a magnitude (一百, 一万) it is a cardinal and keeps the sandhi tone.
 * - 行 is háng (a bank, a trade, a row) after a numeral and in bank names built from
 *   modifiers (国有四大行, 各大行, 股份行, 三百六十行), but xíng in 一行 "a party of
 *   people" (代表团一行, 一行五人).
 * @module lib/text/context-readings
 */

const DIGITS = '〇○零一二三四五六七八九';
const NUMERALS = `${DIGITS}十百千万亿两几0123456789０１２３４５６７８９`;
/** After these, 一 is an ordinal: 第一, 初一, 十一, 其一, 之一 (统一, 唯一 end a word, which pinyin-pro reads yī already). */
const ORDINAL_BEFORE = /(?:第|初|其|之|万里挑|十)$/;
/** Weekdays (周一, 星期一), but not 每周一次. */
const WEEKDAY_BEFORE = /(?:周|星期|礼拜)$/;
/** After 一, these make it an ordinal or a label (一号, 一楼, 一线, 一审, 一流, 一把手, 一汽 …). */
const ORDINAL_AFTER = /^(?:号|楼|月|等|级|线|流|审|产|汽|把手|季度|年级|期工程|频道)/;
/** Channel names: 中央一台, 央视一套, 卫视一套. */
const CHANNEL = /(?:中央|央视|卫视|电视台|频道)$/;
/** Bank modifiers before 行 (a bank): 国有行, 股份行, 外资行, 中资行, 各大行. */
const BANK_BEFORE = /(?:国有|股份|外资|中资|合资|商业|政策性|民营|地方|村镇|城商|农商|全国性|区域性|各大|大型|中小)$/;
/** 一行 as a travelling party: after a group or a person, or before a head count or a verb of travel. */
const PARTY_BEFORE = /(?:团|组|队|代表|人员|同志|先生|女士|夫人|总统|总理|主席|部长|大使|一家)$/;
const PARTY_AFTER = /^(?:[0-9０-９一二三四五六七八九十两]+人|人|抵达|到达|前往|来到|访问|参观|考察|离开|结束|在|于|等|[，。、；])/;

/** The reading of 一 or 行 at `i` when the context decides it, else `current`. */
export function contextReading(text: string, i: number, current: string): string {
  const ch = text[i];
  const before = text.slice(Math.max(0, i - 4), i);
  const after = text.slice(i + 1, i + 5);
  if (ch === '一') {
    if (ORDINAL_BEFORE.test(before) || DIGITS.includes(before.slice(-1) || '_')) return 'yī';
    if (WEEKDAY_BEFORE.test(before) && !/^[次回个遍趟天]/.test(after)) return 'yī';
    if ('十百千万亿'.includes(after[0] || '_')) return current;
    if (DIGITS.includes(after[0] || '_') || ORDINAL_AFTER.test(after) || (/^[台套]/.test(after) && CHANNEL.test(before))) return 'yī';
    return current;
  }
  if (ch === '行') {
    if (before.endsWith('一')) return PARTY_BEFORE.test(before.slice(0, -1)) || PARTY_AFTER.test(after) ? 'xíng' : current;
    if (before.endsWith('大') && NUMERALS.includes(before.slice(-2, -1) || '_')) return 'háng';
    if (NUMERALS.includes(before.slice(-1) || '_') && !/^[动为业走驶使]/.test(after)) return 'háng';
    if (BANK_BEFORE.test(before)) return 'háng';
  }
  return current;
}
