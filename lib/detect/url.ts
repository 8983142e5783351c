/**
 * What the address of a People's Daily page says. It only rules out pages that
 * are surely not articles (home pages, index pages, channel and topic folders,
 * e-paper layout pages, daily archives, search, RSS, images and files, forums);
 * every other page of the site is a possible article, and the page itself
 * decides (lib/detect: a body of real paragraphs, a title, a date line). So an
 * address form never seen before still gets its panel. From the address it also
 * reads hints: the id, the date, the e-paper issue, the edition's language and
 * the traditional-character mirror. Pure string work, no DOM.
 * @module lib/detect/url
 */
import type { PageKind } from '../types';
import { editionOf } from './editions';

export interface UrlInfo {
  /** The host, lower case ('' when the address does not parse). */
  host: string;
  /** From the address: 'article' (Chinese channels), 'epaper', 'english', 'other-language'
   * (the other language editions) for possible articles; 'index' for People's Daily pages the
   * address rules out; 'other' for hosts that are not People's Daily. */
  pageKind: PageKind;
  /** The address alone does not rule the page out: the DOM decides. */
  possibleArticle: boolean;
  /** The article id the address carries (e-paper: `paper:…`), or null. */
  urlId: string | null;
  /** Which form matched or ruled the page out, for the detection reason. */
  form: string;
  /** The date the address carries, YYYY-MM-DD (/n1/2024/0510/, an e-paper issue, eng20050811_…). */
  urlDate: string | null;
  /** The edition's language by host: 'zh' for the Chinese channels, 'en', 'ja', 'bo' … */
  edition: string;
  /** 'hant' on the traditional-character mirror (/BIG5/ paths, big5. hosts). */
  script: 'hant' | null;
  /** E-paper: the issue date (YYYY-MM-DD) and the paper's code (rmrb, rmrbhwb …). */
  issueDate?: string;
  paper?: string;
}

const PEOPLE_HOST = /(^|\.)(people\.com\.cn|people\.cn|peopledaily\.com\.cn)$/i;
const EPAPER_HOST = /^paper\.people\.com\.cn$/i;
/** Hosts that hold no articles: site search, forums, blogs, the message board. */
const NON_ARTICLE_HOST = /^(search|bbs\d*|blog|qgblog|liuyan)\./i;

/** Files that are not pages. */
const FILE = /\.(jpe?g|png|gif|webp|bmp|svg|ico|css|js|json|xml|rss|pdf|mp3|mp4|flv|swf|m3u8|zip|rar|docx?|xlsx?|txt)$/i;
/** Index pages of channels, topics and papers: index.html, index2.html, default.htm, node_2.htm (e-paper). */
const INDEX_FILE = /^(index|default|home|main|list)[\d_]*\.(s?html?|jsp|php|aspx?)$/i;
/** Daily archives: /GB/<col>/review/20240510.html, en.people.cn/review/20240510.html. */
const ARCHIVE = /(^|\/)review\/\d{6,8}\.s?html?$/i;
const RSS = /(^|\/)rss(\/|$)/i;
const SEARCH = /(^|\/)(search|s|result|query)(\/|$)/i;
/** E-paper pages that are not one article: layouts (node_01.html, nbs.D110000renmrb_04.htm) and the paper's index. */
const EPAPER_LAYOUT = /(\/layout\/|(^|\/)node_\d+\.s?html?$|(^|\/)nbs\.D\d+\w*\.html?$)/i;

