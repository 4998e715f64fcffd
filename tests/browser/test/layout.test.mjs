// 3. Layout: no page scrolls horizontally on a phone (375 px) or a desktop (1280 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, launch, visit } from '../lib/browser.mjs';

const WIDTHS = [375, 1280];

let browser;
let page;

before(async () => {
  browser = await launch();
  page = await browser.context.newPage();
});

after(async () => {
  await browser?.close();
});

/** The elements that stick out past the right edge of the viewport, outermost first, to name the culprit. */
function overflowingElements() {
  const width = window.innerWidth;
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    for (const c of el.classList) s += `.${c}`;
    return s;
  };
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) parts.unshift(describe(e));
    return parts.join(' > ');
  };
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right <= width + 0.5) continue;
    // Report only the outermost overflowing element of each branch.
    const parent = el.parentElement;
    const pr = parent?.getBoundingClientRect();
    if (parent && parent !== document.body && pr && pr.right > width + 0.5) continue;
    found.push(`${path(el)} (right edge ${Math.round(r.right)}px, width ${Math.round(r.width)}px)`);
    if (found.length >= 10) break;
  }
  return found;
}

for (const width of WIDTHS) {
  for (const entry of PAGES) {
    test(`layout ${width}px: ${entry.name} (${entry.path ?? 'from listing'}) does not scroll horizontally`, async () => {
      await page.setViewportSize({ width, height: 800 });
      const path = await visit(page, entry);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) {
        const culprits = await page.evaluate(overflowingElements);
        const report = [
          `${path} at ${width}px: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`,
          ...culprits.map((c) => `  overflows: ${c}`),
        ].join('\n');
        console.log(report);
        assert.fail(report);
      }
    });
  }
}

// The harness itself: the check does see a page that is too wide, and names the element.
test('layout: the harness detects a page that scrolls horizontally', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.setContent('<!DOCTYPE html><body style="margin:0"><div class="te-breed" style="width:600px">x</div></body>');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth > innerWidth, `scrollWidth ${scrollWidth} should exceed innerWidth ${innerWidth}`);
  const culprits = await page.evaluate(overflowingElements);
  assert.match(culprits[0] ?? '', /div\.te-breed/);
});
