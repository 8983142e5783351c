/**
 * Units as a reader writes them, for display only: the analysis contract keeps
 * its machine names (km2, percentage-point, USD …; lib/annotate/units), and the
 * panel shows km², "percentage points", 平方公里, 个百分点. Classifiers (台, 家)
 * have no English unit and stay as written in both languages.
 * @module lib/format/units
 */
import type { Locale } from '../i18n/locale';

/** English: [singular, plural]. */
const EN: Record<string, [string, string]> = {
  km2: ['km²', 'km²'], m2: ['m²', 'm²'], m3: ['m³', 'm³'],
  'percentage-point': ['percentage point', 'percentage points'],
  times: ['time', 'times'],
  hour: ['hour', 'hours'], minute: ['minute', 'minutes'], second: ['second', 'seconds'],
  day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'],
  age: ['year old', 'years old'],
  CNY: ['yuan', 'yuan'], 亩: ['mu', 'mu'], 斤: ['jin', 'jin'], 里: ['li', 'li'],
};

const ZH: Record<string, string> = {
  km2: '平方公里', m2: '平方米', m3: '立方米', km: '公里', cm: '厘米', mm: '毫米', m: '米', nmi: '海里',
  ha: '公顷', t: '吨', kg: '千克', g: '克', mg: '毫克', 'µg': '微克', mL: '毫升', L: '升',
  kWh: '千瓦时', kW: '千瓦', MW: '兆瓦', GW: '吉瓦', kV: '千伏', '°C': '摄氏度',
  mi: '英里', lb: '磅', in: '英寸', ft: '英尺',
  hour: '小时', minute: '分钟', second: '秒', day: '天', week: '周', month: '个月', year: '年',
  age: '岁', anniversary: '周年', times: '倍', 'percentage-point': '个百分点',
  CNY: '元', USD: '美元', EUR: '欧元', JPY: '日元', GBP: '英镑', HKD: '港元', AUD: '澳元', CAD: '加元',
  RUB: '卢布', THB: '泰铢', PHP: '比索', KRW: '韩元', TWD: '新台币', SGD: '新加坡元', CHF: '瑞士法郎',
  MYR: '林吉特', ZAR: '兰特', INR: '卢比', IDR: '印尼盾', VND: '越南盾',
};

/** The unit's name after `value` in `locale` ("" for none); English plural by the value. */
export function unitLabel(unit: string | null, value: number, locale: Locale): string {
  if (!unit) return '';
  if (locale === 'zh-CN') return ZH[unit] ?? unit;
  const names = EN[unit];
  return names ? names[value === 1 ? 0 : 1] : unit;
}

/** True when the unit is written without a space after the number (22.6%, 948亿美元, 5 km² in English keeps one). */
export function joinsTight(unit: string | null, locale: Locale): boolean {
  return unit === 'percent' || unit === 'permille' || (locale === 'zh-CN' && unit !== null);
}
