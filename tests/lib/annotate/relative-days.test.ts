import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/annotate';
import type { DateValue } from '../../../lib/types';

const PUB = '2024-06-17T09:00:00+08:00'; // a Monday

describe('relative days', () => {
  it.each([
    ['大前天，记者来到工地。', '大前天', '2024-06-14'],
    ['前天，记者来到工地。', '前天', '2024-06-15'],
    ['昨天，记者来到工地。', '昨天', '2024-06-16'],
    ['今天，记者来到工地。', '今天', '2024-06-17'],
    ['明天，记者将来到工地。', '明天', '2024-06-18'],
    ['后天，记者将来到工地。', '后天', '2024-06-19'],
    ['大后天，记者将来到工地。', '大后天', '2024-06-20'],
    ['昨日，省政府召开会议。', '昨日', '2024-06-16'],
    ['今日，省政府召开会议。', '今日', '2024-06-17'],
    ['明日，省政府将召开会议。', '明日', '2024-06-18'],
    ['前日，省政府召开会议。', '前日', '2024-06-15'],
  ])('%s → %s = %s', (sentence, text, value) => {
    const found = findDates(sentence, { publishedAt: PUB }).find((d) => d.text === text);
    expect(found, JSON.stringify(findDates(sentence, { publishedAt: PUB }))).toBeDefined();
    expect(found!.value).toBe(value);
    expect(found!.relative).toBe(true);
  });

  it.each([
    ['大前天', '-P3D'], ['前天', '-P2D'], ['后天', 'P2D'], ['大后天', 'P3D'],
  ])('%s without a publish date is the signed duration %s', (word, value) => {
    expect(findDates(`${word}，他们出发了。`)[0]).toMatchObject({ text: word, value, relative: true });
  });

  it.each([
    ['6月20日开幕，次日闭幕。', '次日', '2024-06-21'],
    ['6月20日开幕，翌日闭幕。', '翌日', '2024-06-21'],
    ['6月20日开幕，当天签约。', '当天', '2024-06-20'],
  ])('%s: %s counts from the date named before', (sentence, text, value) => {
    expect(findDates(sentence, { publishedAt: PUB }).find((d) => d.text === text)?.value).toBe(value);
  });

  it.each([
    ['先天不足，后天努力。', '后天'],
    ['先天与后天的因素都有影响。', '后天'],
    ['前天津市委书记出席。', '前天'],
    ['前日本首相出席。', '前日'],
  ])('%s has no %s date', (sentence, word) => {
    expect(findDates(sentence, { publishedAt: PUB }).map((d) => d.text)).not.toContain(word);
  });
});

/** Parts of a month after 本月/上月/下月 are ten-day periods, as 3月下旬 is. */
const monthParts: [string, string, string, DateValue][] = [
  ['本月上旬开工。', PUB, '本月上旬', { from: '2024-06-01', to: '2024-06-10' }],
  ['本月中旬开工。', PUB, '本月中旬', { from: '2024-06-11', to: '2024-06-20' }],
  ['本月下旬开工。', PUB, '本月下旬', { from: '2024-06-21', to: '2024-06-30' }],
  ['上月下旬完工。', PUB, '上月下旬', { from: '2024-05-21', to: '2024-05-31' }],
  ['上月中旬完工。', PUB, '上月中旬', { from: '2024-05-11', to: '2024-05-20' }],
  ['下月上旬验收。', PUB, '下月上旬', { from: '2024-07-01', to: '2024-07-10' }],
  ['本月下旬验收。', '2024-02-10T08:00:00+08:00', '本月下旬', { from: '2024-02-21', to: '2024-02-29' }],
  ['下月下旬验收。', '2023-01-15T08:00:00+08:00', '下月下旬', { from: '2023-02-21', to: '2023-02-28' }],
  ['3月下旬，春耕开始。', PUB, '3月下旬', { from: '2024-03-21', to: '2024-03-31' }],
];

describe('parts of a month', () => {
  it.each(monthParts)('%s [%s] → %s', (sentence, pub, text, value) => {
    const found = findDates(sentence, { publishedAt: pub }).find((d) => d.text === text);
    expect(found, JSON.stringify(findDates(sentence, { publishedAt: pub }))).toBeDefined();
    expect(found!.value).toEqual(value);
  });
});

describe('weekdays only where they are weekdays', () => {
  it.each([['这份刊物每周一期。'], ['他每周三天在工地。'], ['夏、商、周三代的年代学标尺。'], ['两周一次例会。']])('no weekday in %s', (sentence) => {
    expect(findDates(sentence, { publishedAt: PUB }).map((d) => d.text).filter((t) => /周|星期/.test(t))).toEqual([]);
  });

  it.each([
    ['每周一、三、五开放。', '周一', '2024-06-17'],
    ['周三下午，记者来到现场。', '周三', '2024-06-19'],
    ['星期二，天气晴。', '星期二', '2024-06-18'],
    ['周日下午，广场上人头攒动。', '周日', '2024-06-16'],
  ])('%s → %s = %s', (sentence, text, value) => {
    expect(findDates(sentence, { publishedAt: PUB }).find((d) => d.text === text)?.value).toBe(value);
  });
});
