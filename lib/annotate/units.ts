/**
 * Units and classifiers that may follow a number, with their normalised names.
 * Measures get international symbols, currencies ISO 4217 codes, classifiers
 * (台, 家, 个 …) stay as written because they have no better name.
 * @module lib/annotate/units
 */

/** How a unit changes the number: 'percent' divides by 100, 'permille' by 1000, 'tenth' (成) by 10. */
export type UnitScale = 'percent' | 'permille' | 'tenth' | null;

export interface UnitInfo { unit: string; scale: UnitScale; measure: boolean }

const CURRENCY: Record<string, string> = {
  美元: 'USD', 欧元: 'EUR', 日元: 'JPY', 英镑: 'GBP', 港元: 'HKD', 港币: 'HKD', 澳元: 'AUD',
  加元: 'CAD', 卢布: 'RUB', 铢: 'THB', 泰铢: 'THB', 韩元: 'KRW', 马克: 'DEM', 法郎: 'FRF', 新台币: 'TWD',
  列伊: 'ROL', 里拉: 'ITL', 兰特: 'ZAR', 林吉特: 'MYR', 新加坡元: 'SGD', 瑞士法郎: 'CHF',
  印尼盾: 'IDR', 越南盾: 'VND', 荷兰盾: 'NLG', 埃镑: 'EGP', 卢比: 'INR', 挪威克朗: 'NOK', 瑞典克朗: 'SEK', 丹麦克朗: 'DKK',
  元人民币: 'CNY', 元: 'CNY',
  // Pesos by country (ISO 4217). A bare 比索 names none: People's Daily writes it mostly of
  // Latin-American pesos, so it is the generic 'peso' rather than one country's code.
  比索: 'peso', 墨西哥比索: 'MXN', 阿根廷比索: 'ARS', 智利比索: 'CLP', 哥伦比亚比索: 'COP', 古巴比索: 'CUP',
  菲律宾比索: 'PHP', 乌拉圭比索: 'UYU', 多米尼加比索: 'DOP',
};

const MEASURE: Record<string, string> = {
  平方公里: 'km2', 平方千米: 'km2', 平方米: 'm2', 立方米: 'm3', 公里: 'km', 千米: 'km',
  厘米: 'cm', 毫米: 'mm', 米: 'm', 海里: 'nmi', 公顷: 'ha', 吨: 't', 千克: 'kg', 公斤: 'kg',
  克: 'g', 毫升: 'mL', 升: 'L', 千瓦时: 'kWh', 度电: 'kWh', 千瓦: 'kW', 兆瓦: 'MW', 吉瓦: 'GW',
  摄氏度: '°C', '℃': '°C', 个小时: 'hour', 小时: 'hour', 分钟: 'minute', 秒钟: 'second',
  个多月: 'month', 个月: 'month', 个星期: 'week', 星期: 'week', 周: 'week', 周年: 'anniversary',
  年: 'year', 天: 'day', 日: 'day', 周岁: 'age', 岁: 'age', 亩: '亩', 斤: '斤', 公斤级: 'kg',
  千伏: 'kV', 英里: 'mi', 磅: 'lb', 秒: 'second', 英寸: 'in', 英尺: 'ft', 毫克: 'mg', 微克: 'µg', 里: '里',
  个百分点: 'percentage-point', 百分点: 'percentage-point', 倍: 'times',
  // Latin symbols as the text writes them (full-width forms are folded before the lookup).
  MHz: 'MHz', GHz: 'GHz', kHz: 'kHz', Hz: 'Hz', MB: 'MB', GB: 'GB', KB: 'kB', TB: 'TB', km: 'km', kg: 'kg', cm: 'cm', mm: 'mm',
  kW: 'kW', MW: 'MW', GW: 'GW', kV: 'kV', kWh: 'kWh',
};