// Ids in the address, most specific first.
const EPAPER_NW = /^\/(\w+)\/html\/(\d{4})-(\d{2})\/(\d{2})\/nw\.D\d+\w*?_(\d{8})_(\d+)-(\d+)\.htm$/i;
const EPAPER_CONTENT = /^\/(\w+)\/(?:html\/(\d{4})-(\d{2})|(?:pc|pad)\/content\/(\d{4})(\d{2}))\/(\d{2})\/content_(\d+)\.html?$/i;
/** c1001-40223222.html, c1013-31153719-2.html: any folder before it (/n1/, /n/, /BIG5/n1/, /2024npc/n1/ …). */
const CHANNEL_ID = /\/c\d+-(\d{5,10})(?:[-_]\d{1,3})?\.s?html?$/i;
const SPEECH_DB_ID = /^\/article\/(\d{5,12})\/?$/i;
/** Old English: eng20050811_201717.html (or .shtml). */
const ENGLISH_OLD_ID = /(?:^|\/)eng(\d{4})(\d{2})(\d{2})_(\d{3,10})\.s?html?$/i;
/** A numeric file: /GB/1026/10002378.html, /BIG5/14677/22100/3466498_2.html, /15332093.html. */
const NUMERIC_ID = /(?:^|\/)(\d{5,10})(?:_\d{1,3})?\.s?html?$/i;
const PATH_DATE = /\/(\d{4})\/(\d{2})(\d{2})\//;

/** Names of the papers on paper.people.com.cn, by URL code. */
export const PAPER_NAMES: Record<string, string> = {
  rmrb: '人民日报', rmrbhwb: '人民日报海外版', zgnyb: '中国能源报', jksb: '健康时报', zgcsb: '中国城市报',
  xwzx: '新闻战线', rmlt: '人民论坛', rmzk: '人民周刊', fcyym: '讽刺与幽默', smsb: '市场星报',
};

/** True for the hosts the extension runs on (and only those). */
export function isPeopleHost(hostname: string): boolean {
  return PEOPLE_HOST.test(hostname.toLowerCase());
}

