/**
 * The library's import worker: lib/store's importJson and changedEntries, run off
 * the page's main thread (an import of 20,000 highlights held the page for
 * seconds). Protocol in lib/library/import-messages.
 */
import { ImportError, changedEntries, emptyStore, importJson, type StoreData } from '../../lib/store';
import { IMPORT_MESSAGE_RECORDS, type FromImportWorker, type ToImportWorker } from '../../lib/library/import-messages';

let existing: StoreData = emptyStore();
const post = (m: FromImportWorker) => postMessage(m);

addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  const m = event.data;
  if (m.type === 'existing') existing = { ...m.data, highlights: [] };
  else if (m.type === 'highlights') for (const h of m.list) existing.highlights.push(h);
  else if (m.type === 'run') {
    try {
      const { data, report } = importJson(existing, m.text);
      const entries = changedEntries(existing, data);
      post({ type: 'report', report, total: entries.length });
      for (let i = 0; i < entries.length; i += IMPORT_MESSAGE_RECORDS) post({ type: 'entries', entries: entries.slice(i, i + IMPORT_MESSAGE_RECORDS) });
      post({ type: 'done' });
    } catch (error) {
      const importError = error instanceof ImportError;
      post({ type: 'error', importError, message: importError ? error.message.split('\n')[0] : String((error as Error)?.message ?? error), problems: importError ? error.problems : [] });
    }
  }
});
