import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../lib/extract/language';
import { textWeight } from '../../../lib/extract/containers';

describe('languageOf', () => {
  it.each([
    ['zh', 'zh', '5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会，河南省有关负责同志介绍了相关情况。'],
    ['zh', 'zh', '國務院新聞辦舉行“推動高質量發展”系列主題新聞發佈會，河南省有關負責同志介紹了相關情況。'],
    ['zh', 'zh', '中国与拉美和加勒比国家共建“一带一路”（Belt and Road Initiative），成果丰硕。'],
    ['en', 'en', 'Since it was established in October 2021, the Northeast China Tiger and Leopard National Park has seen steady growth.'],
    ['ja', 'ja', '2021年10月に設立されて以来、東北虎豹国家公園では野生動物の分布域と個体数が着実に増えている。'],
    ['ko', 'ko', '시진핑 국가주석은 10일 베이징에서 회담을 가졌다.'],
    ['fr', 'fr', 'Le président chinois Xi Jinping a rencontré mercredi à Beijing son homologue.'],
    ['en', 'zh', 'The president met his counterpart in Beijing on Wednesday.'],
    ['ru', 'ru', 'Председатель КНР Си Цзиньпин провел переговоры в Пекине.'],
    ['ar', 'ar', 'التقى الرئيس الصيني شي جين بينغ نظيره في بكين يوم الأربعاء.'],
    ['ug', 'ug', 'جۇڭگو بىلەن ئۆزبېكىستان ھەمكارلىقى'],
    ['bo', 'bo', 'བཀྲ་ཤིས་བདེ་ལེགས། བཀྲ་ཤིས་བདེ་ལེགས།'],
  ])('%s ← (edition %s) %s', (language, edition, text) => {
    expect(languageOf(text, edition)).toBe(language);
  });

  it('keeps a long Chinese article Chinese with foreign names joined by katakana middle dots and a quoted Japanese title', () => {
    const paragraph = '玻利维亚图帕克・卡塔里通信卫星由中国研制，米歇尔・布兰与泰勒斯・德奥利维拉・帕索斯参加了论坛。';
    const text = `${paragraph.repeat(30)}日本导演的影片《もののけ姫》在中国上映。`;

    expect(languageOf(text, 'zh')).toBe('zh');
  });
});

describe('textWeight', () => {
  it.each([
    [6, '国务院新闻办'],
    [8, 'Xi Jinping met Putin'],
    [6, 'Председатель КНР Пекине'],
    [10, '監視システム'.repeat(1) + 'です'.repeat(2)],
    [0, '2024-05-10 08:30 ，。'],
  ])('%i ← %s', (weight, text) => {
    expect(textWeight(text)).toBe(weight);
  });
});
