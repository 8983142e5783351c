import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/annotate';
import type { DateValue } from '../../../lib/types';

const PUB = '2024-06-17T09:00:00+08:00'; // a Monday

/** Each row: sentence, the time's text, its value on the 24-hour clock (no publish date). */
const clock: [string, string, DateValue][] = [
  // 下午/傍晚 add twelve hours to 1–11, in every written form.
  ['发布会定于下午3:30举行。', '下午3:30', 'T15:30'],
  ['发布会定于下午3：30举行。', '下午3：30', 'T15:30'],
  ['比赛于下午3点半开始。', '下午3点半', 'T15:30'],
  ['会议下午3时30分结束。', '下午3时30分', 'T15:30'],
  ['会议下午3点30开始。', '下午3点30', 'T15:30'],
  ['下午两点，记者赶到现场。', '下午两点', 'T14:00'],
  ['傍晚6点，广场亮起灯光。', '傍晚6点', 'T18:00'],
  ['下午12点半开始午休。', '下午12点半', 'T12:30'],
  // 晚/晚上/夜里: 6–11 are evening hours; 12 is the midnight that ends the day.
  ['演出晚8：00开始。', '晚8：00', 'T20:00'],
  ['演出晚8时开始。', '晚8时', 'T20:00'],
  ['演出晚上7点半开始。', '晚上7点半', 'T19:30'],
  ['夜里11点，雨还在下。', '夜里11点', 'T23:00'],
  ['晚上十点，灯火通明。', '晚上十点', 'T22:00'],
  ['晚上12点，新年钟声敲响。', '晚上12点', 'T24:00'],
  // 凌晨: 0 and 12 are both the midnight that starts the day.
  ['凌晨0点，列车准时发车。', '凌晨0点', 'T00:00'],
  ['凌晨12点，列车准时发车。', '凌晨12点', 'T00:00'],
  ['凌晨3点，救援队抵达。', '凌晨3点', 'T03:00'],
  ['凌晨零点起实施。', '凌晨零点', 'T00:00'],
  // 中午: 12 is noon, 1 is 13:00.
  ['中午12点，食堂开饭。', '中午12点', 'T12:00'],
  ['中午十二点，食堂开饭。', '中午十二点', 'T12:00'],
  ['中午1点，记者见到了他。', '中午1点', 'T13:00'],
  // Morning words keep the hour.
  ['早上8点，学生到校。', '早上8点', 'T08:00'],
  ['上午十点，大会开幕。', '上午十点', 'T10:00'],
  ['早8时开门营业。', '早8时', 'T08:00'],
  ['上午9点一刻开会。', '上午9点一刻', 'T09:15'],
  // An hour of two neighbouring numbers is a period.
  ['回城就是晚上七八点了。', '晚上七八点', { from: 'T19:00', to: 'T20:00' }],
  ['下午两三点最热。', '下午两三点', { from: 'T14:00', to: 'T15:00' }],
  ['晚上9点至11点停电。', '晚上9点至11点', { from: 'T21:00', to: 'T23:00' }],
];

describe('times of day', () => {
  it.each(clock)('%s → %s = %j', (sentence, text, value) => {
    const found = findDates(sentence).find((d) => d.text === text);
    expect(found, JSON.stringify(findDates(sentence))).toBeDefined();
    expect(found!.value).toEqual(value);
  });

  it.each([['他提了三点意见。'], ['这一时难以判断。'], ['两三点建议']])('no time in %s', (sentence) => {
    expect(findDates(sentence)).toEqual([]);
  });
});

/** Each row: sentence, the item's text, its value against PUB: a date and its time make one item. */
const joined: [string, string, DateValue][] = [
  ['今晚十二点，新规开始实施。', '今晚十二点', '2024-06-17T24:00'],
  ['今晚12点起，油价上调。', '今晚12点', '2024-06-17T24:00'],
  ['今晚8点半，晚会开始。', '今晚8点半', '2024-06-17T20:30'],
  ['明天早上8点，车队出发。', '明天早上8点', '2024-06-18T08:00'],
  ['昨天下午3点，记者来到现场。', '昨天下午3点', '2024-06-16T15:00'],
  ['后天上午9时，大会开幕。', '后天上午9时', '2024-06-19T09:00'],
  ['6月18日早上8点，车队出发。', '6月18日早上8点', '2024-06-18T08:00'],
  ['6月18日晚8：30，演出开始。', '6月18日晚8：30', '2024-06-18T20:30'],
  ['明晚7点，烟花燃放。', '明晚7点', '2024-06-18T19:00'],
  ['昨晚10时，暴雨来袭。', '昨晚10时', '2024-06-16T22:00'],
  ['今晨6时，列车抵达。', '今晨6时', '2024-06-17T06:00'],
  ['今天中午12点，活动结束。', '今天中午12点', '2024-06-17T12:00'],
  ['本周六上午10时，展览开幕。', '本周六上午10时', '2024-06-22T10:00'],
  ['下周一晚上8点，首播。', '下周一晚上8点', '2024-06-24T20:00'],
];

describe('dates joined to times', () => {
  it.each(joined)('%s → one item %s = %j', (sentence, text, value) => {
    const dates = findDates(sentence, { publishedAt: PUB });
    expect(dates.map((d) => d.text), JSON.stringify(dates)).toEqual([text]);
    expect(dates[0].value).toEqual(value);
    expect(dates[0].relative).toBe(true);
  });

  it('an anaphoric day takes the time too: 次日凌晨3点 is the day after the named date', () => {
    const dates = findDates('6月20日晚，列车出发，次日凌晨3点抵达。', { publishedAt: PUB });
    expect(dates.find((d) => d.text === '次日凌晨3点')?.value).toBe('2024-06-21T03:00');
  });
});
