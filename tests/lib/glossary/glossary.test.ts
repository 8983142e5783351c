import { describe, expect, it } from 'vitest';
import { buildGlossary, classifyQuote, composeGloss, defaultTermBase, findPeople, meetings, organisations, pinyinInContext, scanTerms } from '../../../lib/glossary';
import { domainTerms } from '../../../lib/glossary/domain';
import type { GlossaryEntry } from '../../../lib/types';
import { ARTICLE_PAGES, loadPage } from '../summarize/load-page';
import { loadLanguageTools } from '../../../scripts/lib/load-dicts';
import { readText } from '../../../lib/text/reader';

// The glossary reads through the shipped dictionaries, as the CLI and the extension do.
const tools = loadLanguageTools();
const lookup = (term: string) => tools.define(term)[0]?.defs[0] ?? null;

/** The glossary of a saved page, all entries (no limit), keyed by term. */
function glossaryOf(name: string): { text: string; entries: GlossaryEntry[]; byTerm: Map<string, GlossaryEntry> } {
  const { text, meta } = loadPage(name);
  const entries = buildGlossary(text, meta, { limit: 1000, lookup });
  return { text, entries, byTerm: new Map(entries.map((e) => [e.term, e])) };
}

describe('buildGlossary on politics-c1001-40223222 (China–LAC space forum)', () => {
  const { byTerm } = glossaryOf('politics-c1001-40223222');

  it.each([
    ['习近平', 'person', 'Xi Jinping'],
    ['一带一路', 'term', 'the Belt and Road Initiative (BRI)'],
    ['人类命运共同体', 'term', 'a community with a shared future for mankind'],
    ['航天强国', 'term', 'a space power'],
    ['玻利维亚', 'place', 'Bolivia (Plurinational State of)'],
    ['巴西', 'place', 'Brazil'],
    ['拉美', 'place', 'Latin America'],
    ['中国国家航天局', 'org', 'the China National Space Administration (CNSA)'],
    ['中国探月工程', 'org', 'the Chinese Lunar Exploration Program (CLEP)'],
    ['姚建廷', 'person', 'Yao Jianting'],
    ['吴伟仁', 'person', 'Wu Weiren'],
  ])('has %s (%s) glossed %s', (term, kind, gloss) => {
    const actual = byTerm.get(term);

    expect(actual?.kind).toBe(kind);
    expect(actual?.gloss).toBe(gloss);
  });

  it.each([
    ['习近平', '主席'],
    ['姚建廷', '中国国家航天局国际合作司副司长'],
    ['李金坤', '湖北省国防科工办负责人'],
    ['罗满月', '玻利维亚驻华公使衔参赞'],
    // The relative clause before the title (参加论坛的…) is not part of it.
    ['米歇尔・布兰', '法国天体物理学与行星学研究所研究员'],
    ['泰勒斯', '南京航空航天大学航空宇航科学与技术专业博士生'],
  ])('gives %s the title the article gives: %s', (name, role) => {
    expect(byTerm.get(name)?.role).toBe(role);
  });

  it('lists the forum, the slogan and the principles in quotes', () => {
    expect(byTerm.get('中国－拉美和加勒比国家航天合作论坛')?.kind).toBe('meeting');
    expect(byTerm.get('四链并举')?.kind).toBe('slogan');
    expect(byTerm.get('平等互利、和平利用、合作共赢')?.kind).toBe('slogan');
  });

  it('leaves a transliterated foreign name unglossed rather than guessing', () => {
    expect(byTerm.get('泰勒斯')?.kind).toBe('person');
    expect(byTerm.get('泰勒斯')?.gloss).toBeNull();
    expect(byTerm.get('米歇尔・布兰')?.gloss).toBeNull();
  });

  it('says that a Chinese name\'s gloss is a romanisation by rule, not a dictionary entry', () => {
    // A Bolivian diplomat with a Chinese name (玻利维亚驻华公使衔参赞罗满月).
    expect(byTerm.get('罗满月')?.gloss).toBe('Luo Manyue');
    expect(byTerm.get('罗满月')?.glossMethod).toBe('romanised');
    expect(byTerm.get('习近平')?.glossMethod).toBe('term-base');
  });

  it('counts Xi Jinping\'s nine mentions in the body (the 题： repeat of the title is a header line, not body)', () => {
    expect(byTerm.get('习近平')?.count).toBe(9);
  });
});

