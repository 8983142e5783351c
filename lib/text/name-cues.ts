/**
 * The words around a personal name in news text that tell it is one: titles of
 * office and rank, bylines, honorifics and speech verbs.
 *
 * Sources (general, not drawn from any article):
 * - Titles of office: the posts of Party, state, government and legislature at
 *   each level, of diplomacy and of heads of institutions, as named in Xinhua's
 *   English translation guide for titles (e.g. 部长 minister, 司长 director-general,
 *   参赞 counsellor) and in the PRC Civil Servant Law's post system.
 * - Professional titles: the national professional-title (职称) system (教授,
 *   研究员, 工程师, 主任医师 …), the academician titles of CAS and CAE (院士), and
 *   the degrees of the PRC Regulations on Academic Degrees (学士, 硕士, 博士).
 * - Honorifics and speech verbs: the standard forms of address (同志, 先生, 女士)
 *   and reporting verbs of Chinese news style (说, 表示, 指出 …).
 * - Kinship words: the 亲属称谓 of 《现代汉语词典》 (儿子, 长女, 妻子 …).
 * @module lib/text/name-cues
 */

/** Posts and titles written right before (部长王毅) or right after (王毅部长) a name. */
export const TITLES = [
  // Party and state
  '总书记', '国家主席', '国家副主席', '主席', '副主席', '委员长', '副委员长', '总理', '副总理', '国务委员',
  '书记', '副书记', '常委', '委员', '秘书长', '副秘书长', '代表', '议员', '发言人', '新闻发言人',
  // government, by level
  '部长', '副部长', '部长助理', '主任', '副主任', '省长', '副省长', '常务副省长', '自治区主席', '市长', '副市长',
  '常务副市长', '县长', '副县长', '区长', '副区长', '乡长', '镇长', '村长', '村支书', '支书', '司长', '副司长',
  '局长', '副局长', '厅长', '副厅长', '处长', '副处长', '科长', '署长', '检察长', '审判长', '院长', '副院长', '庭长',
  // diplomacy and foreign heads of state
  '大使', '公使', '参赞', '领事', '总领事', '特使', '外长', '外交部长', '总统', '副总统', '首相', '国王', '女王',
  '王储', '议长', '总督', '元首',
  // heads of institutions and companies
  '校长', '副校长', '所长', '会长', '副会长', '理事长', '董事长', '副董事长', '总经理', '副总经理', '经理', '总裁',
  '副总裁', '行长', '副行长', '社长', '总编辑', '主编', '台长', '馆长', '团长', '队长', '厂长', '站长', '组长',
  '负责人', '创始人', '主持人', '总设计师', '总指挥', '总工程师', '首席科学家',
  // military
  '司令员', '政委', '政治委员', '参谋长', '上将', '中将', '少将', '大校', '上校', '中校', '少校', '将军', '士官',
  // professional titles (职称) and academicians
  '院士', '教授', '副教授', '讲师', '研究员', '副研究员', '助理研究员', '高级工程师', '工程师', '主任医师',
  '副主任医师', '主治医师', '医师', '医生', '护士长', '高级技师', '技师', '教练', '主教练', '教练员', '运动员',
  // academic degrees and student status (学位条例: 学士, 硕士, 博士), and generic expert roles
  '博士', '博士生', '博士后', '硕士', '硕士生', '研究生', '学者', '专家',
  // honorifics written after a name
  '同志', '先生', '女士', '小姐', '老师', '师傅', '爷爷', '奶奶', '大爷', '大妈', '阿姨', '大娘', '叔叔', '大姐', '大哥', '大嫂', '老汉',
].filter((t, i, all) => all.indexOf(t) === i).sort((a, b) => b.length - a.length);

/** Honorifics that only follow a name (王凯同志), never precede one. */
export const AFTER_ONLY = new Set(['同志', '先生', '女士', '小姐', '老师', '师傅', '爷爷', '奶奶', '大爷', '大妈', '阿姨', '大娘', '叔叔', '大姐', '大哥', '大嫂', '老汉']);

/** Byline words: a reporter's or photographer's name follows (记者曾晓光、单晓明). */
export const BYLINE = /(?:记者|通讯员|实习生|特约撰稿人|撰稿人|摄影|编辑|作者|口述|整理|翻译|译)$/;

/**
 * Kinship words written right before a relative's name (小儿子陆聿, 其子, 妻子, 长女): the
 * forms of address and reference for relatives (亲属称谓) of 《现代汉语词典》, with the
 * written-style 其子 / 之女 and birth-order forms (长子, 次女, 小儿子).
 */
export const KINSHIP = /(?:儿子|女儿|长子|次子|幼子|长女|次女|幼女|独子|独女|养子|养女|[大小二三]儿子|[大小二三]女儿|[其之][子女妻夫]|妻子|丈夫|爱人|老伴|夫人|父亲|母亲|爸爸|妈妈|哥哥|弟弟|姐姐|妹妹|兄长|胞弟|胞兄|胞妹|胞姐|孙子|孙女|外孙|外孙女|儿媳|女婿|侄子|侄女|外甥|外甥女|祖父|祖母|外祖父|外祖母|曾祖父|伯父|叔父|舅舅|姑姑|姨妈|堂兄|堂弟|表哥|表弟|表姐|表妹|未婚妻|未婚夫|前妻|亡妻)$/;

/** Reporting verbs after a speaker's name (王凯说, 李金坤表示). */
export const SPEECH_VERBS = /^(?:说|表示|指出|认为|介绍|强调|告诉|称|透露|回忆|坦言|感慨|建议|呼吁|解释|补充|谈到|提到|说道|问道|答道|笑着说|坦承|直言|宣布|主持|出席|会见|致辞|讲话|发言|当选|率领|陪同|签署)/;

/** Other words that often follow a name: enumerations and groups (王凯等, 李金坤一行). */
export const AFTER_NAME = /^(?:等人|等|一行|夫妇|父子|母女|本人|自己|同学|一家)/;

/** Titles as one alternation, longest first (for regular expressions). */
export const TITLE_PATTERN = TITLES.join('|');
