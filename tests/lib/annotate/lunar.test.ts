import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/annotate';
import type { DateValue } from '../../../lib/types';

/**
 * Festival and lunar dates as the Chinese calendar published them (the State Council's holiday
 * notices and the almanac): 春节 2024 was 10 February, 2025 had no 腊月三十 (除夕 was 廿九, 28 January),
 * 2023 had a leap second month from 22 March.
 */
const rows: [string, string | null, string, DateValue, { year: number | null; month: number; day: number | null; leap?: boolean }][] = [
  ['农历七月初十，村里唱大戏。', '2024-06-17', '农历七月初十', '2024-08-13', { year: 2024, month: 7, day: 10 }],
  ['2024年中秋节，全家团圆。', null, '2024年中秋节', '2024-09-17', { year: 2024, month: 8, day: 15 }],
  ['2023年中秋节，全家团圆。', null, '2023年中秋节', '2023-09-29', { year: 2023, month: 8, day: 15 }],
  ['2024年春节，游客创新高。', null, '2024年春节', '2024-02-10', { year: 2024, month: 1, day: 1 }],
  ['2025年春节，游客创新高。', null, '2025年春节', '2025-01-29', { year: 2025, month: 1, day: 1 }],
  ['1998年春节前夕', null, '1998年春节', '1998-01-28', { year: 1998, month: 1, day: 1 }],
  ['2024年除夕，万家灯火。', null, '2024年除夕', '2024-02-09', { year: 2023, month: 12, day: 30 }],
  ['2025年除夕，万家灯火。', null, '2025年除夕', '2025-01-28', { year: 2024, month: 12, day: 29 }],
  ['2024年端午节，龙舟竞渡。', null, '2024年端午节', '2024-06-10', { year: 2024, month: 5, day: 5 }],
  ['2024年元宵节，灯会开幕。', null, '2024年元宵节', '2024-02-24', { year: 2024, month: 1, day: 15 }],
  ['正月十五闹元宵。', '2024-02-01', '正月十五', '2024-02-24', { year: 2024, month: 1, day: 15 }],
  ['大年初一，家家拜年。', '2024-02-01', '大年初一', '2024-02-10', { year: 2024, month: 1, day: 1 }],
  ['大年三十，全家守岁。', '2025-01-10', '大年三十', '2025-01-28', { year: 2024, month: 12, day: 29 }],
  ['腊月二十三，小年到了。', '2024-01-20', '腊月二十三', '2024-02-02', { year: 2023, month: 12, day: 23 }],
  ['2023年农历闰二月初一', null, '2023年农历闰二月初一', '2023-03-22', { year: 2023, month: 2, day: 1, leap: true }],
  ['2024年农历八月', null, '2024年农历八月', { from: '2024-09-03', to: '2024-10-02' }, { year: 2024, month: 8, day: null }],
  ['今年中秋，月亮格外圆。', '2024-06-17', '今年中秋', '2024-09-17', { year: 2024, month: 8, day: 15 }],
  ['农历七月初十，村里唱大戏。', null, '农历七月初十', 'XXXX-XX-XX', { year: null, month: 7, day: 10 }],
  ['阴历八月十五', null, '阴历八月十五', 'XXXX-XX-XX', { year: null, month: 8, day: 15 }],
];

describe('lunar dates', () => {
  it.each(rows)('%s [%s] → %s = %j', (sentence, pub, text, value, lunar) => {
    const dates = findDates(sentence, { publishedAt: pub });
    const found = dates.find((d) => d.text === text);
    expect(found, JSON.stringify(dates)).toBeDefined();
    expect(found!.calendar).toBe('lunar');
    expect(found!.value).toEqual(value);
    expect(found!.lunar).toEqual(lunar);
  });

  it.each([
    ['2024年农历腊月三十', '2024年农历腊月三十'], // 2024's twelfth month had 29 days
    ['2024年农历闰二月初一', '2024年农历闰二月初一'], // 2024 had no leap month
  ])('%s is flagged: that lunar day did not exist', (sentence, text) => {
    const found = findDates(sentence).find((d) => d.text === text);
    expect(found).toMatchObject({ invalid: true, value: text, calendar: 'lunar' });
  });

  it.each([
    ['2024年清明节', '2024-04-04'],
    ['2023年清明节', '2023-04-05'],
  ])('%s is the solar term: %s', (text, value) => {
    expect(findDates(`${text}，市民踏青。`)[0]).toMatchObject({ text, value });
  });

  it.each([
    ['七月，雨水偏多。', '七月', '2024-07'],
    ['八月十五日，大会开幕。', '八月十五日', '2024-08-15'],
  ])('Gregorian month names stay Gregorian: %s', (sentence, text, value) => {
    const found = findDates(sentence, { publishedAt: '2024-06-17' }).find((d) => d.text === text);
    expect(found?.value).toBe(value);
    expect(found?.calendar).toBeUndefined();
  });

  it.each([['正月里来吃元宵。'], ['一碗腊八粥']])('%s: 元宵 and 腊八 as foods are no dates', (sentence) => {
    expect(findDates(sentence).map((d) => d.text).filter((t) => /元宵|腊八/.test(t))).toEqual([]);
  });
});