describe('buildGlossary on finance-c1004-40232587 (Henan press conference)', () => {
  const { byTerm } = glossaryOf('finance-c1004-40232587');

  it.each([
    ['两个确保', 'slogan'], ['三个转变', 'slogan'], ['两城一谷', 'slogan'],
    ['中部地区崛起', 'term'], ['高标准农田', 'domain'], ['营商环境', 'term'], ['粮食安全', 'term'],
    ['新时代推动中部地区崛起座谈会', 'meeting'], ['国务院新闻办', 'org'], ['河南省发展改革委', 'org'],
    ['共同抓好大保护，协同推进大治理', 'quote'], ['一以贯之', 'idiom'],
  ])('has %s as %s', (term, kind) => {
    expect(byTerm.get(term)?.kind).toBe(kind);
  });

  it('glosses the provincial Party committee by Xinhua\'s pattern', () => {
    expect(byTerm.get('河南省委')?.gloss).toBe('the CPC Henan Provincial Committee');
  });

  it.each([
    ['王凯', '河南省委副书记、省长', 'Wang Kai'],
    ['孙守刚', '河南省委常委、常务副省长', 'Sun Shougang'],
    ['马健', '河南省发展改革委主任', 'Ma Jian'],
  ])('has speaker %s, %s, romanised %s', (name, role, gloss) => {
    const actual = byTerm.get(name);

    expect(actual?.kind).toBe('person');
    expect(actual?.role).toBe(role);
    expect(actual?.gloss).toBe(gloss);
  });
});

describe('buildGlossary on culture-c1013-31153719 (poems for Father\'s Day)', () => {
  const { byTerm } = glossaryOf('culture-c1013-31153719');

  it.each([
    // 陆游 from the term base; 东方朔 (compound surname 东方) and 陈廷焯 found as names.
    ['陆游', 'person'], ['东方朔', 'person'], ['陈廷焯', 'person'],
    ['《冬夜读书示子聿》', 'work'], ['《诫子诗》', 'work'],
    // Idioms by CC-CEDICT's (idiom) mark.
    ['字里行间', 'idiom'],
  ])('has %s as %s', (term, kind) => {
    expect(byTerm.get(term)?.kind).toBe(kind);
  });

  it('romanises a compound surname as one word: Dongfang Shuo', () => {
    expect(byTerm.get('东方朔')?.gloss).toBe('Dongfang Shuo');
  });
});

describe('buildGlossary on every saved article', () => {
  // Common words that occur in these articles and must never be glossary entries.
  const COMMON = ['发展', '合作', '国家', '我们', '表示', '重要', '人民', '工作', '中国', '介绍', '河南省', '推动', '建设', '父亲', '项目', '服务'];

  it.each(ARTICLE_PAGES)('%s: real terms only, with consistent positions, counts and pinyin', (name) => {
    const { text, entries } = glossaryOf(name);

    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) {
      expect(COMMON).not.toContain(e.term);
      expect(text.startsWith(e.term, e.first)).toBe(true);
      expect(e.count).toBeGreaterThanOrEqual(1);
      expect(e.count).toBeLessThanOrEqual(text.split(e.term).length - 1);
      if (/[\u4e00-\u9fff]/.test(e.term)) expect(e.pinyin).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈŌÓǑÒ]/);
      expect(e.gloss === null || e.gloss.length > 0).toBe(true);
    }
    expect(new Set(entries.map((e) => e.term)).size).toBe(entries.length);
  });

  it('orders by first appearance when asked', () => {
    const { text, meta } = loadPage('finance-c1004-40232587');

    const actual = buildGlossary(text, meta, { order: 'first' }).map((e) => e.first);

    expect(actual).toEqual([...actual].sort((a, b) => a - b));
  });

  it('uses the fallback lookup only for unglossed terms', () => {
    const { text, meta } = loadPage('health-c14739-40237861');
    const lookup = (term: string) => (term === '心成长' ? 'heart growth (project name)' : null);

    const actual = new Map(buildGlossary(text, meta, { lookup }).map((e) => [e.term, e]));

    expect(actual.get('心成长')?.gloss).toBe('heart growth (project name)');
    expect(actual.get('心成长')?.glossSource).toBe('fallback dictionary');
    expect(actual.get('基层治理')?.gloss).toBe('community-level governance');
    expect(actual.get('表达性艺术疗愈')?.gloss).toBeNull();
  });
});

describe('one reading per occurrence', () => {
  it.each(ARTICLE_PAGES)('%s: every glossary entry is read as the words layer reads it there', (name) => {
    const { text, entries } = glossaryOf(name);
    const words = tools.words(text);

    for (const e of entries.filter((x) => !/[A-Za-z0-9]/.test(x.term))) {
      const bare = e.term.replace(/^《|》$/g, '');
      const at = e.term.startsWith('《') && text.startsWith(e.term, e.first) ? e.first + 1 : e.first;
      // The words layer's syllables of the Han characters at [at, at + bare.length).
      const syllables: string[] = [];
      for (const w of words) {
        if (w.end <= at || w.start >= at + bare.length || !w.pinyin) continue;
        const parts = w.pinyin.split(' ');
        let k = 0;
        for (let i = w.start; i < w.end; i++) {
          if (!/[\p{Script=Han}○〇]/u.test(text[i])) continue;
          if (i >= at && i < at + bare.length) syllables.push(parts[k]);
          k++;
        }
      }

      expect(e.pinyin).toBe(syllables.join(' '));
    }
  });
});

