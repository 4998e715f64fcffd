// Full-page screenshots of the main page types at a phone and a desktop width, into docs/screenshots/.
// run.sh calls this when SCREENSHOTS=1 (it needs BASE_URL of a running host):
//   SCREENSHOTS=1 tests/browser/run.sh
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL, launch } from './lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = process.env.SCREENSHOT_DIR || join(root, 'docs', 'screenshots');

const SHOTS = [
  { name: 'home', path: '/' },
  { name: 'thema', path: '/themas/damocles/' },
  { name: 'praktijkvoorbeeld', path: '/praktijkvoorbeelden/straatwaarden-utrecht/' },
  { name: 'handreiking', path: '/handreikingen/handreiking-apv-en-ondermijning/' },
  { name: 'zoeken', path: '/zoeken?q=vastgoed' },
  { name: '404', path: '/bestaat-niet/', status: 404 },
];
const WIDTHS = [375, 1280];

mkdirSync(outDir, { recursive: true });
const browser = await launch();
let failed = 0;
try {
  const page = await browser.context.newPage();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const shot of SHOTS) {
      const response = await page.goto(`${BASE_URL}${shot.path}`, { waitUntil: 'load' });
      const expected = shot.status ?? 200;
      if (response?.status() !== expected) {
        console.error(`${shot.path}: HTTP ${response?.status()}, expected ${expected}`);
        failed++;
        continue;
      }
      const file = join(outDir, `${shot.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`saved ${relative(root, file)}`);
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
