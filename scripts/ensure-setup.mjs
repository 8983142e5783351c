#!/usr/bin/env node
// Set up a fresh machine for `npm start` and `npm test`: npm dependencies
// (npm ci when node_modules is missing or older than the lock file), and with
// --browser Debian's Chromium plus a CJK font, with --firefox Firefox ESR as well
// (apt-get, when run as root).
// Plain Node with no dependencies, so it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('[setup] installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const chromium = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', process.env.CHROMIUM_PATH].some((p) => p && existsSync(p));
  let cjkFont = false;
  try {
    cjkFont = execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    cjkFont = false;
  }
  // With --firefox, Firefox ESR too: it runs the Firefox smoke test (npm run test:firefox).
  const wantFirefox = process.argv.includes('--firefox');
  const firefox = !wantFirefox || ['/usr/bin/firefox-esr', '/usr/bin/firefox', process.env.FIREFOX_PATH].some((p) => p && existsSync(p));
  const packages = `chromium${wantFirefox ? ' firefox-esr' : ''} fonts-noto-cjk`;
  if (!chromium || !cjkFont || !firefox) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot || !has('apt-get')) {
      console.error(`[setup] these are needed: sudo apt-get install -y --no-install-recommends ${packages}`);
      process.exit(1);
    }
    console.log(`[setup] installing ${packages} with apt-get…`);
    run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`);
  }
}
