import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { parseHtml } from '../../../scripts/lib/load-page';

const EN_URL = 'http://en.people.cn/n3/2022/1123/c90000-10175286.html';
const CN_URL = 'http://society.people.com.cn/n1/2024/0510/c1008-40232600.html';
const IMG = '<p style="text-align: center;"><img alt="" src="/NMediaFile/2022/1123/a.png"></p>';

const EN = [
  'Since it was established in October 2021, the national park has seen steady growth in the number of Siberian tigers.',
  'Thanks to a monitoring network which covers air and land, staff members can obtain data on wild animals conveniently.',
  'At present, more than 6,800 forest rangers are engaged in the work of protecting wild animals inside the park.',
];
const CN = [
  '5月9日，河南省滑县农民抢抓农时播种玉米，田间一派繁忙景象。',
  '据农情调度，截至5月9日，全国已播种春播粮食面积超过5亿亩，完成意向面积的五成以上。',
  '农业农村部有关负责人表示，将加强技术指导服务，确保春播粮食应播尽播、播足播好。',
];

/** An English page (div.d2txtCon) with `middle` between its first paragraph and the rest. */
function englishPage(middle: string, editor = '(Web editor: Hongyu, Du Mingming)'): Document {
  const p = (t: string) => `<p>\n\t${t}</p>`;
  return parseHtml(`<div class="w860 d2txtCon cf"><h1>Monitoring system aids wild animal protection efforts in NE China</h1>`
    + `<div class="origin cf"> (<a href="http://en.people.cn/">People's Daily Online</a>) <span>11:35, November 23, 2022</span></div>`
    + `${p(EN[0])}${middle}${p(EN[1])}${p(EN[2])}<div class="editor">${editor}</div></div>`, EN_URL);
}

/** A Chinese page in the 2020+ template with `middle` after its first paragraph. */
function chinesePage(middle: string): Document {
  const p = (t: string) => `<p>　　${t}</p>`;
  return parseHtml(`<html><head><title>春播正当时--社会--人民网</title></head><body><div class="rm_txt"><h1>春播正当时</h1>`
    + `<div class="channel"><div class="col-1-1">2024年05月10日06:58 | 来源：人民网</div></div>`
    + `<div class="rm_txt_con">${p(CN[0])}${middle}${p(CN[1])}${p(CN[2])}</div></div></body></html>`, CN_URL);
}

describe('photo captions under a picture leave the body', () => {
  it.each([
    ['an italic caption', `${IMG}<p>\n\t<em>Photo shows a Siberian tiger in the national park. (People’s Daily Online/courtesy of the National Forestry and Grassland Administration)</em></p>`],
    ['a caption in <i>', `${IMG}<p><i>Rangers check an infrared camera in the forest.</i></p>`],
    ['"Photo taken on …"', `${IMG}<p>Photo taken on Nov. 20, 2022 shows an Amur leopard in the park.</p>`],
    ['"A file photo …"', `${IMG}<p>A file photo of the park's monitoring center in Hunchun, Jilin Province.</p>`],
    ['a Xinhua credit', `${IMG}<p>Rangers patrol the park in Hunchun, Jilin Province. (Xinhua/Wang Peng)</p>`],
    ['a caption in the picture\'s paragraph, after a line break', `<p style="text-align: center;"><img src="/a.png"><br><em>Photo shows an Amur leopard.</em></p>`],
  ])('English: %s', (_, middle) => {
    const actual = extractArticle(englishPage(middle), EN_URL);

    expect(actual.text.split('\n')).toEqual(EN);
  });

  it.each([
    ['图为…', `${IMG}<p style="text-align: center;">图为河南省滑县农民在田间播种。</p>`],
    ['图：…', `${IMG}<p>图：农民驾驶播种机在田间作业。</p>`],
    ['a photographer\'s credit', `${IMG}<p>农民驾驶播种机在田间作业。（新华社记者 李贺摄）</p>`],
    ['a picture source', `${IMG}<p>春播现场。（图片来源：河南日报）</p>`],
  ])('Chinese: %s', (_, middle) => {
    const actual = extractArticle(chinesePage(middle), CN_URL);

    expect(actual.text.split('\n')).toEqual(CN);
  });
});

describe('prose stays body', () => {
  it('the paragraph of the story right under a picture', () => {
    const actual = extractArticle(englishPage(`${IMG}<p>Visitors have flocked to the park since the tigers returned, local officials said on Monday.</p>`), EN_URL);

    expect(actual.paragraphs.length).toBe(4);
  });

  it('a bold verse title under a picture', () => {
    const actual = extractArticle(chinesePage(`${IMG}<p style="text-indent: 2em; text-align: center;"><strong>《冬夜读书示子聿》</strong></p>`), CN_URL);

    expect(actual.text).toContain('《冬夜读书示子聿》');
  });

  it('an italic paragraph with no picture above it', () => {
    const actual = extractArticle(englishPage('<p><em>The monitoring system can send videos of wild Siberian tigers in real time.</em></p>'), EN_URL);

    expect(actual.text).toContain('The monitoring system can send videos');
  });

  it('a caption-like opening far from any picture', () => {
    const actual = extractArticle(chinesePage('<p>　　图为河南省滑县农民在田间播种的场景，这是记者在现场看到的。</p>'), CN_URL);

    expect(actual.text).toContain('图为河南省滑县');
  });
});

describe('the English editor line', () => {
  it.each([
    ['(Web editor: Hongyu, Du Mingming)', 'Hongyu, Du Mingming'],
    ['(Web editor: Wu Chaolan, Liang Jun)', 'Wu Chaolan, Liang Jun'],
    ['(Editor: Li Yan)', 'Li Yan'],
    ['(Web Editor: Xian Jiangnan )', 'Xian Jiangnan'],
  ])('%s → %s', (line, editor) => {
    expect(extractArticle(englishPage('', line), EN_URL).meta.editor).toBe(editor);
  });
});
