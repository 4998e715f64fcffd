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

/**
 * What makes the page too wide, to name the culprit: the outermost elements whose box sticks out past
 * the right edge of the viewport, and the innermost elements whose content (say a long word in a
 * heading) overflows their box past that edge.
 */
function overflowingElements() {
  const width = window.innerWidth + 0.5;
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
  // Inside a box that clips or scrolls (a wide table in its own scroller), overflow is contained.
  const contained = (el) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      if (getComputedStyle(e).overflowX !== 'visible') return true;
    }
    return false;
  };
  const text = (el) => el.textContent.trim().replace(/\s+/g, ' ').slice(0, 60);
  const found = [];
  const contentOverflow = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || contained(el)) continue;
    const style = getComputedStyle(el);
    if (r.right > width) {
      const pr = el.parentElement.getBoundingClientRect();
      if (el.parentElement === document.body || pr.right <= width) {
        found.push(`${path(el)}: box reaches ${Math.round(r.right)}px (width ${Math.round(r.width)}px) "${text(el)}"`);
      }
    } else if (style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && r.left + el.scrollWidth > width) {
      contentOverflow.push(el);
    }
  }
  for (const el of contentOverflow) {
    if (contentOverflow.some((other) => other !== el && el.contains(other))) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    found.push(
      `${path(el)}: content is ${el.scrollWidth}px wide in a ${el.clientWidth}px box, reaches ` +
        `${Math.round(r.left + el.scrollWidth)}px (font-size ${style.fontSize}) "${text(el)}"`,
    );
  }
  return found.slice(0, 10);
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
  await page.goto('about:blank'); // away from the site's Content-Security-Policy, which forbids inline styles
  await page.setContent('<!DOCTYPE html><body style="margin:0"><div class="te-breed" style="width:600px">x</div></body>');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth > innerWidth, `scrollWidth ${scrollWidth} should exceed innerWidth ${innerWidth}`);
  const culprits = await page.evaluate(overflowingElements);
  assert.match(culprits[0] ?? '', /div\.te-breed/);
});
