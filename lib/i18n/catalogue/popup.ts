/**
 * Messages of the toolbar button's popup.
 * @module lib/i18n/catalogue/popup
 */
import { section } from '../translate';

// Pure: a surface that does not show these messages leaves them out of its bundle.
export const popup = /* @__PURE__ */ section(
  {
    'status.checking': 'Looking at this page…',
    'status.article': 'This page is a People’s Daily article.',
    'status.notArticle': 'This People’s Daily page is not an article, so there is nothing to read here.',
    'status.otherSite': 'Renmin Reader works on People’s Daily pages only (people.com.cn, people.cn, peopledaily.com.cn).',
    'status.switches': 'On this article',
    'status.panel': 'Panel',
    'status.reload': 'Reload this People’s Daily page to start Renmin Reader on it.',
    'status.everywhere': 'For every article',
  },
  {
    'status.checking': '正在查看本页……',
    'status.article': '本页是人民日报文章。',
    'status.notArticle': '本页不是文章，这里没有可读的内容。',
    'status.otherSite': '人民阅读只用于人民网页面（people.com.cn、people.cn、peopledaily.com.cn）。',
    'status.switches': '本文',
    'status.panel': '面板',
    'status.reload': '请重新加载本页，人民阅读才能在这里运行。',
    'status.everywhere': '所有文章',
  },
);
