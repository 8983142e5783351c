import { describe, expect, it } from 'vitest';
import { buildTextModel, locate, paragraphRuns } from '../../../lib/dom/text-model';
import { parseHtml } from '../../../scripts/lib/load-page';

const modelOf = (html: string) => {
  const doc = parseHtml(`<div id="b">${html}</div>`, 'http://www.people.com.cn/');
  return buildTextModel(paragraphRuns(doc.getElementById('b')!));
};

describe('the text model', () => {
  it.each([
    ['paragraphs join with \\n and lose leading full-width spaces', '<p>　　第一段。</p><p>　　第二段。</p>', '第一段。\n第二段。'],
    ['source line breaks and ASCII runs fold to one space', '<p>\n\tWe  are\n here.</p>', 'We are here.'],
    ['a full-width space inside a line stays', '<p>新华社北京4月24日电　题：贺信</p>', '新华社北京4月24日电　题：贺信'],
    ['<br> ends a paragraph', '<p>上一行<br>下一行</p>', '上一行\n下一行'],
    ['inline elements do not split a paragraph', '<p>一<strong>二</strong><a href="#">三</a></p>', '一二三'],
    ['empty paragraphs vanish', '<p> </p><p>　　</p><p>正文</p>', '正文'],
    ['scripts, styles and our own nodes are skipped', '<p>正<script>x=1</script>文<rt data-rr-skip>zhèng</rt></p><renmin-reader>面板</renmin-reader>', '正文'],
    ['a div with text around a nested block gives three paragraphs', '<div>前<p>中</p>后</div>', '前\n中\n后'],
  ])('%s', (_name, html, expected) => {
    expect(modelOf(html).text).toBe(expected);
  });

  it('maps each character to its node and offset', () => {
    const model = modelOf('<p>　　甲<strong>乙丙</strong></p>');

    const at = (i: number) => {
      const p = locate(model, i)!;
      return p.node.data[p.offset];
    };

    expect([at(0), at(1), at(2)]).toEqual(['甲', '乙', '丙']);
    expect(locate(model, 3)).toBeNull();
  });
});
