/**
 * Role nouns found by their form rather than listed one by one: a profession or
 * identity noun (词人, 书法家, 学者, 运动员, 工程师, 博士生, 歌手, 木匠, 车工, 村民,
 * 法官, 民警, 养殖户 …) ends in an agent suffix, and may carry modifiers before it —
 * a period (晚清, 唐代, 北宋, 当代), a place (法国, 河南) or a descriptor (著名,
 * 青年, 资深). The suffixes are the agent-noun endings of Chinese word formation
 * (后缀 and 类后缀 of 人, 家, 者, 员, 师, 生, 手, 匠, 工, 民, 官, 兵, 士, 户, 警, 友,
 * as described in 《现代汉语》 (黄伯荣、廖序东), 构词法); the words ending so that name
 * no role (pronouns, verbs and abstract nouns: 他人, 国家, 发生, 携手, 施工 …) are
 * excluded by hand as a closed set.
 * @module lib/text/name-role-nouns
 */

/** Agent-noun suffixes. */
const AGENT_END = /[人家者员师生手匠工民官兵士户警友]$/;

/**
 * Words ending in an agent suffix that name no role: pronouns and quantities (他人, 大家, 前者),
 * verbs (发生, 携手, 施工, 报警, 出兵), abstract or other nouns (国家, 人生, 卫生, 器官, 账户, 巴士).
 */
const NOT_ROLE = new Set([
  '他人', '别人', '个人', '本人', '家人', '众人', '世人', '人人', '后人', '前人', '国人', '某人', '旁人', '路人', '为人', '成人', '法人', '人家',
  '大家', '国家', '全家', '老家', '自家', '各家', '管家', '东家', '娘家', '婆家', '回家', '在家', '居家', '农家', '商家', '厂家', '店家', '住家',
  '或者', '再者', '前者', '后者', '两者', '三者', '二者', '来者', '何者', '甚者',
  '人员', '动员', '全员', '满员', '减员', '裁员', '复员',
  '此生', '今生', '来生', '前生', '平生', '毕生', '发生', '产生', '人生', '出生', '诞生', '卫生', '民生', '一生', '终生', '众生', '再生', '谋生', '求生', '养生', '丧生', '余生', '滋生', '派生', '衍生', '催生',
  '携手', '联手', '着手', '入手', '动手', '握手', '出手', '插手', '接手', '下手', '上手', '拍手', '招手', '挥手', '双手', '身手', '伸手', '到手', '放手', '顺手', '随手', '亲手',
  '施工', '开工', '完工', '加工', '竣工', '分工', '用工', '务工', '手工', '复工', '停工', '上工', '罢工', '动工', '赶工', '做工', '打工', '人工', '化工', '军工',
  '人民', '国民', '全民', '为民', '利民', '惠民', '便民', '爱民', '亲民', '扰民', '安民',
  '器官', '五官', '感官', '当官', '做官',
  '出兵', '用兵', '练兵', '派兵', '撤兵', '增兵', '点兵', '带兵', '阅兵', '征兵', '招兵', '养兵',
  '巴士', '的士', '便士', '芝士',
  '账户', '门户', '开户', '落户', '入户', '每户', '窗户',
  '报警', '预警', '示警', '火警', '匪警',
  '交友',
]);

/** Period modifiers: dynasties and eras with their 代 / 朝 / 初 / 末 forms, and the modern periods. */
const PERIOD = /^(?:(?:[夏商周秦汉晋隋唐宋元明清辽金](?:代|朝|初|末|中期|初期|末期|晚期|时期)|先秦|西周|东周|春秋|战国|西汉|东汉|三国|魏晋|西晋|东晋|南北朝|南朝|北朝|五代|北宋|南宋|民国|晚清|晚明|清末|明末|明初|清初|盛唐|初唐|中唐|晚唐|近代|现代|当代|古代|古希腊|古罗马)(?:时期)?)$/;
/** Descriptors that stand before a role noun (著名词人, 青年歌手, 资深记者). */
const DESCRIPTOR = /^(?:著名|知名|青年|中年|老|女|男|资深|退休|优秀|杰出|伟大|爱国|民间|年轻|非遗|国家级|省级|市级|一线|特级|高级|首席|普通|基层|乡村|农村|旅美|旅法|旅日|海外|华裔|全国|新任|前任|现任|当地|本地)$/;

/** True when `word` is a role noun by its form: 2–5 characters ending in an agent suffix, not one of the excluded words. */
export function isRoleNoun(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && /^\p{Script=Han}+$/u.test(word) && AGENT_END.test(word) && !NOT_ROLE.has(word);
}

/** True when `word` may stand before a role noun as its modifier: a period, a descriptor, or a place the caller knows. */
export function isRoleModifier(word: string, isPlace?: (w: string) => boolean): boolean {
  return PERIOD.test(word) || DESCRIPTOR.test(word) || Boolean(isPlace?.(word));
}

/** Words as offsets: enough of the reader's words to walk back from a name. */
export interface WordSpan { start: number; end: number; text: string }

/**
 * The role noun phrase right before `nameStart` and after `from` (晚清词人, 著名书法家,
 * 法国青年歌手), read from the words ending there; '' when the word before the name is
 * no role noun. Without multi-character words (a character-level reading), the two
 * characters before the name are taken as the noun and the modifiers read from the text.
 */
export function roleNounPhrase(text: string, from: number, nameStart: number, wordsByEnd: Map<number, WordSpan>, isPlace?: (w: string) => boolean): string {
  const noun = wordsByEnd.get(nameStart);
  const byWords = noun !== undefined && noun.end - noun.start >= 2;
  let start = byWords ? noun.start : nameStart - 2;
  if (start < from || !isRoleNoun(text.slice(start, nameStart))) return '';
  if (byWords) {
    for (let m = wordsByEnd.get(start); m && m.start >= from && isRoleModifier(m.text, isPlace); m = wordsByEnd.get(start)) start = m.start;
  } else {
    // Character-level: the longest modifier of up to four characters ending at the noun, repeatedly.
    for (let again = true; again; ) {
      again = false;
      for (let len = 4; len >= 1; len--) {
        if (start - len < from) continue;
        if (isRoleModifier(text.slice(start - len, start), isPlace)) { start -= len; again = true; break; }
      }
    }
  }
  return text.slice(start, nameStart);
}
