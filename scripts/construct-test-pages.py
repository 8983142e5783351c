#!/usr/bin/env python3
"""Build the constructed test pages from real saved pages in tests/pages.

The saved corpus lacks some page forms (an e-paper article, a full English page,
a second page of a paginated article, the /GB/ template of 2007–12, the /n/
template of 2012–15, the /BIG5/ mirror, the old English template, a page of
another language edition). Each one here is built from a real page's template
and real article text; its folder's page.json says "constructed": true and how.

Where no page of a template is saved, its skeleton is the markup public
scrapers of people.com.cn document for it (element ids and classes they select:
#p_title, #p_publishtime, #p_origin, #p_content, #p_editor, #p_navigator a.clink,
#jtitle, #ftitle, p.sou, p.author, div.edit; meta contentid, publishdate and
source "来源：…"; English div.wb_1 and div.wb_12), with as little wrapping as
those selectors need; no class of another template is added.
Run: python3 scripts/construct-test-pages.py (the /BIG5/ page needs node_modules).
"""
import json, re, pathlib, subprocess

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

# 4. The /GB/ template of 2007–12: the headline h1#p_title, a line holding span#p_publishtime and
#    来源：span#p_origin, the body div#p_content, the editor div#p_editor, the path div#p_navigator,
#    and the head's meta contentid / publishdate (a date only) / source. It holds the real text of
#    the health article c14739-40237861. Nothing of the 2016–19 template (.text_title, .box01) is in it.
health = read('health-c14739-40237861')
h_ps = re.findall(r'<p>(　　.*?)</p>', health[health.index('artDet'):health.index('class="editor')], flags=re.S)
gb = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
      '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
      '<meta http-equiv="content-type" content="text/html;charset=GB2312"/>'
      '<title>关注青少年心理健康“心成长”服务项目启动--健康频道--人民网</title>'
      '<meta name="contentid" content="21405911">'
      '<meta name="publishdate" content="2013-05-17">'
      '<meta name="source" content="来源：北京青年报">'
      '<meta name="author" content="102577"></head><body>'
      '<div id="p_navigator"><a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;'
      '<a href="http://health.people.com.cn/" class="clink">健康频道</a></div>'
      '<h1 id="p_title">关注青少年心理健康“心成长”服务项目启动</h1>'
      '<div><span id="p_publishtime">2013年05月17日08:59</span>&nbsp;&nbsp;来源：'
      '<span id="p_origin"><a href="http://epaper.ynet.com/" target="_blank">北京青年报</a></span></div>'
      '<div id="p_content">' + ''.join(f'<p>{p}</p>' for p in h_ps) + '</div>'
      '<div id="p_editor">(责任编辑：郝帅)</div>'
      '<div class="ad">广告</div></body></html>')
write('health-gb-template', gb, {
    'url': 'http://health.people.com.cn/GB/14740/21405911.html', 'charset': 'utf-8', 'constructed': True,
    'how': 'the 2007–12 /GB/ template as public scrapers of people.com.cn select it (h1#p_title, span#p_publishtime, '
           '来源：span#p_origin a, div#p_content p, div#p_editor, div#p_navigator a.clink; meta contentid, publishdate '
           '(date only) and source "来源：…"), holding the real text of the health article c14739-40237861; URL, id '
           'and date are made up. No class of the 2016–19 template.'})