/** Classifiers (量词) counted as units; they keep their own character as the unit name. */
const CLASSIFIERS = (
  '人次 架次 车次 标准箱 ' +
  '个 家 台 件 项 人 名 位 次 场 期 处 座 所 条 辆 架 艘 株 棵 头 只 匹 本 部 篇 首 种 类 批 套 份 户 ' +
  '层 栋 幢 张 片 块 根 支 枚 颗 粒 届 轮 节 章 段 组 对 双 副 股 笔 封 幅 间 门 集 卷 册 版 页 ' +
  '级 代 起 例 宗 遍 回 步 趟 轮 席 声 句 盏 桶 杯 碗 袋 箱 包 串 堆 顿 道 点 分 度 番 口 路 成 ' +
  '辆次 场次 台次 朵 枝 束 盒 瓶 罐 盆 筐 盘 桌 顶 锭 面 票 盾 克朗 人口 下 旬 样'
).split(/\s+/).filter(Boolean);

/**
 * Classifiers that also make idioms and words with a single Chinese digit
 * (说三道四, 十分, 一度, 三番五次, 四周): only accepted after Arabic digits or longer numerals.
 */
export const RISKY_AFTER_CN_DIGIT = new Set(['周', '里', '秒', '道', '点', '分', '度', '番', '口', '路', '声', '头', '门', '起', '股', '代', '回', '对', '双', '句', '版', '级', '面', '票', '下']);

/** Classifiers that make words or idioms even after 两 (两头, 两口子, 两面派, 两点钟, 两分): not read after a bare 两. */
export const RISKY_AFTER_LIANG = new Set(['里', '秒', '点', '分', '头', '口', '面', '门', '路', '道', '股', '回']);

const TABLE = new Map<string, UnitInfo>();
for (const [k, v] of Object.entries(CURRENCY)) TABLE.set(k, { unit: v, scale: null, measure: true });
for (const [k, v] of Object.entries(MEASURE)) TABLE.set(k, { unit: v, scale: null, measure: true });
for (const c of CLASSIFIERS) if (!TABLE.has(c)) TABLE.set(c, { unit: c, scale: null, measure: false });
TABLE.set('%', { unit: 'percent', scale: 'percent', measure: true });
TABLE.set('％', { unit: 'percent', scale: 'percent', measure: true });
TABLE.set('‰', { unit: 'permille', scale: 'permille', measure: true });
TABLE.set('成', { unit: 'percent', scale: 'tenth', measure: false });

/** Characters in the longest unit name (多米尼加比索). */
const LONGEST_UNIT = Math.max(...[...TABLE.keys()].map((u) => u.length));

/** The longest known unit starting at `pos` (平方公里 before 公里, 墨西哥比索 before 比索), or null. */
export function unitAt(text: string, pos: number): string | null {
  for (let len = LONGEST_UNIT; len >= 1; len--) {
    const u = text.substr(pos, len);
    if (u.length === len && TABLE.has(latin(u))) return u;
  }
  return null;
}

/** Full-width Latin letters as ASCII (９００ＭＨｚ), keeping the length. */
function latin(s: string): string {
  return /[Ａ-Ｚａ-ｚ]/.test(s) ? s.replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

/** The first characters of all units, for a quick test before a full lookup. */
export function unitFirstChars(): string[] {
  const first = [...TABLE.keys()].map((u) => u[0]);
  const wide = first.filter((c) => /[A-Za-z]/.test(c)).map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return [...new Set([...first, ...wide])];
}

/** Look up a unit as written; null when unknown. */
export function unitInfo(written: string): UnitInfo | null {
  return TABLE.get(latin(written)) ?? null;
}

/** Apply a unit's scale to a number (22.6 with % → 0.226), rounding away float noise. */
export function scaleValue(value: number, scale: UnitScale): number {
  const div = scale === 'percent' ? 100 : scale === 'permille' ? 1000 : scale === 'tenth' ? 10 : 1;
  return Number((value / div).toPrecision(12));
}
