/**
 * Photo captions in an article body: the site's caption classes (p.pictext …), and a
 * paragraph right under a picture that reads as a caption — set in italics (the English
 * site's <em>Photo shows …</em>), opening as captions do (Photo shows, File photo, 图为,
 * 图：) or closing on a photo credit ((Xinhua/Wang Peng), （新华社记者 李贺摄）). Prose
 * under a picture (the next paragraph of the story, a bold verse title) stays body.
 * @module lib/extract/captions
 */
import type { ParagraphNodes } from '../dom/text-model';

/** The site's own caption blocks. */
export const CAPTION_SELECTOR = '.pictext, .pic_text, .picdes';

/** A caption is short: a paragraph longer than this under a picture is prose. */
const MAX_CAPTION = 400;
/** How captions open: Photo shows …, Photo taken on …, A file photo of …, Aerial photo …, 图为…, 图：…, 上图：…. */
const CAPTION_OPENING = /^(?:(?:an?|the|this)\s+)?(?:(?:aerial|file|undated|combo|screenshot)\s+)?(?:photos?|pictures?|images?|screenshots?)\b(?!\s+(?:of\s+the\s+day|album))|^(?:[上下左右中]?图[为：:]|图片[：:]|资料图片)/i;
/** A photo credit closing a caption: (Xinhua/Wang Peng), (Photo/Li Wei), (People's Daily Online/courtesy of …), （新华社记者 李贺摄）, （图片来源：…）. */
const CREDIT_CLOSING = /[(（][^()（）]{0,80}(?:\/|photo|courtesy|摄|图片来源|供图|资料图)[^()（）]{0,80}[)）]\s*$/i;

/** True when the nearest thing before the run in document order (text or picture) is a picture. */
export function underPicture(run: ParagraphNodes): boolean {
  const first = run.nodes[0];
  const doc = first?.ownerDocument;
  if (!doc) return false;
  const walker = doc.createTreeWalker(doc, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  walker.currentNode = first;
  for (let n = walker.previousNode(), steps = 0; n && steps < 40; n = walker.previousNode(), steps++) {
    if (n.nodeType === 3) {
      if (/\S/.test((n as Text).data.replace(/\u3000/g, ' ')) && !isHidden(n.parentElement)) return false;
      continue;
    }
    const tag = (n as Element).tagName.toUpperCase();
    if (tag === 'IMG' || tag === 'PICTURE' || tag === 'VIDEO') return true;
  }
  return false;
}

/** Text inside <script>, <style> and the like is not text a reader sees between picture and caption. */
function isHidden(el: Element | null): boolean {
  return !!el?.closest('script, style, noscript, template');
}

/** True when all the run's visible text is in italics (<em>, <i>). */
function allItalic(run: ParagraphNodes): boolean {
  const visible = run.nodes.filter((n) => /\S/.test(n.data.replace(/\u3000/g, ' ')));
  return visible.length > 0 && visible.every((n) => n.parentElement?.closest('em, i') && run.block.contains(n.parentElement.closest('em, i')));
}

/** A caption by its place (right under a picture) and its form (italics, a caption opening or a photo credit). */
export function isCaption(run: ParagraphNodes, text: string): boolean {
  if (run.block.closest(CAPTION_SELECTOR)) return true;
  if (!text || text.length > MAX_CAPTION || !underPicture(run)) return false;
  return allItalic(run) || CAPTION_OPENING.test(text) || CREDIT_CLOSING.test(text);
}