/** A plausible calendar date (the id-like numbers of an address are not). */
function isoDate(y: string, m: string, d: string): string | null {
  const [yy, mm, dd] = [Number(y), Number(m), Number(d)];
  if (yy < 1990 || yy > 2100 || mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${m}-${d}`;
}

/** Why the address rules the page out, or null when it may be an article. */
function ruleOut(host: string, path: string, search: string): string | null {
  if (NON_ARTICLE_HOST.test(host)) return 'search, forum or blog host';
  if (RSS.test(path) || /\.(rss|xml)$/i.test(path)) return 'RSS feed';
  if (FILE.test(path)) return 'an image or file, not a page';
  if (path === '' || path === '/') return 'home page';
  if (path.endsWith('/')) return 'channel or topic folder (index)';
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (INDEX_FILE.test(file)) return 'index page';
  if (ARCHIVE.test(path)) return 'daily archive (review/YYYYMMDD)';
  if (SEARCH.test(path) || /[?&](keyword|q|query|searchword)=/i.test(search)) return 'search page';
  if (EPAPER_HOST.test(host) && EPAPER_LAYOUT.test(path)) return 'e-paper layout page';
  if (EPAPER_HOST.test(host) && !/\.s?html?$/i.test(path)) return 'e-paper page that is not an article';
  return null;
}

/** Parse a URL: is it ruled out, and what does it tell about the page? */
export function parseArticleUrl(rawUrl: string): UrlInfo {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { host: '', pageKind: 'other', possibleArticle: false, urlId: null, form: 'not a URL', urlDate: null, edition: 'zh', script: null };
  }
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (!/^https?:$/.test(url.protocol) || !PEOPLE_HOST.test(host)) {
    return { host, pageKind: 'other', possibleArticle: false, urlId: null, form: 'not a People\'s Daily host', urlDate: null, edition: 'zh', script: null };
  }
  const edition = editionOf(host, path);
  const script = /^\/BIG5\//i.test(path) || /^big5\./i.test(host) ? 'hant' : null;
  const base = { host, urlId: null, urlDate: null, edition, script } as const;
  const ruled = ruleOut(host, path, url.search);
  if (ruled) return { ...base, pageKind: 'index', possibleArticle: false, form: ruled };

  if (EPAPER_HOST.test(host)) return { ...base, ...epaperHints(path), pageKind: 'epaper', possibleArticle: true };
  const pageKind: PageKind = edition === 'zh' ? 'article' : edition === 'en' ? 'english' : 'other-language';
  return { ...base, ...idAndDate(path), pageKind, possibleArticle: true };
}

/** The id, issue and paper of an e-paper page (html/nw., html/content_, pc/ and pad/content_). */
function epaperHints(path: string): Pick<UrlInfo, 'urlId' | 'form' | 'urlDate' | 'issueDate' | 'paper'> {
  const nw = EPAPER_NW.exec(path);
  if (nw) {
    const issueDate = `${nw[2]}-${nw[3]}-${nw[4]}`;
    return { urlId: `${nw[1]}:${nw[5]}:${nw[7]}:${nw[6]}`, form: 'e-paper article (html/nw.)', urlDate: issueDate, issueDate, paper: nw[1].toLowerCase() };
  }
  const content = EPAPER_CONTENT.exec(path);
  if (content) {
    const [y, m] = content[2] ? [content[2], content[3]] : [content[4], content[5]];
    const issueDate = `${y}-${m}-${content[6]}`;
    return { urlId: `${content[1]}:${content[7]}`, form: 'e-paper article (content_N)', urlDate: issueDate, issueDate, paper: content[1].toLowerCase() };
  }
  return { urlId: null, form: 'e-paper page of no known article form', urlDate: null };
}

/** The article id and date an address carries, by the forms the site uses. */
function idAndDate(path: string): Pick<UrlInfo, 'urlId' | 'form' | 'urlDate'> {
  const dated = PATH_DATE.exec(path);
  const urlDate = dated ? isoDate(dated[1], dated[2], dated[3]) : null;
  const channel = CHANNEL_ID.exec(path);
  if (channel) return { urlId: channel[1], form: 'channel article (…/YYYY/MMDD/c…-N.html)', urlDate };
  const speech = SPEECH_DB_ID.exec(path);
  if (speech) return { urlId: speech[1], form: 'speeches database article (/article/N)', urlDate };
  const eng = ENGLISH_OLD_ID.exec(path);
  if (eng) return { urlId: eng[4], form: 'old English article (engYYYYMMDD_N.html)', urlDate: isoDate(eng[1], eng[2], eng[3]) };
  const numeric = NUMERIC_ID.exec(path);
  if (numeric) return { urlId: numeric[1], form: 'numeric article (…/N.html)', urlDate };
  return { urlId: null, form: 'page of no known article form (the page decides)', urlDate };
}

// The page suffix of a paginated article: c1013-31153719-2.html, 3466498_2.html.
const PAGE_SUFFIX = /([-_])(\d{1,3})(\.s?html?)$/i;
const ARTICLE_ID_END = /(c\d+-\d{5,10}|\/\d{5,10})(\.s?html?)$/i;

/** Which page of a paginated article the URL shows (1 when it has no page suffix). */
export function pageOf(rawUrl: string): number {
  const info = parseArticleUrl(rawUrl);
  if (!info.possibleArticle || info.pageKind === 'epaper' || !info.urlId) return 1;
  const path = new URL(rawUrl).pathname;
  if (ENGLISH_OLD_ID.test(path)) return 1;
  const m = PAGE_SUFFIX.exec(path);
  return m ? Number(m[2]) : 1;
}

/** The URL of page `n` of the same article (no query or fragment). */
export function pageUrl(rawUrl: string, n: number): string {
  const url = new URL(rawUrl);
  url.search = '';
  url.hash = '';
  const path = ENGLISH_OLD_ID.test(url.pathname) ? url.pathname : url.pathname.replace(PAGE_SUFFIX, '$3');
  const sep = /\/(GB|BIG5)\//i.test(path) && !/\/c\d+-\d+\.s?html?$/i.test(path) ? '_' : '-';
  url.pathname = n <= 1 ? path : path.replace(ARTICLE_ID_END, `$1${sep}${n}$2`);
  return url.toString();
}
