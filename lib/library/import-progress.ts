/**
 * What a running import tells the reader: its phase and how far it is. Pure, so
 * the wording is tested in Node.
 * @module lib/library/import-progress
 */

/** reading: what is stored now; checking: the file (parse, validate, merge); writing: the records that change. */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing';
  /** Records done in this phase, of `total` (0 when the phase cannot count). */
  done: number;
  total: number;
}

const PHASES: Record<ImportProgress['phase'], [string, string]> = {
  reading: ['正在读取已保存的标注', 'Reading saved highlights'],
  checking: ['正在检查文件', 'Checking the file'],
  writing: ['正在写入', 'Writing'],
};

/** "正在写入 12,000 / 20,400 条记录 Writing 12,000 of 20,400 records…", or the phase alone when it cannot count. */
export function importProgressText({ phase, done, total }: ImportProgress): string {
  const [zh, en] = PHASES[phase];
  if (!total) return `${zh}… ${en}…`;
  const n = (x: number) => x.toLocaleString('en');
  return `${zh} ${n(done)} / ${n(total)} 条记录 ${en} ${n(done)} of ${n(total)} records…`;
}
