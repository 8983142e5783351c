/**
 * The reader's side panel: an extension page drawn in an iframe beside the
 * article (lib/ext/page/panel-frame). Its own origin keeps the reader's notes
 * out of the page's reach.
 */
import './style.css';
import { startPanel } from '../../lib/ext/panel/start';

void startPanel(document.getElementById('app')!).catch((error) => console.warn('[Renmin Reader] panel', error));
