/**
 * The options page (/options.html): the reader's settings, saved as they change.
 */
import './style.css';
import { startOptions } from '../../lib/ext/options/start';

void startOptions(document.getElementById('app')!).catch((error) => console.warn('[Renmin Reader] options', error));
