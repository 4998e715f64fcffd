// 5. News: the home page's "Actueel" block works without JavaScript, and /actueel/ leads to the items.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch } from '../lib/browser.mjs';

let browser;
let page;

before(async () => {
  browser = await launch({ javaScriptEnabled: false });
  page = await browser.context.newPage();
});

after(async () => {
  await browser?.close();
});

test('news without JavaScript: the home page shows the latest three items, newest first, and links to all news', async () => {
  await page.goto(`${BASE_URL}/`);
  const block = page.locator('section[aria-labelledby="kp-nieuw-nieuws"]');
  // With more than three items the count says they are the newest three of all.
  assert.match(await block.locator('h2').first().textContent().then((t) => t.replace(/\s+/g, ' ').trim()), /^Actueel \(3( nieuwste van \d+)?\)$/);
  const items = block.locator('.item-list > li');
  assert.equal(await items.count(), 3);
  const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort().reverse(), `not newest first: ${dates}`);
  // The fixed test item of 15 January 2026 is among the newest three unless the site has three newer ones.
  for (const date of dates) assert.match(date, /^\d{4}-\d{2}-\d{2}$/);

  const first = items.first().locator('h3 a');
  const title = (await first.textContent()).trim();
  await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/actueel/')), first.click()]);
  assert.equal((await page.locator('h1').textContent()).trim(), title);
  assert.match(await page.locator('.item-type').first().textContent(), /Nieuws/);

  await page.goto(`${BASE_URL}/`);
  const all = block.locator('.more a');
  assert.equal((await all.textContent()).trim(), 'Al het nieuws');
  await Promise.all([page.waitForURL((url) => url.pathname === '/actueel/'), all.click()]);
  assert.equal((await page.locator('h1').textContent()).trim(), 'Actueel');
});

test('news without JavaScript: /actueel/ lists the test items and a theme filter leads to news only', async () => {
  await page.goto(`${BASE_URL}/actueel/`);
  const links = await page.locator('.item-list h3 a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  assert.ok(links.includes('/actueel/testbericht-damocles/') || (await page.locator('.pagination').count()) > 0,
    `the test item is not on /actueel/ and there is no next page: ${links}`);

  const filter = page.locator('.listing-filters a[href*="thema=damocles"]');
  await Promise.all([page.waitForURL((url) => url.searchParams.get('thema') === 'damocles'), filter.click()]);
  const results = await page.locator('.result-list a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  assert.ok(results.includes('/actueel/testbericht-damocles/'), `filtered results: ${results}`);
  for (const p of results) assert.match(p, /^\/actueel\//);
});
