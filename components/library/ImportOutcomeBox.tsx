import type { ImportOutcome } from '../../entrypoints/library/state';
import { useT } from '../i18n';

type ImportOutcomeBoxProps = { outcome: ImportOutcome; onClose: () => void };

/** What an import did (added / updated / unchanged per kind), or why nothing was imported. */
export function ImportOutcomeBox({ outcome, onClose }: ImportOutcomeBoxProps) {
  const t = useT();
  if (!outcome.ok) {
    return (
      <section class="notice notice-error" data-import-result="error" role="alert">
        {outcome.partial ? (
          <h2 data-import-partial={outcome.partial.written}>{t('import.partial', { written: outcome.partial.written, total: outcome.partial.total })}</h2>
        ) : (
          <h2>{t('import.failed')}</h2>
        )}
        <p>{outcome.fileName}: {outcome.saveError ? t('library.saveFailed', { error: outcome.message }) : outcome.message}</p>
        {outcome.problems.length ? (
          <ul class="problems" data-import-problems>
            {outcome.problems.slice(0, 50).map((p) => <li key={p}>{p}</li>)}
            {outcome.problems.length > 50 ? <li>{t('import.more', { count: outcome.problems.length - 50 })}</li> : null}
          </ul>
        ) : null}
        <button type="button" class="small" data-action="close-import" onClick={onClose}>{t('action.close')}</button>
      </section>
    );
  }
  const { report: r, written } = outcome;
  const row = (label: string, c: { added: number; updated: number; unchanged: number }, kind: string) => (
    <tr data-kind={kind} data-added={c.added} data-updated={c.updated} data-unchanged={c.unchanged}>
      <th scope="row">{label}</th><td>{c.added}</td><td>{c.updated}</td><td>{c.unchanged}</td>
    </tr>
  );
  return (
    <section class="notice notice-ok" data-import-result="ok" data-written={written} role="status">
      <h2>{t('import.done', { file: outcome.fileName })}</h2>
      <table class="report">
        <thead><tr><th /><th>{t('import.added')}</th><th>{t('import.updated')}</th><th>{t('import.unchanged')}</th></tr></thead>
        <tbody>
          {row(t('import.highlights'), r.highlights, 'highlights')}
          {row(t('import.articles'), r.articles, 'articles')}
          {row(t('import.readings'), r.corrections, 'corrections')}
          {row(t('import.words'), r.words, 'words')}
        </tbody>
      </table>
      <p class="hint">
        {[
          t('import.countsNote'),
          r.highlights.deleted ? t('import.deletedHere', { count: r.highlights.deleted }) : '',
          r.settings === 'imported' ? t('import.settingsImported') : r.settings === 'kept' ? t('import.settingsKept') : '',
          written ? t('import.written', { count: written }) : t('import.nothing'),
          r.fromVersion !== undefined ? t('import.fileVersion', { version: r.fromVersion }) : '',
        ].filter(Boolean).join(t.locale === 'en' ? ' ' : '')}
      </p>
      <button type="button" class="small" data-action="close-import" onClick={onClose}>{t('action.close')}</button>
    </section>
  );
}
