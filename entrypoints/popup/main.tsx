/**
 * The toolbar button's popup: is this tab a People's Daily article, the switches,
 * the library and the options (the library is reachable from any page here).
 */
import './style.css';
import { startPopup } from '../../lib/ext/popup/start';

void startPopup(document.getElementById('app')!).catch((error) => console.warn('[Renmin Reader] popup', error));