# 5. The /n/ template of 2012–15: pre-title h3#jtitle, headline h1#p_title, subtitle h4#ftitle,
#    byline p.author, the date line p.sou (date, then 来源：<a>), the body div#p_content and the
#    editor line div.edit, as scrapers select them; meta source without the 来源： label. The real
#    text of the Xinhua story in the politics page c1001-40223222 (its first eleven paragraphs:
#    the twelfth is damaged in the saved copy).
politics = read('politics-c1001-40223222')
seg = politics[politics.index('<div class="rm_txt_con'):]
seg = seg[:seg.index('<div class="edit')]
pol_ps = re.findall(r'<p>(.*?)</p>', seg, flags=re.S)[:11]
n2013 = ('<!DOCTYPE html><html><head>'
         '<meta http-equiv="content-type" content="text/html;charset=GB2312"/>'
         '<title>促进航天技术更好惠及人民--时政--人民网</title>'
         '<meta name="contentid" content="20802331">'
         '<meta name="publishdate" content="2013-03-15">'
         '<meta name="source" content="新华网">'
         '</head><body>'
         '<div id="p_navigator"><a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;'
         '<a href="http://politics.people.com.cn/" class="clink">时政</a></div>'
         '<h3 id="jtitle"></h3>'
         '<h1 id="p_title">促进航天技术更好惠及人民</h1>'
         '<h4 id="ftitle">――习近平主席向首届“中国－拉美和加勒比国家航天合作论坛”致贺信为中拉深化航天合作指明方向</h4>'
         '<p class="author"></p>'
         '<p class="sou">2013年03月15日08:46&nbsp;&nbsp;来源：<a href="http://www.xinhuanet.com/" target="_blank">新华网</a></p>'
         '<div id="p_content">' + ''.join(f'<p>{p}</p>' for p in pol_ps) + '</div>'
         '<div class="edit">(责任编辑：牛镛、岳弘彬)</div>'
         '</body></html>')
write('politics-n-2013-template', n2013, {
    'url': 'http://politics.people.com.cn/n/2013/0315/c1001-20802331.html', 'charset': 'utf-8', 'constructed': True,
    'how': 'the 2012–15 /n/ template as public scrapers of people.com.cn select it (h3#jtitle, h1#p_title, h4#ftitle, '
           'p.author, p.sou date line with 来源：a, div#p_content p, div.edit; meta source with no 来源： label), holding '
           'the first eleven paragraphs of the real Xinhua story of politics c1001-40223222; URL, id and date are made up.'})

# 6. The /BIG5/ mirror: the finance page c1004-40232587 as the mirror serves it, in traditional
#    characters, made with the same converter family the analyses use backwards (opencc-js s2tw).
def to_traditional(text):
    js = ("import * as O from 'opencc-js/cn2t';let s='';process.stdin.on('data',d=>s+=d);"
          "process.stdin.on('end',()=>process.stdout.write(O.Converter({from:'cn',to:'tw'})(s)));")
    root = pathlib.Path(__file__).resolve().parent.parent
    return subprocess.run(['node', '--input-type=module', '-e', js], input=text, capture_output=True,
                          text=True, encoding='utf-8', cwd=root, check=True).stdout

write('finance-c1004-40232587-big5', to_traditional(finance), {
    'url': 'http://finance.people.com.cn/BIG5/n1/2024/0510/c1004-40232587.html', 'charset': 'utf-8', 'constructed': True,
    'how': 'the real finance page c1004-40232587 (2020+ template) converted to traditional characters with opencc-js '
           '(cn → tw, which writes 著 for 着 as Big5 does), served under its /BIG5/ address.'})

# 7. The English template of 2009–12 (numeric addresses under 90001/…): headline in div.wb_10 h1,
#    the line "By … (People's Daily Online) 08:38, March 15, 2013" in div.wb_1, the body in
#    div.wb_12 p, as scrapers of english.people.com.cn select them. The real English text of
#    c90000-10175286 (its paragraphs, pictures and captions left out).
en_ps = [p.strip() for p in re.findall(r'<p>\s*([^<][^<]*?)</p>', fragment, flags=re.S) if len(p.strip()) > 40]
old_en = ('<!DOCTYPE html><html><head><meta charset="utf-8">'
          '<title>Monitoring system aids wild animal protection efforts in NE China - People\'s Daily Online</title>'
          '<meta name="contentid" content="7123456"></head><body>'
          '<div class="w980 wbnav wbnav2 clear"><a href="http://english.people.com.cn/">Home</a>&gt;&gt;'
          '<a href="http://english.people.com.cn/90882/">Society</a></div>'
          '<div class="w980 wb_10 clear"><h1>Monitoring system aids wild animal protection efforts in NE China</h1>'
          '<div class="wb_1 clear">By Liu Ning (People\'s Daily Online) 11:35, November 23, 2010</div></div>'
          '<div class="wb_12 clear">' + ''.join(f'<p>{p}</p>' for p in en_ps) + '</div>'
          '</body></html>')
