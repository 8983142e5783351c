import { describe, expect, it } from 'vitest';
import { boxByline, creditOf, furnitureLine } from '../../../lib/extract/furniture';
import { parseDateline, sourceFrom, englishByline } from '../../../lib/extract/dateline';

describe('furniture lines of a body', () => {
  it.each([
    ['editor', '胡永秋、杨光宇', '（责编：胡永秋、杨光宇）'],
    ['editor', '郝帅', '(责任编辑：郝帅)'],
    ['editor', '郝帥', '(責任編輯：郝帥)'],
    ['edition', '《人民日报》（2024年05月10日 04 版）', '《人民日报》（2024年05月10日 04 版）'],
    ['edition', '《人民日報》（2024年05月10日 第 04 版）', '《人民日報》（2024年05月10日 第 04 版）'],
    ['originalTitle', '河南着力培育新动能塑造新优势', '原标题：河南着力培育新动能塑造新优势'],
    ['originalTitle', '在新時代中部地區崛起中爭先出彩', '（原標題：在新時代中部地區崛起中爭先出彩）'],
    ['share', '分享让更多人看到', '分享让更多人看到'],
    ['share', '人民网版权所有，未经书面授权禁止使用', '人民网版权所有，未经书面授权禁止使用'],
    [null, '河南省委副书记、省长王凯说，牢记嘱托。', '河南省委副书记、省长王凯说，牢记嘱托。'],
    [null, '新华社北京4月24日电　题：促进航天技术更好惠及人民', '新华社北京4月24日电　题：促进航天技术更好惠及人民'],
  ])('%s %s ← %s', (kind, value, line) => {
    const actual = furnitureLine(line);

    expect(actual.kind).toBe(kind);
    if (kind) expect(actual.value).toBe(value);
  });

  it.each([
    ['本报记者 王昊男', '□ 本报记者 王昊男'],
    ['本报记者 李刚 王斌', '■本报记者 李刚 王斌'],
    ['本報記者 王昊男', '□ 本報記者 王昊男'],
    [null, '□ 记者在现场看到，春播进度总体快于上年。'],
    [null, '本报记者 王昊男'],
    [null, '□ 春耕'],
  ])('box byline %s ← %s', (byline, line) => {
    expect(boxByline(line)).toBe(byline);
  });

  it.each([
    ['记者王昊男', '本报北京5月9日电（记者王昊男）记者从农业农村部获悉：全国春播粮食意向面积稳中有增。', '确保春播粮食应播尽播。'],
    ['记者叶婉', '本报讯（记者叶婉）近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。', '持续扩大影响力和覆盖面。'],
    ['记者 杨曦', '人民网北京5月10日电 （记者 杨曦）国家统计局今天发布数据。', '同比上涨0.3%。'],
    ['记者宋晨、田中全', '新华社北京4月24日电　题：促进航天技术更好惠及人民', '共同探索太空，造福全人类。（记者宋晨、田中全）'],
    ['記者王昊男', '本報北京5月9日電（記者王昊男）記者從農業農村部獲悉。', '應播盡播。'],
    [null, '5月9日，国务院新闻办举行新闻发布会（新闻办供图）。', '更多感受黄河之美。'],
    [null, '据介绍（记者了解到），今年春播进度较快。', '更多感受黄河之美。'],
  ])('credit %s ← %s … %s', (credit, first, last) => {
    expect(creditOf(first, last)).toBe(credit);
  });
});

describe('date lines', () => {
  it.each([
    ['2024-05-10T06:58:00+08:00', '2024年05月10日06:58 | 来源：人民网－人民日报'],
    ['2013-05-17T08:59:00+08:00', '2013年05月17日08:59  来源：北京青年报'],
    ['2024-05-10T08:30:00+08:00', '2024-05-10 08:30 来源：人民日报'],
    ['2024-05-10', '2024-05-10 来源：人民日报'],
    ['2022-11-23T11:35:00+08:00', "(People's Daily Online) 11:35, November 23, 2022"],
    ['2010-11-23T11:35:00+08:00', "By Liu Ning (People's Daily Online) 11:35, November 23, 2010"],
    [null, '来源：人民日报'],
    [null, '第10002378号'],
  ])('%s ← %s', (iso, line) => {
    expect(parseDateline(line)).toBe(iso);
  });

  it.each([
    ['人民网－人民日报', '2024年05月10日06:58 | 来源：人民网－人民日报'],
    ['人民網－人民日報', '2024年05月10日06:58 | 來源：人民網－人民日報'],
    ['北京青年报', '2013年05月17日08:59  来源：北京青年报'],
    ["People's Daily Online", "(People's Daily Online) 11:35, November 23, 2022"],
    ["People's Daily Online", "By Liu Ning (People's Daily Online) 11:35, November 23, 2010"],
    [null, '2024年05月10日06:58'],
  ])('source %s ← %s', (source, line) => {
    expect(sourceFrom(line)).toBe(source);
  });

  it('reads the English byline before the source', () => {
    expect(englishByline("By Liu Ning (People's Daily Online) 11:35, November 23, 2010")).toBe('Liu Ning');
    expect(englishByline("(People's Daily Online) 11:35, November 23, 2022")).toBeNull();
  });
});
