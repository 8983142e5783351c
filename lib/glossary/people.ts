/**
 * People named in an article, with their title as the article gives it. News
 * introduces a speaker as "<organisation + post><name><speech verb>"
 * (河南省委副书记、省长王凯说), which finds names without a name dictionary.
 * @module lib/glossary/people
 */
import { isSurname } from './surnames';

/** A person introduced by title: name, title as written, position. */
export interface PersonHit {
  name: string;
  /** The title as written before the name (河南省委副书记、省长). */
  role: string;
  start: number;
  /** True when the name is written with a middle dot (米歇尔・布兰): a foreign name. */
  foreign: boolean;
}

/** Post words that end a title right before a name. */
const POSTS = [
  '总书记', '国家主席', '主席', '副总理', '总理', '部长助理', '副部长', '部长', '副司长', '司长', '副局长', '局长',
  '常务副省长', '副省长', '省长', '副市长', '市长', '县长', '区长', '副书记', '书记', '支书', '副主任', '主任', '副院长', '院长',
  '校长', '所长', '会长', '理事长', '董事长', '总经理', '经理', '总裁', '总设计师', '设计师', '总工程师', '工程师',
  '副研究员', '研究员', '副教授', '教授', '院士', '博士生', '博士', '负责人', '创始人', '参赞', '大使', '公使', '领事',
  '发言人', '技师', '工人', '车工', '队长', '医生', '医师', '护士长', '演员', '导演', '作家', '诗人', '词人', '画家',
  '运动员', '教练员', '教练', '馆长', '主持人', '厅长', '处长', '科长', '行长', '总统', '首相', '外长', '秘书长', '代表', '委员', '专家', '学者',
];
const VERBS = '说|表示|介绍|认为|指出|强调|称赞|称|坦言|感慨|告诉|深表|透露|谈到|提到|回忆|建议|呼吁|主持|出席|会见|致辞|介绍说|解释';
/** Besides a speech verb, a name after its title is followed by a time word, 在 or a date (主席江泽民今天在…). */
const AFTER_NAME = '今天|昨天|日前|近日|近期|[在率][^\\n]|[0-9０-９]+[年月日]';
const POST_RE = POSTS.sort((a, b) => b.length - a.length).join('|');
const FUNCTION_CHARS = /[的了在是和与等将也都对向为从以把被及并这那其我你他她们却曾已又还则就才亦时上团会能地]/;
/** Adverbs and verbs that sit between a post and a speech verb (专家普遍认为, 委员长曾指出). */
const NOT_NAMES = new Set(['普遍', '应该', '连连', '全面', '高度', '明确', '郑重', '严肃', '关切', '简要', '尤其', '曾经', '常常', '向来', '同时', '强调', '认为', '表示', '介绍', '指出', '分析', '评论', '发言', '致词', '一致', '纷纷', '多次', '再次', '亲自', '接着', '依然', '最后', '今天', '昨天', '日前', '近日', '随后', '当即', '特别', '进一步', '学者', '成员', '身份', '人选']);
/** Characters of transliterated foreign names (泰勒斯, 布兰): a name outside the surname list must use only these. */
const TRANSLIT = new Set('阿埃艾安奥巴贝比波伯布查达德迪蒂杜多厄恩法菲费弗福盖戈格古哈海汉赫亨胡霍基吉加杰金卡凯坎科克库拉莱兰朗劳勒雷里利莉林琳卢鲁伦罗洛马迈曼梅蒙米明莫姆穆纳娜内尼涅努诺欧帕佩彭皮普齐奇乔切萨塞桑瑟森沙尚什舍施斯松苏索塔泰坦汤特滕图托瓦万威维温沃乌西希谢辛休雅亚扬耶伊因英尤约扎泽詹兹佐'.split(''));
const SPEAKER = new RegExp(
  `(${POST_RE})([\\u4e00-\\u9fa5]{1,6}[・·•][\\u4e00-\\u9fa5]{1,6}?|[\\u4e00-\\u9fa5]{2,3}?)(?=${VERBS}|${AFTER_NAME})`,
  'g',
);
/** Where a role phrase starts: after clause punctuation, never across 、 (省委副书记、省长). */
const CLAUSE_BREAK = /[，。；：！？“”（）《》\n,;:!?()]/;
/** Leading words that introduce rather than name the role. */
const LEAD_IN = /^(?:据|由|经|而|但|并|另据|此外|同时|对此|其中)/;

/** Speakers introduced by title, in order of first appearance (one hit per name). */
export function findPeople(text: string): PersonHit[] {
  const out: PersonHit[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(SPEAKER)) {
    const name = m[2];
    const foreign = /[・·•]/.test(name);
    if (!foreign && !plausibleName(name)) continue;
    if (seen.has(name)) continue;
    const nameStart = (m.index ?? 0) + m[1].length;
    const role = roleBefore(text, nameStart);
    if (/记者|通讯员|编辑/.test(m[1])) continue;
    seen.add(name);
    out.push({ name, role, start: nameStart, foreign });
  }
  return out;
}

/**
 * A Chinese-script name: a known surname first, or only transliteration characters;
 * never a function character, a doubled syllable (连连) or a common adverb.
 */
function plausibleName(name: string): boolean {
  if (FUNCTION_CHARS.test(name) || NOT_NAMES.has(name) || (name.length === 2 && name[0] === name[1]) || /去年|今年|明年|连续|当天|当时/.test(name)) return false;
  return isSurname(name) || [...name].every((c) => TRANSLIT.has(c));
}

/** The title phrase before a name, back to the start of its clause. */
function roleBefore(text: string, nameStart: number): string {
  let i = nameStart;
  while (i > 0 && nameStart - i < 40 && !CLAUSE_BREAK.test(text[i - 1])) i--;
  return text.slice(i, nameStart).replace(LEAD_IN, '');
}

/** The post written right after a known name (习近平主席 → 主席), or null. */
export function postAfter(text: string, end: number): string | null {
  const m = new RegExp(`^(?:${POST_RE})`).exec(text.slice(end, end + 6));
  return m ? m[0] : null;
}
