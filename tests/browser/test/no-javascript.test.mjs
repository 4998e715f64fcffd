// 4. No JavaScript needed: with scripts disabled, searching still works end to end
// (the forms are plain GET forms and the host renders the results page).
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

const onResultsPage = (query) => (url) =>
  /^\/zoeken\/?$/.test(url.pathname) && url.searchParams.get('q') === query;

/** The paths of the result links, in order. */
async function resultPaths() {
  const hrefs = await page.locator('.result-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return hrefs.map((h) => new URL(h, BASE_URL).pathname);
}

test('no JavaScript: scripts really are disabled in this context', async () => {
  await page.goto('about:blank');
  // A script the page would run sets a marker; with JavaScript off it never runs.
  await page.setContent('<p id="m">off</p><script>document.getElementById("m").textContent = "on"</script>');
  assert.equal(await page.locator('#m').textContent(), 'off');
});

test('no JavaScript: the search form on the home page finds the Damocles theme', async () => {
  await page.goto(`${BASE_URL}/`);
  const form = page.locator('main form[role="search"]');
  await form.locator('input[name="q"]').fill('damocles');
  await Promise.all([page.waitForURL(onResultsPage('damocles')), form.locator('button[type="submit"]').click()]);

  const paths = await resultPaths();
  assert.ok(paths.length > 0, 'no results for "damocles"');
  assert.equal(paths[0], '/themas/damocles/');
  assert.match(await page.locator('.result-count').textContent(), /resultat/);
});

test('no JavaScript: a new query from the search page, then a facet filter, both work', async () => {
  await page.goto(`${BASE_URL}/zoeken?q=damocles`);
  const form = page.locator('main form[role="search"]');
  await form.locator('input[name="q"]').fill('vastgoed');
  await Promise.all([page.waitForURL(onResultsPage('vastgoed')), form.locator('input[name="q"]').press('Enter')]);
  const all = await resultPaths();
  assert.ok(all.length > 0, 'no results for "vastgoed"');

  // The facet links are plain links: following one filters the results to that type.
  const facet = page.locator('.facets a[href*="type=praktijkvoorbeeld"]').first();
  await Promise.all([page.waitForURL((url) => url.searchParams.get('type') === 'praktijkvoorbeeld'), facet.click()]);
  const filtered = await resultPaths();
  assert.ok(filtered.length > 0, 'no results with type=praktijkvoorbeeld');
  for (const p of filtered) assert.match(p, /^\/praktijkvoorbeelden\//, `filtered result ${p} is not a praktijkvoorbeeld`);
});

test('no JavaScript: a query without results says so', async () => {
  await page.goto(`${BASE_URL}/`);
  const form = page.locator('main form[role="search"]');
  await form.locator('input[name="q"]').fill('xyzzyqwerty');
  await Promise.all([page.waitForURL(onResultsPage('xyzzyqwerty')), form.locator('button[type="submit"]').click()]);
  assert.equal(await page.locator('.result-list a').count(), 0);
  const text = await page.locator('main').innerText();
  assert.match(text, /geen|niets/i, 'the empty results page tells that nothing was found');
});
