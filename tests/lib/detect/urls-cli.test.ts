import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('analyze --urls', () => {
  it('prints one {url, pageKind, possibleArticle} line per address, skipping blanks and comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-urls-'));
    const file = join(dir, 'urls.txt');
    writeFileSync(file, [
      'http://politics.people.com.cn/BIG5/n1/2024/0424/c1001-40223222.html',
      '',
      '# daily archive',
      'http://www.people.com.cn/GB/59476/review/20240510.html',
      '  http://j.people.com.cn/n3/2024/0510/c94474-20167045.html  ',
    ].join('\n'));

    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), '--urls', file], { cwd: ROOT, encoding: 'utf8' });
    rmSync(dir, { recursive: true });

    expect(out.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { url: 'http://politics.people.com.cn/BIG5/n1/2024/0424/c1001-40223222.html', pageKind: 'article', possibleArticle: true },
      { url: 'http://www.people.com.cn/GB/59476/review/20240510.html', pageKind: 'index', possibleArticle: false },
      { url: 'http://j.people.com.cn/n3/2024/0510/c94474-20167045.html', pageKind: 'other-language', possibleArticle: true },
    ]);
  });
});