describe('names in the glossary and the words layer', () => {
  it.each([
    // Reporters in a byline, with surname readings (曾 Zēng, 单 Shàn).
    ['（记者曾晓光、单晓明）', [['曾晓光', 'Zēng Xiǎo guāng'], ['单晓明', 'Shàn Xiǎo míng']]],
    ['新华社记者解文华、仇志强报道', [['解文华', 'Xiè Wén huá'], ['仇志强', 'Qiú Zhì qiáng']]],
    ['香港作家查良镛表示，武侠小说也是文学。', [['查良镛', 'Zhā Liáng yōng']]],
    ['香港立法会议员区家麟说，要多听市民意见。', [['区家麟', 'Ōu Jiā lín']]],
    ['韩国前总统朴槿惠今天出庭。', [['朴槿惠', 'Piáo Jǐn huì']]],
    ['历史学者尉迟明远指出，这批文物意义重大。', [['尉迟明远', 'Yù chí Míng yuǎn']]],
  ])('%s: names are one word each, read with the surname reading', (text, expected) => {
    const words = tools.words(text);
    const names = readText(text).names.map((n) => n.text);

    for (const [name, reading] of expected) {
      expect(names).toContain(name);
      expect(words.find((w) => w.text === name)?.pinyin).toBe(reading);
    }
  });

  it('offers the reporters of a byline to the glossary as persons with their role', () => {
    const text = '本报北京5月9日电（记者曾晓光、单晓明）5月9日，国务院新闻办举行新闻发布会。河南省委副书记、省长王凯介绍了有关情况。王凯说，河南将扛稳粮食安全重任。';

    const byTerm = new Map(buildGlossary(text, null).map((e) => [e.term, e]));

    expect(byTerm.get('曾晓光')).toMatchObject({ kind: 'person', role: '记者', pinyin: 'Zēng Xiǎo guāng', gloss: 'Zeng Xiaoguang', glossMethod: 'romanised' });
    expect(byTerm.get('单晓明')).toMatchObject({ kind: 'person', pinyin: 'Shàn Xiǎo míng', gloss: 'Shan Xiaoming' });
    expect(byTerm.get('王凯')).toMatchObject({ kind: 'person', role: '河南省委副书记、省长', count: 2 });
  });

  it.each([
    // Lists of names after a title, speakers and repetition (made-up sentences in People's Daily style).
    ['出席会议的有张建国、李秀英、王志强等同志。', ['张建国', '李秀英', '王志强']],
    ['全国劳动模范孙丽华告诉记者，她已在岗位上工作了三十年。孙丽华说，这份荣誉属于大家。', ['孙丽华']],
    ['美国总统克林顿今天表示，美方重视对华关系。', ['克林顿']],
  ])('finds the people of %s', (text, expected) => {
    expect(readText(text).names.map((n) => n.text).filter((n, i, all) => all.indexOf(n) === i)).toEqual(expected);
  });

  it.each([
    // Surname characters in everyday words are not names.
    '我们高度重视这项工作，各方面都要支持。',
    '李强调研时指出',
    '和中国一道，向记者介绍情况，从公安部门了解到',
    '代表团前往张家口和唐山考察。',
  ])('finds no person in %s', (text) => {
    const actual = readText(text).names.map((n) => n.text).filter((n) => n !== '李强');
    expect(actual).toEqual([]);
  });
});

