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
    'popup.correct': 'Correct reading',
    'popup.reset': 'Reset',
    'popup.readings': 'Readings to choose from',
    'popup.date': 'Date: {gloss}',
    'popup.figure': 'Number: {gloss}',
    'popup.ordinal': 'Ordinal: {gloss}',
    'popup.person': 'A person’s name',
    'popup.surname': 'surname',
    'popup.parts': 'Not one word in the dictionary; its parts:',
    'popup.measure': 'Measure word:',
    'popup.save': 'Save word',
    'popup.saved': 'In your word list',
    'popup.keys': 'Keys: N next word · B previous · R save · P read aloud · A other side · Esc close',
    'speech.speak': 'Read aloud',
    'speech.title': 'Read aloud with the browser’s Chinese voice',
    'speech.none': 'No Chinese voice',
    'speech.noneHelp': 'This browser has no Chinese (zh-CN) voice to read with. Add one in your system’s speech or language settings, then reload the page.',
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
    'popup.date': '日期：{gloss}',
    'popup.figure': '数值：{gloss}',
    'popup.ordinal': '序数：{gloss}',
    'popup.person': '人名',
    'popup.surname': '姓',
    'popup.parts': '词典中没有这个整词，分开看：',
    'popup.measure': '量词：',
    'popup.save': '收入生词本',
    'popup.saved': '已在生词本中',
    'popup.keys': '按键：N 下一个词 · B 上一个 · R 收入生词本 · P 朗读 · A 换到另一侧 · Esc 关闭',
    'speech.speak': '朗读',
    'speech.title': '用浏览器的中文语音朗读',
    'speech.none': '没有中文语音',
    'speech.noneHelp': '这个浏览器没有可用的中文（zh-CN）语音。请在系统的语音或语言设置中添加，然后重新载入页面。',
    'mark.relative': '（按发布日期推算）',
  },
);
