/**
 * The surname model of the name finder: which characters (or pairs) are Chinese
 * surnames, and how common each is.
 *
 * Sources (both general, neither drawn from any article or corpus we evaluate on):
 * - Frequency: the 100 most common surnames by number of registered persons, in
 *   rank order, from the Ministry of Public Security's household-registration
 *   research centre, 《二〇二〇年全国姓名报告》 (national name report, published
 *   2021-02). 肖, 付 and 覃 are there as written today.
 * - Coverage: every single and compound surname of the Song-dynasty primer
 *   《百家姓》 (public domain), in its usual simplified text, and the surnames with
 *   a reading of their own in 《现代汉语词典》 (区 Ōu, 朴 Piáo). These are the rare
 *   surnames (rank beyond 100); many of them are also everyday words (平, 和, 时).
 * Only the rank is stored; {@link surnameWeight} turns it into a prior.
 * @module lib/text/surnames
 */

/** The top 100 single surnames, most common first (rank = index + 1). */
const RANKED = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常';

/** The single surnames of 《百家姓》 (those in RANKED included), in the primer's order. */
const BAIJIAXING = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎'
  + '鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹'
  + '姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆'
  + '高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠'
  + '甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙'
  + '叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂'
  + '濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东'
  + '欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法'
  + '汝鄢涂钦归海岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟言福';

/**
 * Surnames with a reading of their own that 《百家姓》 lacks, from the entries that
 * 《现代汉语词典》 (7th edition) marks as surnames with a special reading: 区 Ōu,
 * 朴 Piáo, 尉 Wèi, 繁 Pó, 种 Chóng, 员 Yùn, 召 Shào, 黑 Hè, 秘 Bì, 冼 Xiǎn, 谌 Chén.
 */
const SPECIAL_READING = '区朴尉繁种员召黑秘冼谌';

/**
 * The compound surnames of 《百家姓》. The first group is still met in modern
 * names (欧阳修, 司马迁, 诸葛亮, 上官云珠); the rest are mostly historical.
 */
const COMPOUND_COMMON = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '令狐', '公孙', '慕容', '夏侯', '司徒', '长孙', '宇文', '端木', '轩辕', '呼延', '澹台', '万俟', '闻人', '西门', '南宫'];
const COMPOUND_RARE = ['赫连', '公羊', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '仲孙', '钟离', '鲜于', '闾丘', '司空', '亓官', '司寇', '仉督', '子车', '颛孙', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '谷梁', '段干', '百里', '东郭', '南门', '羊舌', '微生', '梁丘', '左丘', '东门', '第五'];

const RANK = new Map<string, number>([...RANKED].map((c, i) => [c, i + 1]));
const SINGLE = new Set([...RANKED, ...BAIJIAXING, ...SPECIAL_READING]);
const COMPOUND = new Map<string, boolean>([...COMPOUND_COMMON.map((c): [string, boolean] => [c, true]), ...COMPOUND_RARE.map((c): [string, boolean] => [c, false])]);

/** A surname at some position: its length in characters and its prior weight. */
export interface SurnameMatch { surname: string; length: 1 | 2; weight: number }

/**
 * The prior of a surname as a log-odds bonus: about log(100 / rank) for the top
 * 100 (王 4.6 … 常 0), and below zero for the rare surnames of 《百家姓》 (−0.5) and
 * its historical compound surnames (−1.5), which then need more evidence from the
 * article before a name is accepted.
 */
export function surnameWeight(surname: string): number {
  const rank = RANK.get(surname);
  if (rank !== undefined) return Math.log(100 / rank);
  if (COMPOUND.has(surname)) return COMPOUND.get(surname) ? 1 : -1.5;
  return SINGLE.has(surname) ? -0.5 : -Infinity;
}

/** The surnames that may start at text[i]: a compound one first when there is one. */
export function surnamesAt(text: string, i: number): SurnameMatch[] {
  const out: SurnameMatch[] = [];
  const two = text.slice(i, i + 2);
  if (COMPOUND.has(two)) out.push({ surname: two, length: 2, weight: surnameWeight(two) });
  if (SINGLE.has(text[i])) out.push({ surname: text[i], length: 1, weight: surnameWeight(text[i]) });
  return out;
}

/** Length of the surname a Chinese personal name starts with: 2 for a compound one (欧阳修), 1 for a single one, 0 for none. */
export function surnameLength(name: string): 0 | 1 | 2 {
  if (name.length >= 3 && COMPOUND.has(name.slice(0, 2))) return 2;
  return SINGLE.has(name[0]) ? 1 : 0;
}

/** True when a 2–4 character Han string starts with a known surname (so it may be a Chinese name). */
export function isChineseName(name: string): boolean {
  if (name.length < 2 || name.length > 4 || !/^\p{Script=Han}+$/u.test(name)) return false;
  return surnameLength(name) > 0;
}
