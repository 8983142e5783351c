/**
 * End-to-end tests: the built extension in headless Chromium on the saved pages.
 *   npm run test:e2e [-- <name filter>]      (needs `npm run build` first)
 */
import '../tests/e2e/panel.e2e';
import '../tests/e2e/highlights.e2e';
import '../tests/e2e/library.e2e';
import '../tests/e2e/pinyin.e2e';
import '../tests/e2e/ruby.e2e';
import '../tests/e2e/popup.e2e';
import '../tests/e2e/word-list.e2e';
import '../tests/e2e/analysis.e2e';
import '../tests/e2e/privacy.e2e';
import '../tests/e2e/faults.e2e';
import '../tests/e2e/popup-options.e2e';
import '../tests/e2e/theme-type.e2e';
import '../tests/e2e/keyboard-layout.e2e';
import '../tests/e2e/library-scale.e2e';
import { runAll } from '../tests/e2e/harness';

const failures = await runAll(process.argv[2]);
process.exitCode = failures ? 1 : 0;
