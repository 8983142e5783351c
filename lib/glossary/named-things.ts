/**
 * A personal name used attributively names a thing, not a person of the article: a
 * satellite, a ship, a school, a prize, a street named after someone
 * (图帕克·卡塔里通信卫星, 通信卫星“图帕克·卡塔里”星, “雪龙”号, 鲁迅文学奖,
 * 中山大道). The name is directly followed by the head noun of the thing (after a
 * closing quote when the name is quoted), or, quoted, it stands in apposition right
 * after such a head (卫星“图帕克·卡塔里”).
 * @module lib/glossary/named-things
 */
import type { WordSpan } from '../text/name-role-nouns';

/**
 * Heads of things named after people (craft, places, institutions, prizes, laws), of two
 * characters or more: the word after the name is one, or ends in one (通信卫星, 研究中心).
 */
const HEADS = ['卫星', '飞船', '探测器', '空间站', '科考站', '考察站', '火箭', '轮船', '大学', '学院', '中学', '小学', '学校',
  '研究所', '研究院', '中心', '基金会', '基金', '奖学金', '勋章', '奖章', '文学奖', '科技奖', '和平奖', '大道', '大街', '广场', '公园', '大桥',
  '机场', '纪念馆', '纪念碑', '博物馆', '故居', '图书馆', '剧院', '医院', '体育场', '公司', '集团', '定律', '定理', '效应', '方程', '猜想'];
const HEAD_END = new RegExp(`(?:${HEADS.join('|')})$`);
const HEAD_START = new RegExp(`^(?:${HEADS.join('|')})`);
/** Heads of one character that make everyday words (号召, 站在, 获奖): only after a closing quote (“雪龙”号). */
const QUOTED_ONLY = /^(?:星|号|舰|轮|站|杯|奖|丸)$/;
const CLOSE_QUOTE = /[”’」』》"]/;
const OPEN_QUOTE = /[“‘「『《"]/;

/**
 * True when the name at [start, end) is used attributively: the word after it (after a
 * closing quote) is or ends in a thing's head, or the quoted name follows such a head.
 * `wordsByStart` are the reader's words; with one-character words (no dictionary) only
 * a head written out right after the name counts.
 */
export function namesAThing(text: string, start: number, end: number, wordsByStart: Map<number, WordSpan>, wordsByEnd: Map<number, WordSpan>): boolean {
  const quoted = CLOSE_QUOTE.test(text[end] ?? '') && OPEN_QUOTE.test(text[start - 1] ?? '');
  const at = quoted ? end + 1 : end;
  const next = wordsByStart.get(at)?.text ?? '';
  if (quoted && QUOTED_ONLY.test(next || text[at] || '')) return true;
  if (next.length >= 2 ? HEAD_END.test(next) : HEAD_START.test(text.slice(at, at + 3))) return true;
  // 卫星“图帕克·卡塔里”: a quoted name right after the head it names.
  const before = quoted ? wordsByEnd.get(start - 1)?.text ?? '' : '';
  return before.length >= 2 && HEAD_END.test(before);
}
