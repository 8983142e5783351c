/**
 * Checks of answers.test.ts that fail today, keyed `<page> › <check>`, each with the fault it
 * shows. They run as `it.fails`: the suite stays green, and fixing the fault makes the check pass,
 * which `it.fails` reports as a failure — then delete the line here.
 */

const POLITICS = 'politics-c1001-40223222';
const FINANCE = 'finance-c1004-40232587';
const HEALTH = 'health-c14739-40237861';
const CULTURE = 'culture-c1013-31153719';

const TITLE_CLAUSE = 'a person\'s title keeps the relative clause before it (来自巴西的…, 参加论坛的…)';

export const KNOWN_FAULTS: Record<string, string> = {
  [`${POLITICS} › glossary person 泰勒斯: title 南京航空航天大学航空宇航科学与技术专业博士生`]: TITLE_CLAUSE,
  [`${POLITICS} › glossary person 米歇尔・布兰: title 法国天体物理学与行星学研究所研究员`]: TITLE_CLAUSE,
  [`${FINANCE} › not a figure: 万元 in 万元工业增加值能耗`]:
    '万元 in 万元工业增加值能耗 ("per 10,000 yuan" of value added, the unit of a ratio) is reported as a figure of 10,000 CNY',
  [`${HEALTH} › glossary: no entry 5+5+50+X`]: 'a quoted formula (“5+5+50+X”) becomes a glossary term',
  [`${CULTURE} › glossary person 陈廷焯: title 晚清词人`]: 'a role made of a period and a literary profession (晚清词人) is not read as the person\'s title since the title list lost page-fitted words (词人)',
  [`${POLITICS} › glossary people: every person entry is a person the article names`]: 'a dotted foreign name used attributively (图帕克·卡塔里通信卫星, a satellite) is listed as a person',
  [`${HEALTH} › glossary organisations: recall ≥ 0.75`]: 'a newspaper named before 记者 (北京青年报记者了解到) is not found as an organisation',
  [`${CULTURE} › glossary person 陆聿`]: 'the glossary misses names: 陆聿, introduced by a kinship word (小儿子陆聿) rather than a title, is not found as a person',
};
