// 2. Keyboard only: from the home page, skip to the content and reach its search box (the only one on
// the home page), search for "damocles" and reach the first result with Tab alone; the focused result
// shows a visible focus indicator. On other pages the header search box is a few Tabs away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch } from '../lib/browser.mjs';

let browser;
let page;

before(async () => {
  browser = await launch();
  page = await browser.context.newPage();
});

after(async () => {
  await browser?.close();
});

/** A short description of the focused element, for messages. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const attrs = ['id', 'class', 'href', 'name']
      .filter((a) => el.getAttribute(a))
      .map((a) => `${a}="${el.getAttribute(a)}"`)
      .join(' ');
    return `<${el.tagName.toLowerCase()}${attrs ? ' ' + attrs : ''}>`;
  });

/** Presses Tab until `matches` (evaluated in the page) is true; returns the number of presses, or -1. */
async function tabUntil(matches, max) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return i;
  }
  return -1;
}

test('keyboard: search for "damocles" and reach the first result with Tab only', async () => {
  await page.goto(`${BASE_URL}/`);

  // The first Tab lands on the skip link.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    return { isLink: el?.tagName === 'A', cls: el?.className ?? '', href: el?.getAttribute('href') ?? '' };
  });
  assert.ok(
    first.isLink && /skip/.test(first.cls) && first.href.startsWith('#'),
    `first Tab should reach the skip link, reached ${await focused()}`,
  );

  // The skip link leads into the content; the next Tab reaches the home page's search box.
  await page.keyboard.press('Enter');
  const homeInput = () => document.activeElement?.matches('main input[type="search"]') ?? false;
  const presses = await tabUntil(homeInput, 2);
  assert.ok(presses > 0, `home search input not reached after the skip link; focus is on ${await focused()}`);

  await page.keyboard.type('damocles');
  await Promise.all([
    page.waitForURL((url) => /^\/zoeken\/?$/.test(url.pathname) && url.searchParams.get('q') === 'damocles'),
    page.keyboard.press('Enter'),
  ]);
  await page.waitForLoadState('load');

  const firstResultHref = await page.evaluate(() => document.querySelector('.result-list a')?.getAttribute('href'));
  assert.ok(firstResultHref, 'the results page has no .result-list a');

  const isFirstResult = () => document.activeElement === document.querySelector('.result-list a');
  const resultPresses = await tabUntil(isFirstResult, 150);
  assert.ok(resultPresses > 0, `first result link not reached with 150 Tabs; focus is on ${await focused()}`);

  const info = await page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
      path: new URL(el.href, location.href).pathname,
      outline: style.outline,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      boxShadow: style.boxShadow,
      focusVisible: el.matches(':focus-visible'),
    };
  });
  assert.equal(info.path, '/themas/damocles/', 'the first result for "damocles" is the Damocles theme page');
  const hasOutline = info.outlineStyle !== 'none' && info.outlineWidth > 0;
  const hasShadow = info.boxShadow !== 'none';
  assert.ok(
    hasOutline || hasShadow,
    `focused result link has no visible focus indicator (outline: ${info.outline}; box-shadow: ${info.boxShadow})`,
  );
  console.log(
    `reached the home search in ${presses + 1} Tabs and the skip link, first result in ${resultPresses} Tabs; ` +
      `focus style outline "${info.outline}", box-shadow "${info.boxShadow}", :focus-visible ${info.focusVisible}`,
  );
});

test('keyboard: on a content page at 1280 px the header search box is within 4 Tabs', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE_URL}/themas/damocles/`);
  const headerInput = () => document.activeElement?.matches('.site-header input[type="search"]') ?? false;
  const presses = await tabUntil(headerInput, 4);
  assert.ok(presses > 0, `header search input not reached within 4 Tabs; focus is on ${await focused()}`);
});
