// 5. The walked tasks (issue 19): what a policy officer met on a phone (375 px) and a desktop (1280 px).
// Compact header with a menu that works without JavaScript, one search box on the home page, a hint that
// fits, search filters above the results, the usage guide near the top, each item once on a region page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch } from '../lib/browser.mjs';

let browser;
let page;

before(async () => {
  // Without JavaScript: everything here must work on plain HTML and CSS.
  browser = await launch({ javaScriptEnabled: false });
  page = await browser.context.newPage();
});

after(async () => {
  await browser?.close();
});

async function open(path, width) {
  await page.setViewportSize({ width, height: 800 });
  const response = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `${path}: HTTP ${response?.status()}`);
}

const box = (selector) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    // checkVisibility() also sees what a closed <details> hides (content-visibility), which the box alone does not.
    const visible = r.width > 0 && r.height > 0 && el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height, visible };
  }, selector);

test('375px: the header is one compact row and the menu opens without JavaScript', async () => {
  await open('/themas/damocles/', 375);
  const header = await box('.site-header');
  assert.ok(header.height <= 0.12 * 800, `header is ${header.height}px tall at 375px, more than 12% of the screen`);
  assert.equal((await box('.site-nav'))?.visible, false, 'the menu is folded away at first');

  await page.click('.site-menu > summary');
  assert.equal((await box('.site-nav'))?.visible, true, 'the menu shows after a tap on "Menu"');
  assert.equal((await box('.site-header input[type="search"]'))?.visible, true, 'the open menu has the search box');
  await Promise.all([page.waitForURL(/\/handreikingen\/$/), page.click('.site-nav a[href="/handreikingen/"]')]);
});

test('1280px: the menu and the header search box show without a "Menu" button', async () => {
  await open('/themas/damocles/', 1280);
  assert.equal((await box('.site-nav'))?.visible, true, 'the navigation shows');
  assert.equal((await box('.site-menu > summary'))?.visible, false, 'no "Menu" button on a wide screen');
  assert.equal((await box('.site-header input[type="search"]'))?.visible, true, 'the header search box shows');
});

for (const width of [375, 1280]) {
  test(`${width}px: the home page has one search box, whose hint fits, and the guide before the themes`, async () => {
    await open('/', width);
    const inputs = await page.evaluate(() => [...document.querySelectorAll('input[type="search"]')].length);
    assert.equal(inputs, 1, `the home page has ${inputs} search boxes`);
    const hint = await page.evaluate(() => {
      const input = document.querySelector('input[type="search"]');
      const ctx = document.createElement('canvas').getContext('2d');
      const style = getComputedStyle(input);
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return { text: input.placeholder, width: ctx.measureText(input.placeholder).width, room: input.clientWidth - padding };
    });
    assert.ok(hint.width <= hint.room, `the hint "${hint.text}" needs ${Math.round(hint.width)}px, the box has ${Math.round(hint.room)}px`);
    const guide = await box('#zo-gebruikt-u-het-platform');
    const themes = await box('#kp-themas');
    assert.ok(guide && themes && guide.top < themes.top, '"Zo gebruikt u het platform" comes before the themes');
    const described = await page.evaluate(() =>
      [...document.querySelectorAll('.themes .tile-list li')].every((li) => li.querySelector('.tile-text')?.textContent.trim().length > 0));
    assert.ok(described, 'every theme card has a line of description');
  });

  test(`${width}px: search filters come before the results`, async () => {
    await open('/zoeken?q=vastgoed', width);
    const filters = await box('.facets');
    const results = await box('.result-list');
    assert.ok(filters && results, 'filters and results are on the page');
    if (width === 375) {
      assert.ok(filters.top < results.top, 'the "Filters" disclosure is above the results');
      assert.equal((await box('.facets-panel'))?.visible, false, 'the filters are folded away at first');
      await page.click('.facets > summary');
      assert.equal((await box('.facets-panel'))?.visible, true, 'the filters show after a tap on "Filters"');
    } else {
      assert.equal((await box('.facets-panel'))?.visible, true, 'the filters show beside the results');
      assert.ok(filters.top < results.bottom, 'the filters start level with the results');
    }
  });

  test(`${width}px: a region page shows each item once`, async () => {
    await open('/regios/limburg/', width);
    const { total, distinct } = await page.evaluate(() => {
      const links = [...document.querySelectorAll('main .listing-section .item-title a')].map((a) => a.getAttribute('href'));
      return { total: links.length, distinct: new Set(links).size };
    });
    assert.ok(total > 0, 'the region page lists items');
    assert.equal(total, distinct, `${total} entries for ${distinct} items`);
  });
}
