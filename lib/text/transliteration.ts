/**
 * Characters used to transliterate foreign personal names into Chinese (克林顿,
 * 纳扎尔巴耶夫, 米歇尔・布兰): the syllable characters of the transliteration table
 * of Xinhua's proper-name office (《世界人名翻译大辞典》, 新华通讯社译名室), the
 * common ones. A foreign name is written only with these; a Chinese name may use
 * them too (马, 罗, 文), so the name finder asks for more than this.
 * @module lib/text/transliteration
 */

const CHARS = new Set(
  ('阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯博勃布查达戴黛丹道德迪蒂丁东杜顿多厄恩法范菲斐费芬丰夫弗福伏盖甘冈戈格根贡古'
    + '瓜哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯孔库夸奎拉莱赖兰朗劳勒雷蕾黎里利莉丽廉林琳卢鲁露伦罗萝洛吕'
    + '马迈麦曼毛梅门蒙米明莫姆穆纳娜奈南内尼妮涅纽努诺欧帕潘庞佩彭皮珀普齐奇琪乔切钦琼丘萨塞桑瑟森沙尚舍申什施史舒'
    + '斯丝松苏索塔泰坦汤特滕提图托娃瓦万旺威维韦温文翁沃乌武西希锡夏谢辛休雅亚扬耶叶伊因英尤约扎泽詹兹茨佐京'
    + '尔歇默捷瑙梭芙娅薇琴绍敦逊蓬莎赛烈卜罕拜穆娅玛').split(''),
);

/** True when every character of `s` is a transliteration character. */
export function isTransliteration(s: string): boolean {
  return s.length > 0 && [...s].every((c) => CHARS.has(c));
}

/** True for one transliteration character. */
export function isTransliterationChar(c: string): boolean {
  return CHARS.has(c);
}
