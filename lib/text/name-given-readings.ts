/**
 * Readings of polyphonic characters in given names where a dictionary marks one
 * reading as the name reading. pinyin-pro reads a surname with its surname reading
 * (`surname: 'head'`) but a given name like any word, so 陈廷焯 comes out Chén Tíng
 * chāo (chāo is 焯 "to blanch"). Sources, one per entry:
 * - 焯 zhuō: 《现代汉语词典》 (7th ed.), 焯 zhuō 〈书〉明显；透彻 — the literary reading,
 *   多用于人名 (used mostly in names); chāo is the cooking verb (焯菠菜).
 * - 芾 fú: 《现代汉语词典》 (7th ed.), 芾 fú 用于人名 (米芾, the Song calligrapher); fèi
 *   only in 蔽芾.
 * Characters whose name reading pinyin-pro already gives by default (焘 tāo, 奘 zàng) need
 * no entry. Ambiguous characters (乐 lè/yuè, 长, 朝) are left to pinyin-pro: no dictionary
 * names one reading for names.
 * @module lib/text/name-given-readings
 */

/** Given-name readings that differ from pinyin-pro's default reading of the character. */
const GIVEN_NAME_READINGS: ReadonlyMap<string, string> = new Map([
  ['焯', 'zhuō'],
  ['芾', 'fú'],
]);

/** The name reading of a character of a given name, or `current` when no dictionary names one. */
export function givenNameReading(char: string, current: string): string {
  return GIVEN_NAME_READINGS.get(char) ?? current;
}
