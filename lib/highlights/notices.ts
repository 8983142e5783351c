/**
 * What the reader is told about the state of their saved data, worded once for
 * the article panel and the library alike.
 * @module lib/highlights/notices
 */

/** Stored data written by a newer version of the extension: shown, never written here. */
export function newerVersionNotice(version: number): string {
  return `已保存的标注来自更新版本的人民阅读（数据版本 ${version}），此处只读，请更新扩展。Your highlights were saved by a newer version of Renmin Reader (data version ${version}); they are read-only here until you update the extension.`;
}

/** Stored highlight records that failed validation (counted per record, kept untouched). */
export function invalidRecordsNotice(records: number, firstProblem: string): string {
  return `${records} 条已保存的标注数据无效，已原样保留 ${records} stored highlight record${records === 1 ? ' is' : 's are'} invalid and left untouched: ${firstProblem}`;
}
