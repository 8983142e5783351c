/**
 * Messages of the page side (the content script): the selection toolbar, the
 * word popup and the panel's frame. Kept apart so the content script carries
 * only these.
 * @module lib/i18n/catalogue/page
 */
import { section } from '../translate';

// Pure: a surface that does not show these messages leaves them out of its bundle.
export const page = /* @__PURE__ */ section(
  {
    'frame.title': 'Renmin Reader panel',
    'toolbar.label': 'Highlight the selection',
    'toolbar.highlight': 'Highlight',
    'toolbar.note': 'Note',
    'popup.label': 'Pinyin and meaning of {word}',
    'popup.corrected': 'Your own reading',
    'popup.none': 'Not in the dictionary',
    'popup.correct': 'Correct the reading',
    'popup.reset': 'Reset',
    'popup.readings': 'Readings to choose from',
    'mark.relative': ' (worked out from the publication date)',
  },
  {
    'frame.title': '人民阅读面板',
    'toolbar.label': '标注选中的文字',
    'toolbar.highlight': '标注',
    'toolbar.note': '笔记',
    'popup.label': '“{word}”的拼音和释义',
    'popup.corrected': '你修改过的读音',
    'popup.none': '词典中没有这个词',
    'popup.correct': '改读音',
    'popup.reset': '还原',
    'popup.readings': '可选读音',
    'mark.relative': '（按发布日期推算）',
  },
);
