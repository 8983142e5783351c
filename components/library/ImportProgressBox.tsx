import type { ImportProgress } from '../../lib/library/import-progress';
import { importProgressText } from '../../lib/library/import-progress';

type ImportProgressBoxProps = { progress: ImportProgress };

/** How far a running import is: reading what is stored, checking the file, writing (with a bar). */
export function ImportProgressBox({ progress }: ImportProgressBoxProps) {
  const determinate = progress.total > 0;
  return (
    <section class="notice notice-progress" role="status" aria-live="polite" data-import-progress={`${progress.phase}:${progress.done}`}>
      <p class="notice-line">{importProgressText(progress)}</p>
      {determinate ? <progress max={progress.total} value={progress.done} /> : <progress />}
    </section>
  );
}
