/**
 * Run an import in the library's worker (./import-worker): send what is stored
 * now and the file, get back the report and every entry that changes. Refused
 * files reject with lib/store's ImportError, as importJson itself throws it.
 * @module entrypoints/library/import-run
 */
import { ImportError, type ImportReport, type StorageEntry, type StoreData } from '../../lib/store';
import { IMPORT_MESSAGE_RECORDS, type FromImportWorker, type ToImportWorker } from '../../lib/library/import-messages';

/** Let the page handle input between two messages (each copies up to IMPORT_MESSAGE_RECORDS records). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Import `text` into `existing` off the main thread: the report and the storage entries to write. */
export async function importInWorker(existing: StoreData, text: string): Promise<{ report: ImportReport; entries: StorageEntry[] }> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  try {
    const answer = new Promise<{ report: ImportReport; entries: StorageEntry[] }>((resolve, reject) => {
      let report: ImportReport | null = null;
      const entries: StorageEntry[] = [];
      worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
        const m = event.data;
        if (m.type === 'report') report = m.report;
        else if (m.type === 'entries') for (const e of m.entries) entries.push(e);
        else if (m.type === 'done') resolve({ report: report!, entries });
        else if (m.importError) {
          const error = new ImportError(m.message);
          error.problems.push(...m.problems);
          reject(error);
        } else reject(new Error(m.message));
      });
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the import worker failed')));
    });
    const send = (m: ToImportWorker) => worker.postMessage(m);
    const { highlights, ...rest } = existing;
    send({ type: 'existing', data: rest });
    for (let i = 0; i < highlights.length; i += IMPORT_MESSAGE_RECORDS) {
      await nextTask();
      send({ type: 'highlights', list: highlights.slice(i, i + IMPORT_MESSAGE_RECORDS) });
    }
    send({ type: 'run', text });
    return await answer;
  } finally {
    worker.terminate();
  }
}
