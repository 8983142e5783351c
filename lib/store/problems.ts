/**
 * Problems found while reading stored or imported data, grouped by the record they
 * belong to, so the UI can say "6 records could not be read" rather than counting
 * problem lines (one bad record often has several).
 * @module lib/store/problems
 */

/** One record (a storage key, "highlights[3]", or a whole list such as "highlights") and what is wrong with it. */
export interface RecordProblems {
  record: string;
  problems: string[];
}

/** Collects problems record by record. */
export class ProblemLog {
  readonly records: RecordProblems[] = [];

  /** Run `validate` for one record with its own problem list; the record is logged when the list is not empty. */
  check<T>(record: string, validate: (problems: string[]) => T): T {
    const problems: string[] = [];
    const value = validate(problems);
    this.add(record, problems);
    return value;
  }

  /** Log problems of a record (nothing when `problems` is empty); problems of a record already logged are added to it. */
  add(record: string, problems: string[]): void {
    if (!problems.length) return;
    const known = this.records.find((r) => r.record === record);
    if (known) known.problems.push(...problems);
    else this.records.push({ record, problems: [...problems] });
  }

  /** Every problem line, record by record. */
  lines(): string[] {
    return this.records.flatMap((r) => r.problems);
  }
}
