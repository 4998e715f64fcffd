// 7. Staying current without JavaScript: follow a filtered search as a feed, and see what changed on a page.
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

/** Parses Atom with the browser's XML parser; null when it is not well-formed. */
async function parseFeed(xml) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement.localName !== 'feed') return null;
    return [...doc.getElementsByTagName('entry')].map((e) => ({
      href: e.getElementsByTagName('link')[0].getAttribute('href'),
      updated: e.getElementsByTagName('updated')[0].textContent,
      id: e.getElementsByTagName('id')[0].textContent,
    }));
  }, xml);
}

/** Every page a search finds, through the JSON API (all result pages). */
async function allResults(query) {
  const found = new Set();
  for (let n = 1; ; n++) {
    const json = await (await page.request.get(`${BASE_URL}/api/zoeken?${query}&pagina=${n}`)).json();
    for (const r of json.results) found.add(r.url);
    if (n >= json.pageCount) return found;
  }
}

test('follow a search: the filtered results page leads to the feed of exactly that search, newest first', async () => {
  const query = 'q=drugsdumping&regio=oost-nederland';
  await page.goto(`${BASE_URL}/zoeken?${query}`);
  const alternate = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  const feedUrl = new URL(alternate, BASE_URL).href;
  assert.equal(new URL(feedUrl).pathname, '/zoeken/feed.xml');
  assert.equal(new URL(feedUrl).searchParams.get('q'), 'drugsdumping');
  assert.equal(new URL(feedUrl).searchParams.get('regio'), 'oost-nederland');

  // The visible link leads to the page that explains how to follow it and gives the same address to copy.
  const follow = page.getByRole('link', { name: 'Volg deze zoekopdracht' });
  assert.equal(await follow.isVisible(), true);
  await Promise.all([page.waitForURL((url) => url.pathname === '/zoeken/volgen'), follow.click()]);
  assert.match((await page.locator('h1').textContent()).trim(), /^Volgen: zoekopdracht ‘drugsdumping’ \(.+\)$/);
  assert.equal((await page.locator('.copy code').textContent()).trim(), feedUrl);

  const response = await page.request.get(feedUrl);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^application\/atom\+xml/);
  assert.match(response.headers()['cache-control'], /public/);
  const entries = await parseFeed(await response.text());
  assert.ok(entries, 'the feed is not well-formed Atom');
  assert.ok(entries.length > 0 && entries.length <= 50, `entries: ${entries.length}`);

  const found = await allResults(query);
  for (const e of entries) assert.ok(found.has(new URL(e.href).pathname), `${e.href} is not a result of the search`);
  const updated = entries.map((e) => e.updated);
  assert.deepEqual(updated, [...updated].sort().reverse(), `not newest first: ${updated}`);

  // A feed reader asking again gets "not modified" until the next build.
  const again = await page.request.get(feedUrl, { headers: { 'If-None-Match': response.headers().etag } });
  assert.equal(again.status(), 304);
});

test('a change note shows on its page, on Nieuw en gewijzigd and in its feed', async () => {
  await page.goto(`${BASE_URL}/actueel/testbericht-damocles/`);
  const line = page.locator('.document-freshness');
  assert.match((await line.textContent()).replace(/\s+/g, ' '), /Laatst gewijzigd op 2 februari 2026 — bekijk wijzigingen/);
  await Promise.all([page.waitForURL((url) => url.hash === '#wijzigingen'), line.getByRole('link', { name: 'bekijk wijzigingen' }).click()]);
  assert.match(await page.locator('#wijzigingen + ul').textContent(), /Verwijzing naar het thema Damocles toegevoegd\./);

  await page.goto(`${BASE_URL}/`);
  await Promise.all([page.waitForURL((url) => url.pathname === '/nieuw-en-gewijzigd/'),
    page.locator('footer').getByRole('link', { name: 'Nieuw en gewijzigd' }).click()]);
  const item = page.locator('.item-list > li', { has: page.locator('a[href="/actueel/testbericht-damocles/"]') }).first();
  assert.match(await item.textContent(), /gewijzigd[\s\S]*Wijziging: Verwijzing naar het thema Damocles toegevoegd\./);

  const entries = await parseFeed(await (await page.request.get(`${BASE_URL}/feeds/nieuw-en-gewijzigd.xml`)).text());
  assert.ok(entries.some((e) => e.id.endsWith('/actueel/testbericht-damocles/#wijziging-2026-02-02')), 'the change is not in the feed');
});
