import { describe, expect, it } from 'vitest';
import { buildGlossary, classifyQuote, findPeople } from '../../../lib/glossary';
import { isRoleNoun } from '../../../lib/text/name-role-nouns';
import { loadLanguageTools } from '../../../scripts/lib/load-dicts';

// People are read through the shipped dictionaries, as the CLI and the extension do.
const tools = loadLanguageTools();
const lookup = (term: string) => tools.define(term)[0]?.defs[0] ?? null;
const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role;

describe('a title starts after a relative clause before it', () => {
  it.each([
    ['来自巴西的南京航空航天大学博士生泰勒斯说，很荣幸参与合作。', '泰勒斯', '南京航空航天大学博士生'],
    ['参加论坛的法国国家科研中心研究员米歇尔·布兰深表赞同。', '米歇尔·布兰', '法国国家科研中心研究员'],
    ['出席会议的国家发展改革委副主任赵辰昕指出，要稳定预期。', '赵辰昕', '国家发展改革委副主任'],
    ['曾在非洲工作多年的中国驻肯尼亚大使周平剑表示，合作前景广阔。', '周平剑', '中国驻肯尼亚大使'],
    ['年近七旬的村党支部书记李德明说，日子越过越好。', '李德明', '村党支部书记'],
  ])('%s → %s: %s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('a title does not run through another person named before it', () => {
  it.each([
    ['张平副市长和区委书记、区长王建国一同调研。', '王建国', '区委书记、区长'],
    ['中央人民广播电台记者刘振英、新华社记者张宿堂报道', '张宿堂', '新华社记者'],
    ['国务院总理李强和新西兰总理希普金斯共同见证签约。', '希普金斯', '新西兰总理'],
  ])('%s → %s: %s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('a role noun found by its form', () => {
  it.each([
    ['晚清词人陈廷焯称赞此诗。', '陈廷焯', '晚清词人'],
    ['宋代诗人赵师秀说，有约不来过夜半。', '赵师秀', '宋代诗人'],
    ['明代文学家张岱认为，人无癖不可与交。', '张岱', '明代文学家'],
    ['清代学者钱大昕指出，治学须求实。', '钱大昕', '清代学者'],
    ['著名书法家沈尹默强调，练字贵在坚持。', '沈尹默', '著名书法家'],
    ['老手艺人周德明介绍，这门手艺已传了三代。', '周德明', '老手艺人'],
    ['著名作家王蒙说，文学要关注现实。', '王蒙', '著名作家'],
    ['当地村民王秀英告诉记者，路修好了。', '王秀英', '当地村民'],
    ['退休教师刘淑芬说，社区活动丰富多彩。', '刘淑芬', '退休教师'],
    ['养殖户陈建国介绍，今年收成不错。', '陈建国', '养殖户'],
    ['青年歌手张远表示，要唱好家乡。', '张远', '青年歌手'],
    ['民警张磊说，安全无小事。', '张磊', '民警'],
  ])('%s → %s: %s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it.each(['词人', '诗人', '作家', '书法家', '学者', '运动员', '工程师', '博士生', '歌手', '木匠', '车工', '村民', '法官', '民警', '养殖户', '网友'])(
    '%s is a role noun', (word) => {
      expect(isRoleNoun(word)).toBe(true);
    },
  );

  it.each(['国家', '大家', '他人', '发生', '携手', '施工', '人民', '器官', '或者', '账户', '报警', '巴士', '人', '家'])(
    '%s is no role noun', (word) => {
      expect(isRoleNoun(word)).toBe(false);
    },
  );

  it.each([
    ['这次捐款的有退休教师刘淑芬、养殖户陈立明。', ['刘淑芬', '陈立明']],
    ['获奖者中有青年歌手张远。', ['张远']],
  ])('a role noun is a name cue: %s', (text, names) => {
    expect(findPeople(text).map((p) => p.name)).toEqual(names);
  });

  it('gives no role when the word before the name names none', () => {
    expect(roleOf('路人王芳表示，很感动。', '王芳')).toBe('');
  });
});

describe('a kinship word before a Chinese name is a person cue', () => {
  it.each([
    ['《冬夜读书示子聿》是陆游写给自己小儿子陆聿的一首诗。', '陆聿'],
    ['他的长女刘静在北京一家医院工作。', '刘静'],
    ['其女赵琳琳也成了一名医生。', '赵琳琳'],
    ['他的妻子李秀兰一直默默支持他的工作。', '李秀兰'],
    ['其子陈晓东毕业于一所农业大学，回乡创业。', '陈晓东'],
    ['她的父亲张德顺是一名有着五十年党龄的老党员。', '张德顺'],
  ])('%s → %s', (text, name) => {
    expect(findPeople(text).map((p) => p.name)).toContain(name);
  });
});

describe('a bare kinship word that is the subject of a verb is no cue', () => {
  it.each(['我和弟弟常捣乱，把饺子弄混。', '妈妈连夜赶回了家。'])('%s', (text) => {
    expect(findPeople(text)).toEqual([]);
  });
});

describe('a name used as the name of a thing is no person', () => {
  it.each([
    ['中国助力玻利维亚成功发射了通信卫星“图帕克·卡塔里”星。', '图帕克·卡塔里'],
    ['中国助力玻利维亚发射图帕克·卡塔里通信卫星。', '图帕克·卡塔里'],
    ['他在卡洛斯·斯利姆基金会工作。', '卡洛斯·斯利姆'],
    ['他荣获“阿尔伯特·爱因斯坦”奖。', '阿尔伯特·爱因斯坦'],
    ['车队驶上纳尔逊·曼德拉大道。', '纳尔逊·曼德拉'],
    ['科考船“尤里·加加林”号今天起航。', '尤里·加加林'],
  ])('%s: %s', (text, name) => {
    const glossary = buildGlossary(text, null, { lookup });

    expect(findPeople(text).map((p) => p.name)).not.toContain(name);
    expect(glossary.filter((e) => e.kind === 'person').map((e) => e.term)).not.toContain(name);
    expect(glossary.find((e) => e.term === name)?.kind).toBe('name');
  });

  it('keeps a person the article also names as such', () => {
    const text = '卡洛斯·斯利姆表示，将继续投资。他在卡洛斯·斯利姆基金会工作。';

    expect(findPeople(text).map((p) => p.name)).toContain('卡洛斯·斯利姆');
  });
});

describe('a quoted formula or code is no term', () => {
  it.each(['5+5+50+X', '1+N', '3060', '2+26', '12345'])('“%s”', (q) => {
    expect(classifyQuote(q)).toBeNull();
  });

  it.each([['四链并举', 'slogan'], ['心成长', 'term'], ['双碳', null], ['G20峰会', 'meeting']])('“%s” stays %s', (q, kind) => {
    expect(classifyQuote(q)).toBe(kind);
  });
});