describe('glossary parts', () => {
  it.each([
    ['河南省委', 'the CPC Henan Provincial Committee'],
    ['河南省发展改革委', 'the Henan Provincial Development and Reform Commission'],
    ['北京市委', 'the CPC Beijing Municipal Committee'],
    ['湖北省国防科工办', null],
    ['北京青少年中心', null],
  ])('composes the gloss of %s: %s', (term, expected) => {
    expect(composeGloss(term, defaultTermBase())).toBe(expected);
  });

  it.each([
    ['两个确保', 'slogan'], ['四链并举', 'slogan'], ['两城一谷', 'slogan'], ['三个转变', 'slogan'],
    ['推动高质量发展', 'term'], ['图帕克・卡塔里', 'name'],
    ['中国－拉美和加勒比国家航天合作论坛', 'meeting'],
    ['平等互利、和平利用、合作共赢', 'slogan'], ['共同抓好大保护，协同推进大治理', 'quote'],
    // Scare quotes on everyday words and quoted phrases are not terms.
    ['面子', null], ['短板', null], ['不要把鸡蛋放在同一个篮子里', null],
    // Whole quoted sentences are not terms.
    ['贺信充分体现了习近平主席对建设高水平中拉航天合作伙伴关系的殷切期望。', null],
    ['习主席给论坛发来贺信，这对拉美和加勒比国家而言是一个加强与中国合作、共同探索航天技术发展应用的好机会。', null],
  ])('classifies the quote “%s” as %s', (quote, expected) => {
    expect(classifyQuote(quote)).toBe(expected);
  });

  it.each([
    ['河南省委副书记、省长王凯说，牢记嘱托', '王凯', '河南省委副书记、省长'],
    // A period and a profession noun (晚清 + 词人) are the role the article gives him.
    ['晚清词人陈廷焯称赞此诗', '陈廷焯', '晚清词人'],
    ['，东方空间联合创始人姚颂表示，习近平主席的贺信表明', '姚颂', '东方空间联合创始人'],
    // A name followed by a time word or 在 rather than a speech verb.
    ['河南省发展改革委主任马健今天在发布会上介绍', '马健', '河南省发展改革委主任'],
  ])('finds the speaker in %s', (text, name, role) => {
    expect(findPeople(text)).toContainEqual(expect.objectContaining({ name, role }));
  });

  it.each([
    ['国务院新闻办举行“推动高质量发展”系列主题新闻发布会', ['“推动高质量发展”系列主题新闻发布会']],
    ['习近平总书记主持召开新时代推动中部地区崛起座谈会', ['新时代推动中部地区崛起座谈会']],
    ['他出席了这次会议', []],
    ['国务院召开全省的安全生产工作会议', []],
  ])('finds the meeting in %s', (text, expected) => {
    expect(meetings(text).map((m) => m.term)).toEqual(expected);
  });

  it('does not run an organisation through a dateline written with full-width digits', () => {
    const text = '新华社北京１２月３１日讯新华社记者报道';
    const places = scanTerms(text).filter((h) => h.entry.kind === 'place');

    expect(organisations(text, places).map((o) => o.term)).toEqual([]);
  });

  it('finds repeated domain terms in the health article, not verb phrases', () => {
    const { text } = loadPage('health-c14739-40237861');

    const actual = domainTerms(text).map((d) => d.term);

    expect(actual).toEqual(expect.arrayContaining(['心理健康服务', '青年工作者']));
    expect(domainTerms('加强农业。加强农业，要加强农业；我们加强农业').map((d) => d.term)).toEqual([]);
  });

  it('does not romanise a foreign name as a Chinese one', () => {
    const text = '加纳总统罗林斯今天在阿克拉说，加纳将继续推进经济改革。罗林斯表示，两国友谊源远流长。';

    const actual = buildGlossary(text, null).find((e) => e.term === '罗林斯');

    expect(actual?.kind).toBe('person');
    expect(actual?.glossMethod).not.toBe('romanised');
  });

  it('gives every reporter of a byline list the role 记者', () => {
    const actual = findPeople('新华社北京4月24日电（记者宋晨、田中全）首届论坛今天开幕。');

    expect(actual).toEqual([expect.objectContaining({ name: '宋晨', role: '记者' }), expect.objectContaining({ name: '田中全', role: '记者' })]);
  });

  it('takes a reporter from the byline, with 记者 as the role', () => {
    expect(findPeople('本报讯（记者叶婉）近日，据北京青少年中心相关负责人介绍，项目启动。')).toEqual([expect.objectContaining({ name: '叶婉', role: '记者' })]);
  });

  it('takes no title without a name as a person', () => {
    expect(findPeople('专家普遍认为，总书记多次强调，主席于去年3月访问')).toEqual([]);
  });

  it.each([
    ['河南省委副书记、省长王凯说', '省长', 'shěng zhǎng'],
    ['已开展长期、全面、务实的合作', '长期', 'cháng qī'],
    ['贺信阐明了当前建设高水平中拉航天合作伙伴关系的重要意义', '重要', 'zhòng yào'],
    // As the words layer reads it: 一 before a fourth tone is yí.
    ['高质量共建“一带一路”', '一带一路', 'yí dài yí lù'],
    ['国有四大行的净利润', '四大行', 'sì dà háng'],
  ])('reads %s in context: %s', (text, word, expected) => {
    const start = text.indexOf(word);
    const end = start + word.length;

    expect(pinyinInContext(text, start, end)).toBe(expected);
  });
});
