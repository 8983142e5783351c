import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/summarize';
import { loadPage } from './load-page';

/** The sentence texts of a string. */
function sentences(text: string, opts?: { semicolon?: boolean }): string[] {
  return splitSentences(text, opts).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    // A quoted sentence with its own full stop, then its speaker: one sentence (politics-c1001-40223222).
    ['“贺信充分体现了习近平主席对建设高水平中拉航天合作伙伴关系的殷切期望。”中国国家航天局国际合作司副司长姚建廷说，航天科技是当今世界科技发展的重要领域。', 1],
    // Two plain sentences, the second starting with a number (finance-c1004-40232587).
    ['向良种要产量。河南大力实施种业振兴行动，2023年有12个品种入选全国主导品种。', 2],
    // Decimal points and percentages do not end sentences.
    ['粮食播种面积常年稳定在1.6亿亩以上，粮食产量连续7年稳定在1300亿斤以上。', 1],
    // A full stop inside quotes does not split; a quote without a speaker after it does.
    ['“习主席给论坛发来贺信，这对拉美和加勒比国家而言是一个好机会。”来自巴西的博士生泰勒斯表示，中国航天技术发展非常快。', 1],
    // Semicolons split clauses (culture-c1013-31153719).
    ['父亲的教诲像一盏灯，为我们照亮前行的路；父亲的关爱像一把伞，为我们遮蔽人世间的风风雨雨。', 2],
    // An ellipsis that ends a paragraph ends the sentence.
    ['父爱亦如天空粗旷而深远……\n今年的6月16日是父亲节。', 2],
    // An ellipsis followed by more text starts a new sentence.
    ['将感恩的心情藏进以后每一天的生活里……让我们一起读诗。', 2],
    // An exclamation and a question mark.
    ['这是多么好的机会！我们准备好了吗？', 2],
  ])('splits %s into %i sentence(s)', (text, expected) => {
    const actual = sentences(text);

    expect(actual).toHaveLength(expected);
    expect(actual.join('')).toBe(text.replace(/\n/g, ''));
  });

  it('keeps semicolon clauses together when asked (summaries)', () => {
    const text = '首阳为拙；柳惠为工。饱食安步，在仕代农。';

    expect(sentences(text, { semicolon: false })).toEqual(['首阳为拙；柳惠为工。', '饱食安步，在仕代农。']);
    expect(sentences(text)).toEqual(['首阳为拙；', '柳惠为工。', '饱食安步，在仕代农。']);
  });

  it.each([
    // The speaker closes the quoted sentence: “……。”他说。 is one sentence.
    ['“我们将继续扩大开放，欢迎各国企业来华投资。”他说。', ['“我们将继续扩大开放，欢迎各国企业来华投资。”他说。']],
    ['“这是我们共同的心愿！”王凯表示。记者了解到，项目已经启动。', ['“这是我们共同的心愿！”王凯表示。', '记者了解到，项目已经启动。']],
    ['“粮食安全是国之大者。”省长说道。', ['“粮食安全是国之大者。”省长说道。']],
    // A closing bracket or title mark after the full stop belongs to the sentence before it.
    ['（本报记者 王乐文）。（完）', ['（本报记者 王乐文）。', '（完）']],
    ['他读完了《论语。》之后又读诗。', ['他读完了《论语。》之后又读诗。']],
    ['会议指出，要抓好落实。）新的一年开始了。', ['会议指出，要抓好落实。）', '新的一年开始了。']],
    // A new sentence that merely starts with a verb of saying is not an attribution.
    ['“会议开得很成功。”说完，他离开了会场。', ['“会议开得很成功。”', '说完，他离开了会场。']],
  ])('keeps a speaker, a closing quote or bracket with the sentence: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps a trailing closing quote with its sentence', () => {
    expect(sentences('他说：“合作共赢。”随后离开。')).toEqual(['他说：“合作共赢。”', '随后离开。']);
  });

  it('covers every paragraph of a real article with spans inside the text, in order', () => {
    const { text, paragraphs } = loadPage('politics-c1001-40223222');

    const spans = splitSentences(text);

    expect(spans.length).toBeGreaterThan(paragraphs.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    for (const p of paragraphs) expect(spans.some((s) => s.start === p.start)).toBe(true);
    expect(spans.every((s) => !text.slice(s.start, s.end).includes('\n'))).toBe(true);
  });
});
