#!/usr/bin/env python3
"""Build the constructed test pages from real saved pages in tests/pages.

The saved corpus lacks some page forms (an e-paper article, a full English page,
a second page of a paginated article, the old /GB/ template). Each one here is
built from a real page's template and real article text; its folder's page.json
says "constructed": true and how. Run: python3 scripts/construct-test-pages.py
"""
import json, re, pathlib

PAGES = pathlib.Path(__file__).resolve().parent.parent / 'tests' / 'pages'

def read(name): return (PAGES / name / 'source.html').read_text(encoding='utf-8')

def write(name, html, info):
    d = PAGES / name
    d.mkdir(exist_ok=True)
    (d / 'source.html').write_text(html, encoding='utf-8')
    (d / 'page.json').write_text(json.dumps(info, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')

def body_paragraphs(html, start_marker, end_marker):
    seg = html[html.index(start_marker):]
    seg = seg[:seg.index(end_marker)]
    return re.findall(r'<p>(.*?)</p>', seg, flags=re.S)

finance = read('finance-c1004-40232587')
fin_ps = [p for p in body_paragraphs(finance, 'rm_txt_con', 'class="edit') if p.strip() and 'paper_num' not in p]

# 1. E-paper article in the new pc/content template (the layout page's shell and CSS,
#    whose rules name .article-box .article h1/h2/h3), carrying the finance article,
#    which was printed in 人民日报 2024-05-10 page 04.
layout = read('epaper-layout-20241225-node01')
article = ('<div class="left article-box"><div class="article">'
           '<h3>河南着力培育新动能塑造新优势</h3>'
           '<h1>在新时代中部地区崛起中争先出彩</h1>'
           '<h2>（推动高质量发展·权威发布）</h2>'
           '<p class="sec">本报记者　王乐文　方　敏<br/>《人民日报》（2024年05月10日 第 04 版）</p>'
           '<div id="ozoom">' + ''.join(f'<p>{p}</p>' for p in fin_ps) + '</div></div></div>')
epaper = re.sub(r'<div class="left paper-box">.*?(?=<div class="right right-main">)', article, layout, count=1, flags=re.S)
epaper = epaper.replace('<title>人民日报-人民网</title>', '<title>在新时代中部地区崛起中争先出彩--人民日报</title>')
epaper = epaper.replace("content='2'>", "content='1'>", 1)
write('epaper-article-20240510-04', epaper, {
    'url': 'http://paper.people.com.cn/rmrb/pc/content/202405/10/content_30090401.html',
    'charset': 'utf-8', 'constructed': True,
    'how': 'e-paper layout page 2024-12-25 (real template) with the paper-image block replaced by an article block '
           '(.article-box .article h3/h1/h2, p.sec, #ozoom p) holding the real text of the finance article '
           'c1004-40232587 (printed 2024-05-10 page 04); the content id in the URL is made up.'})

# 2. A full English page: the real fragment wrapped in a page shell.
fragment = read('english-c90000-10175286-fragment')
english = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
           '<title>Monitoring system aids wild animal protection efforts in NE China - People\'s Daily Online</title>'
           '<meta name="contentid" content="10175286"></head><body>'
           '<div class="header"><a href="http://en.people.cn/">People\'s Daily Online</a>'
           '<ul class="nav"><li><a href="http://en.people.cn/90785/index.html">China</a></li>'
           '<li><a href="http://en.people.cn/90777/index.html">World</a></li></ul></div>'
           '<div class="main">' + fragment + '</div>'
           '<div class="footer"><p>Copyright by People\'s Daily Online. All Rights Reserved.</p></div></body></html>')
write('english-c90000-10175286-full', english, {
    'url': 'http://en.people.cn/n3/2022/1123/c90000-10175286.html', 'charset': 'utf-8', 'constructed': True,
    'how': 'the real English fragment (div.w860.d2txtCon) inside a minimal en.people.cn page shell (head, nav, footer).'})

# 3. Page 2 of a paginated article: the culture page's template, URL -2.html, with a body
#    whose text does not overlap page 1's. Page 1 is real and holds both poems, so no part of
#    the article can be moved to page 2; the real page 2 was not saved. Page 2 therefore carries
#    the real text of another saved article (the politics article's report paragraphs, from its
#    lead to the last complete paragraph: the Xinhua header lines before them and the last
#    paragraph, whose reporter credit is damaged in the saved bytes, are left out), set in the
#    culture template's own paragraph markup, with page 1's pager (next-page link to -3.html).
culture = read('culture-c1013-31153719')
start = culture.index('<div class="box_con" id="rwb_zw">')
end = culture.index('<div class="edit', start)
pager = culture[culture.index('<div class="zdfy', start):end].replace('c1013-31153719-2.html"><img', 'c1013-31153719-3.html"><img')
politics = read('politics-c1001-40223222')
pol_ps = [p.lstrip('\u3000') for p in body_paragraphs(politics, 'rm_txt_con', 'class="edit')]
first = next(i for i, p in enumerate(pol_ps) if p.startswith('4月24日，'))
pol_ps = pol_ps[first:-1]
page2 = (culture[:start] + '<div class="box_con" id="rwb_zw">\n        <div class="box_pic"></div>\n'
         + ''.join(f'<p style="text-indent: 2em;">\n\t{p}</p>\n' for p in pol_ps) + pager + culture[end:])
write('culture-c1013-31153719-page2', page2, {
    'url': 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html', 'charset': 'utf-8', 'constructed': True,
    'how': 'the culture article page (2016–19 template: title, date line, source, editor, pager) served as the -2.html '
           'page of the same article, with a body that shares no text with page 1. Page 1 is real and holds the whole '
           'poem section, so none of it can move to page 2, and the real page 2 was not saved; the body is therefore '
           'the real text of another saved article: the 9 report paragraphs of politics-c1001-40223222 from its lead '
           '(4月24日，习近平主席…) to the 李金坤 paragraph (its Xinhua header lines and its last paragraph, whose '
           'reporter credit is damaged in the saved bytes, left out), in the culture template\'s paragraph markup. '
           'It tests the template and the -2.html form (one article, two pages, separate texts), not the '
           'article\'s content.'})

# 4. The old /GB/ template (#p_title, #p_publishtime, #p_origin, #p_content, #p_editor)
#    with the health article's real text.
health = read('health-c14739-40237861')
h_ps = re.findall(r'<p>(　　.*?)</p>', health[health.index('artDet'):health.index('class="editor')], flags=re.S)
gb = ('<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=GB2312">'
      '<title>关注青少年心理健康“心成长”服务项目启动--健康频道--人民网</title>'
      '<meta name="publishdate" content="2013-05-17"></head><body>'
      '<div id="p_navigator"><a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;'
      '<a href="http://health.people.com.cn/" class="clink">健康频道</a></div>'
      '<div class="clearfix w1000_320 text_title"><h1 id="p_title">关注青少年心理健康“心成长”服务项目启动</h1>'
      '<div class="box01"><div class="fl"><span id="p_publishtime">2013年05月17日08:59</span>'
      '&nbsp;&nbsp;来源：<span id="p_origin"><a href="http://epaper.ynet.com/">北京青年报</a></span></div></div></div>'
      '<div class="text_con clearfix"><div class="show_text" id="p_content">'
      + ''.join(f'<p>{p}</p>' for p in h_ps) +
      '</div><div class="edit clearfix" id="p_editor">(责任编辑：郝帅)</div></div>'
      '<div class="ad">广告</div></body></html>')
write('health-gb-template', gb, {
    'url': 'http://health.people.com.cn/GB/14740/21405911.html', 'charset': 'utf-8', 'constructed': True,
    'how': 'a minimal page in the 2010–13 /GB/ template (ids p_title, p_publishtime, p_origin, p_content, p_editor) '
           'holding the real text of the health article c14739-40237861; URL, id and date are made up.'})
