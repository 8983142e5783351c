import { describe, expect, it } from 'vitest';
import { findDateline, isByline } from '../../../lib/summarize';

describe('findDateline', () => {
  it.each([
    ['本报北京5月9日电（记者 王乐文 方敏）5月9日，国务院新闻办举行新闻发布会。', '本报北京5月9日电（记者 王乐文 方敏）'],
    ['新华社北京4月24日电　题：促进航天技术更好惠及人民', '新华社北京4月24日电'],
    ['新华社华盛顿4月23日电（记者徐剑梅）美国国会…', '新华社华盛顿4月23日电（记者徐剑梅）'],
    // The credit belongs to the dateline even after a space.
    ['人民网北京5月9日电 （记者王连香）', '人民网北京5月9日电 （记者王连香）'],
    ['人民网合肥11月8日电 （记者钱伟）11月8日，第十九届中国（合肥）国际园艺博览会开幕。', '人民网合肥11月8日电 （记者钱伟）'],
    ['本报讯（记者叶婉）近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。', '本报讯（记者叶婉）'],
    ['新华社电（记者 田中全）', '新华社电（记者 田中全）'],
    // An unbracketed credit: 电, then 记者 + name + 报道：
    ['本报香港1月2日电记者贾昭全报道：国务院副总理结束访问后飞抵香港。', '本报香港1月2日电记者贾昭全报道：'],
  ])('finds the dateline of %s', (text, expected) => {
    expect(findDateline(text)?.text).toBe(expected);
  });

  it.each([
    '5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会。',
    '新华社记者日前获悉电力供应平稳。',
    '本报记者王乐文报道',
  ])('finds none in %s', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe('isByline', () => {
  it.each([
    ['新华社记者', true], ['本报记者 王乐文 方敏', true], ['（记者宋晨、田中全）', true], ['（本报记者 王乐文摄）', true],
    ['（新华社记者张鲁成摄）（传真照片）', true], ['（一）向良田要产量（二）向良种要产量', false],
    ['扛稳粮食安全重任，加快建设农业强省', false], ['王凯介绍，河南做好良田、良种、良机、良法融合一体的文章。', false],
  ])('%s → %s', (text, expected) => {
    expect(isByline(text)).toBe(expected);
  });
});
