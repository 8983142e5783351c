import { PEOPLE_MATCHES } from '../../lib/hosts';
import { startReader } from '../../lib/ext/page/start';

export default defineContentScript({
  matches: PEOPLE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Never let our failure become the page's: log it and leave the page alone.
    startReader(ctx).catch((error) => console.warn('[Renmin Reader]', error));
  },
});