write('english-old-90001-7123456', old_en, {
    'url': 'http://english.people.com.cn/90001/90776/90882/7123456.html', 'charset': 'utf-8', 'constructed': True,
    'how': 'the 2009–12 English template as public scrapers of english.people.com.cn select it (div.w980.wb_10 h1, '
           'div.wb_1 byline and time, div.wb_12 p, div.wbnav path), holding the real English paragraphs of '
           'c90000-10175286; URL, id, byline name and year are made up.'})

# 8. A page of the Japanese edition (j.people.com.cn/n3/…) in the /n3/ template the English edition
#    uses (the real English page shell and its div.w860.d2txtCon block). The text is our Japanese
#    rendering of the first six paragraphs of the English article c90000-10175286: no Japanese
#    People's Daily text is saved in the repository.
ja_ps = [
    '2021年10月に設立されて以来、森林被覆率が97.74％に達する東北虎豹国家公園では、アムールトラとアムールヒョウをはじめ、園内に生息する野生動物の分布域と個体数が着実に増えている。',
    '空と陸をカバーする監視ネットワークのおかげで、国家公園で働く職員はスマートフォンを通じて園内の野生動物の分布データを手軽に入手できる。',
    '「監視システムは野生のアムールトラやアムールヒョウの映像をリアルタイムで送ることができる。この情報化・スマート化された管理プラットフォームは国家公園の建設を後押しする」と、国家林業・草原局アムールトラ・アムールヒョウ観測研究センターの馮利民副主任は語る。',
    '馮氏によると、2005年からの10年間に、馮氏のチームはアムールトラとアムールヒョウが主に分布する吉林省と黒竜江省の山林の奥深くに計3000台の赤外線カメラを設置し、その活動を監視してきた。',
    '2016年秋、北京師範大学教授で同大学の研究センターの創設者でもある葛剣平氏は、研究チームのメンバーとともに現在の国家公園の地域を訪れ、野生動物保護により適した技術的支援を探した。',
    '7日間かけて解決策を探した結果、一行はこの地域に光ファイバー網が広く整備されていることを突き止めた。研究者たちは、これらの設備を活用して保護活動の情報化を進められると考えた。',
]
ja_block = ('<div class="w860 d2txtCon cf">'
            '<div class="route cf"><a href="http://j.people.com.cn/" target="_blank">ホーム</a>&gt;&gt;</div>'
            '<h1>監視システムが中国東北部の野生動物保護を後押し</h1>'
            '<div class="origin cf"> (<a href="http://j.people.com.cn/">人民網日本語版</a>) <span>2022年11月23日11:35</span></div>'
            + ''.join(f'<p>{p}</p>' for p in ja_ps) + '</div>')
japanese = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            '<title>監視システムが中国東北部の野生動物保護を後押し--人民網日本語版--人民日報</title>'
            '<meta name="contentid" content="10175300"></head><body>'
            '<div class="header"><a href="http://j.people.com.cn/">人民網日本語版</a></div>'
            '<div class="main">' + ja_block + '</div>'
            '<div class="footer"><p>Copyright by People\'s Daily Online. All Rights Reserved.</p></div></body></html>')
write('japanese-n3-c94475-10175300', japanese, {
    'url': 'http://j.people.com.cn/n3/2022/1123/c94475-10175300.html', 'charset': 'utf-8', 'constructed': True,
    'how': 'the /n3/ page shell and div.w860.d2txtCon block of the real English page c90000-10175286 (the template the '
           'language editions share), holding our Japanese rendering of that article\'s first six paragraphs (no '
           'Japanese People\'s Daily text is saved here); URL and id are made up.'})
