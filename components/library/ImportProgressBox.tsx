import type { ImportProgress } from '../../lib/library/import-progress';
import { importProgressMessage } from '../../lib/library/import-progress';
import { useT } from '../i18n';

type ImportProgressBoxProps = { progress: ImportProgress };

/** How far a running import is: reading what is stored, checking the file, writing (with a bar). */
export function ImportProgressBox({ progress }: ImportProgressBoxProps) {
  const t = useT();
  const determinate = progress.total > 0;
  const { key, params } = importProgressMessage(progress);
  return (
    <section class="notice notice-progress" role="status" aria-live="polite" data-import-progress={`${progress.phase}:${progress.done}`}>
      <p class="notice-line">{t(key, params)}</p>
      {determinate ? <progress max={progress.total} value={progress.done} /> : <progress />}
    </section>
  );
}
