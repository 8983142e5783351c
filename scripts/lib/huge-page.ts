/** A synthetic huge People's Daily page (20,000 links, 4,000 paragraphs, ~165,000 characters), for bounds tests and the bench. */
export function hugePageHtml(): string {
  const paragraphs = Array.from({ length: 4000 }, (_, i) => `<p>　　第${i + 1}段：2024年5月${(i % 28) + 1}日，河南省粮食产量连续7年稳定在1300亿斤以上。</p>`).join('');
  const nav = Array.from({ length: 20000 }, (_, i) => `<li><a href="/x${i}">链接${i}</a></li>`).join('');
  return `<html><head><title>大页面--财经--人民网</title></head><body><ul>${nav}</ul><div class="rm_txt_con">${paragraphs}</div></body></html>`;
}

export const HUGE_PAGE_PARAGRAPHS = 4000;
