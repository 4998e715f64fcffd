// Shared helpers for the browser tests: where the site runs, which pages to visit, and how to start
// Debian's Chromium through playwright-core (never a browser that Playwright downloads).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The host under test; run.sh sets it to the freshly built site on a free port. */
export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:5080').replace(/\/$/, '');

/** Debian's Chromium (package `chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a machine without internet: no background connections, no GPU, no sandbox (root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Every page that the accessibility and layout tests visit. */
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'thema', path: '/themas/damocles/' },
  { name: 'regio', path: '/regios/limburg/' },
  { name: 'praktijkvoorbeeld', path: '/praktijkvoorbeelden/straatwaarden-utrecht/' },
  { name: 'handreiking', path: '/handreikingen/handreiking-apv-en-ondermijning/' },
  { name: 'kenniskring', path: '/kenniskringen/vastgoed/' },
  // A meeting page: the first one that the Vastgoed listing links to.
  { name: 'bijeenkomst', resolve: findMeetingPath },
  { name: 'publicatie', path: '/publicaties/koers-bepalen/' },
  { name: 'webinar', path: '/webinars/damocles-in-de-praktijk/' },
  { name: 'begrip', path: '/begrippen/apv/' },
  { name: 'over', path: '/over/' },
  { name: 'toegankelijkheid', path: '/toegankelijkheid/' },
  { name: 'privacy', path: '/privacy/' },
  { name: 'contact', path: '/contact/' },
  { name: 'linken en hergebruik', path: '/linken-en-hergebruik/' },
  // News: the fixed test items of tests/fixtures/browser/nieuws/.
  { name: 'nieuwsbericht', path: '/actueel/testbericht-damocles/' },
  { name: 'actueel', path: '/actueel/' },
  { name: 'lijst thema\'s', path: '/themas/' },
  { name: 'lijst praktijkvoorbeelden', path: '/praktijkvoorbeelden/' },
  { name: 'lijst handreikingen', path: '/handreikingen/' },
  { name: 'zoeken met facetten', path: '/zoeken?q=vastgoed' },
  { name: 'zoeken gefilterd', path: '/zoeken?q=vastgoed&type=praktijkvoorbeeld' },
  { name: 'zoeken zonder resultaat', path: '/zoeken?q=xyzzyqwerty', status: 200 },
  { name: 'volgen thema', path: '/volgen/themas/damocles/' },
  { name: 'lijst volgen', path: '/volgen/' },
  { name: 'nieuw en gewijzigd', path: '/nieuw-en-gewijzigd/' },
  { name: 'volgen nieuw en gewijzigd', path: '/volgen/nieuw-en-gewijzigd/' },
  { name: 'zoekopdracht volgen', path: '/zoeken/volgen?q=drugsdumping&regio=oost-nederland' },
  { name: '404', path: '/bestaat-niet/', status: 404 },
];

/**
 * Starts Chromium with a fresh, empty user-data-dir and returns { context, close }.
 * Playwright refuses --user-data-dir in args, so the fresh profile goes through launchPersistentContext.
 */
export async function launch(contextOptions = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kp-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    ...contextOptions,
  });
  // Nothing outside the host under test is ever fetched.
  const origin = new URL(BASE_URL).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(origin) || url.startsWith('data:') ? route.continue() : route.abort();
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The first meeting page linked from the Vastgoed knowledge-circle listing. */
export async function findMeetingPath(page) {
  await page.goto(`${BASE_URL}/kenniskringen/vastgoed/`);
  const path = await page.evaluate(() => {
    const base = '/kenniskringen/vastgoed/';
    for (const a of document.querySelectorAll('main a[href]')) {
      const p = new URL(a.href, location.href).pathname;
      if (p.startsWith(base) && p.length > base.length) return p;
    }
    return null;
  });
  if (!path) throw new Error('no meeting page linked from /kenniskringen/vastgoed/');
  return path;
}

/**
 * Goes to a page of PAGES (resolving its path first when it has none) and checks that the host
 * answered with the expected status (200 unless told). Returns the path visited.
 */
export async function visit(page, entry) {
  const path = entry.path ?? (await entry.resolve(page));
  const response = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
  const expected = entry.status ?? 200;
  if (!response) throw new Error(`${path}: no response`);
  if (response.status() !== expected) {
    throw new Error(`${path}: HTTP ${response.status()}, expected ${expected}`);
  }
  return path;
}
