// Het netwerk (issue 16), walked in headless Chromium with JavaScript off by two professionals of different covenant
// organisations and a moderator; then axe (WCAG 2.0–2.2 A and AA) on every network page at 375 and 1280 px.
// The steps share one database and run in order; each is its own test so a failure names the step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { BASE_URL, launch } from '../lib/browser.mjs';
import { MAIL_FOLDER, NETWORK_USERS, readMail } from '../lib/network.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [375, 1280];
const { a: A, b: B, moderator: M } = NETWORK_USERS;

// A word no content holds, so the site search finds the project only through the network.
const PROJECT = 'Wielewaalproject vakantieparken Zuid-Limburg';
const QUESTION = 'Wie heeft ervaring met screening van huurders op vakantieparken?';
const ANSWER = 'Wij toetsen huurders met het Bibob-instrument en delen signalen in het RIEC-overleg.';
const OFF_TOPIC = 'Koop mijn tweedehands fiets, bel mij maar.';

const browsers = [];
const pages = {};
const found = {}; // paths discovered on the way: profile, project, question, answers

before(async () => {
  assert.ok(MAIL_FOLDER, 'MAIL_FOLDER is not set: run these tests with tests/browser/run.sh');
  for (const who of ['a', 'b', 'm']) {
    const browser = await launch({ javaScriptEnabled: false });
    browsers.push(browser);
    pages[who] = await browser.context.newPage();
  }
});

after(async () => {
  for (const b of browsers) await b.close();
});

const path = (page) => new URL(page.url()).pathname;

/** Submits a form by its button and waits until the browser has loaded the next page. */
async function submit(page, button) {
  await Promise.all([page.waitForEvent('load'), button.click()]);
}

async function signIn(page, user) {
  await page.goto(`${BASE_URL}/inloggen?returnUrl=${encodeURIComponent('/besloten/netwerk/')}`);
  await page.fill('#gebruikersnaam', user.username);
  await page.fill('#wachtwoord', user.password);
  await submit(page, page.locator('main form button[type="submit"]'));
  assert.equal(path(page), '/besloten/netwerk/', `${user.username} did not land on the network after signing in`);
}

/** Ticks the checkbox of a taxonomy value in a fieldset of the form (by the value, not the label). */
async function tick(page, field, value) {
  await page.check(`input[type="checkbox"][name="${field}"][value="${value}"]`);
}

test('walk: A and B sign in without JavaScript', async () => {
  // Scripts really are off in these contexts.
  await pages.a.setContent('<p id="m">off</p><script>document.getElementById("m").textContent = "on"</script>');
  assert.equal(await pages.a.locator('#m').textContent(), 'off');
  await signIn(pages.a, A);
  await signIn(pages.b, B);
  await signIn(pages.m, M);
});

test('walk: A creates a profile', async () => {
  const page = pages.a;
  await page.goto(`${BASE_URL}/besloten/netwerk/mijn-profiel/`);
  // Name and organisation come from sign-in and are not fields of the form.
  assert.match(await page.locator('main').innerText(), new RegExp(A.organisation));
  await page.fill('#veld-functie', 'Analist ondermijning');
  await tick(page, 'themas', 'vastgoed');
  await tick(page, 'themas', 'recreatieparken');
  await tick(page, 'regios', 'limburg');
  await page.fill('#veld-expertise', 'Vastgoedonderzoek en **screening van huurders** op vakantieparken.');
  await page.fill('#veld-werk', 'Een integrale controle van drie vakantieparken.');
  await page.fill('#veld-email', A.email);
  await submit(page, page.locator('main form button[type="submit"]'));
  assert.match(path(page), /^\/besloten\/netwerk\/profielen\/\d+\/$/);
  found.profile = path(page);
  const text = await page.locator('main').innerText();
  assert.match(text, /Anna Analist/);
  assert.match(text, /screening van huurders/);
  // The address is not shown: A did not opt in.
  assert.doesNotMatch(text, new RegExp(A.email));
});

test('walk: A registers a running project', async () => {
  const page = pages.a;
  await page.goto(`${BASE_URL}/besloten/netwerk/projecten/nieuw/`);
  await page.fill('#veld-titel', PROJECT);
  await page.fill('#veld-doel', 'Samen met gemeente, politie en Belastingdienst zicht krijgen op ondermijning op vakantieparken.');
  await tick(page, 'themas', 'recreatieparken');
  await tick(page, 'regios', 'limburg');
  await page.fill('#veld-partners', 'Politie, Belastingdienst');
  await page.selectOption('#veld-fase', 'opstart');
  await page.fill('#veld-start', '2026-09-01');
  await submit(page, page.locator('main form button[type="submit"]'));
  assert.match(path(page), /^\/besloten\/netwerk\/projecten\/\d+\/$/);
  found.project = path(page);
  assert.match(await page.locator('h1').innerText(), /Wielewaalproject/);
});

test('walk: A follows the theme Vastgoed by e-mail', async () => {
  const page = pages.a;
  await page.goto(`${BASE_URL}/besloten/netwerk/volgen/`);
  await tick(page, 'themas', 'vastgoed');
  await submit(page, page.locator('main form button[type="submit"]'));
  await page.goto(`${BASE_URL}/besloten/netwerk/volgen/`);
  assert.ok(await page.isChecked('input[name="themas"][value="vastgoed"]'), 'the followed theme is not saved');
});

test('walk: B finds A by theme and region through the filter links', async () => {
  const page = pages.b;
  await page.goto(`${BASE_URL}/besloten/netwerk/`);
  await Promise.all([page.waitForEvent('load'), page.locator('.facets a', { hasText: /^Vastgoed/ }).first().click()]);
  assert.equal(new URL(page.url()).searchParams.get('thema'), 'vastgoed');
  await Promise.all([page.waitForEvent('load'), page.locator('.facets a', { hasText: /Limburg/ }).first().click()]);
  assert.equal(new URL(page.url()).searchParams.get('regio'), 'limburg');
  const results = page.locator('.result-list a', { hasText: 'Anna Analist' });
  assert.equal(await results.count(), 1, 'A is not among the colleagues with theme Vastgoed in Limburg');
  await Promise.all([page.waitForEvent('load'), results.click()]);
  assert.equal(path(page), found.profile);
});

test('walk: B finds A\'s project in the site search, marked closed', async () => {
  const page = pages.b;
  await page.goto(`${BASE_URL}/`);
  const form = page.locator('main form[role="search"]');
  await form.locator('input[name="q"]').fill('wielewaalproject');
  await submit(page, form.locator('button[type="submit"]'));
  const block = page.locator('main .network-hits');
  assert.match(await block.locator('h2').innerText(), /Uit het netwerk/);
  const item = block.locator('li', { has: page.locator(`a[href="${found.project}"]`) });
  assert.equal(await item.count(), 1, 'the project is not in the site search');
  // textContent: the labels are shown in capitals by CSS.
  assert.match(await item.textContent(), /Lopend project/);
  assert.match(await item.textContent(), /Besloten/);
});

test('walk: B asks a question on Vastgoed, and A gets it by e-mail', async () => {
  const before = readMail().length;
  const page = pages.b;
  await page.goto(`${BASE_URL}/besloten/netwerk/vragen/nieuw/`);
  await page.fill('#veld-titel', QUESTION);
  await page.fill('#veld-toelichting', 'We starten een controle en zoeken een werkwijze die juridisch standhoudt.');
  await tick(page, 'themas', 'vastgoed');
  await tick(page, 'regios', 'limburg');
  await submit(page, page.locator('main form button[type="submit"]'));
  assert.match(path(page), /^\/besloten\/netwerk\/vragen\/\d+\/$/);
  found.question = path(page);

  const mail = readMail().slice(before).filter((m) => m.to.includes(A.email));
  assert.equal(mail.length, 1, `expected one e-mail to ${A.email} in ${MAIL_FOLDER}`);
  assert.match(mail[0].text, /screening van huurders/);
  // The e-mail links to the question; A follows that link.
  const link = mail[0].text.match(/https?:\/\/\S*(\/besloten\/netwerk\/vragen\/\d+\/)/);
  assert.ok(link, 'the e-mail has no link to the question');
  assert.equal(link[1], found.question);
});

test('walk: A answers the question', async () => {
  const page = pages.a;
  await page.goto(`${BASE_URL}${found.question}`);
  await page.fill('#veld-tekst', ANSWER);
  await submit(page, page.locator('form', { has: page.locator('#veld-tekst') }).locator('button[type="submit"]'));
  const anchor = new URL(page.url()).hash;
  assert.match(anchor, /^#antwoord-\d+$/);
  found.answer = anchor.slice(1);
  assert.match(await page.locator(`#${found.answer}`).innerText(), /Bibob-instrument/);
  // A second, off-topic answer that B will report.
  await page.fill('#veld-tekst', OFF_TOPIC);
  await submit(page, page.locator('form', { has: page.locator('#veld-tekst') }).locator('button[type="submit"]'));
  found.offTopic = new URL(page.url()).hash.slice(1);
  assert.notEqual(found.offTopic, found.answer);
});

test('walk: B marks the answer that helped', async () => {
  const page = pages.b;
  await page.goto(`${BASE_URL}${found.question}`);
  await submit(page, page.locator(`#${found.answer} button`, { hasText: 'Markeer als nuttig' }));
  const answer = page.locator(`#${found.answer}`);
  assert.match(await answer.innerText(), /heeft de vraagsteller geholpen/);
  assert.equal(await page.locator('button', { hasText: 'Markeer als nuttig' }).count(), 1, 'only the other answer can still be marked');
});

test('walk: B sends A a message, which reaches A by e-mail without showing A\'s address to B', async () => {
  const before = readMail().length;
  const page = pages.b;
  await page.goto(`${BASE_URL}${found.profile}`);
  await Promise.all([page.waitForEvent('load'), page.locator('main a', { hasText: 'Neem contact op' }).click()]);
  assert.match(path(page), /\/contact\/$/);
  await page.fill('#veld-onderwerp', 'Screening van huurders');
  await page.fill('#veld-tekst', 'Mag ik uw werkwijze voor de screening eens inzien? Groet, Bram');
  await submit(page, page.locator('main form button[type="submit"]'));
  const shown = await page.locator('main').innerText();
  assert.match(shown, /verstuurd|verzonden/i);
  assert.doesNotMatch(shown, new RegExp(A.email));

  const mail = readMail().slice(before).filter((m) => m.to.includes(A.email));
  assert.equal(mail.length, 1, `expected one message to ${A.email}`);
  assert.match(mail[0].text, /werkwijze voor de screening/);
  assert.match(mail[0].text, /Bram Rechercheur/);
});

test('walk: B reports the off-topic answer and a moderator hides it with a reason A sees', async () => {
  const page = pages.b;
  await page.goto(`${BASE_URL}${found.question}`);
  const item = page.locator(`#${found.offTopic}`);
  await item.locator('summary', { hasText: 'Melden' }).click(); // <details> opens without JavaScript
  await item.locator('textarea[name="reden"]').fill('Reclame, geen antwoord op de vraag.');
  await submit(page, item.locator('button', { hasText: 'Melden aan de moderatoren' }));

  const mod = pages.m;
  await mod.goto(`${BASE_URL}/besloten/netwerk/moderatie/`);
  const report = mod.locator('.result-list li', { hasText: 'Reclame, geen antwoord' });
  assert.equal(await report.count(), 1, 'the report is not in the moderation queue');
  await report.locator('input[name="reden"]').fill('Geen antwoord op de vraag.');
  await submit(mod, report.locator('button', { hasText: 'Verbergen' }));

  await page.goto(`${BASE_URL}${found.question}`);
  assert.equal(await page.locator(`#${found.offTopic}`).count(), 0, 'B still sees the hidden answer');
  assert.doesNotMatch(await page.locator('main').innerText(), /tweedehands fiets/);
  await pages.a.goto(`${BASE_URL}${found.question}`);
  assert.match(await pages.a.locator(`#${found.offTopic}`).innerText(), /Geen antwoord op de vraag\./);
});

// axe needs JavaScript: these pages are opened in a separate context with scripts on (and the host's CSP bypassed for
// the injected axe script), signed in as the moderator, who may see every network page.
test('axe: every network page has no WCAG 2.2 A/AA violations at 375 and 1280 px', async () => {
  const browser = await launch({ bypassCSP: true });
  browsers.push(browser);
  const page = await browser.context.newPage();
  await signIn(page, M);
  const targets = [
    ['collega\'s zoeken', '/besloten/netwerk/'],
    ['collega\'s gefilterd', '/besloten/netwerk/?thema=vastgoed&regio=limburg'],
    ['collega\'s zonder resultaat', '/besloten/netwerk/?q=xyzzyqwerty'],
    ['profiel', found.profile],
    ['contact', `${found.profile}contact/`],
    ['mijn profiel', '/besloten/netwerk/mijn-profiel/'],
    ['profiel verwijderen', '/besloten/netwerk/mijn-profiel/verwijderen/'],
    ['projecten', '/besloten/netwerk/projecten/'],
    ['project', found.project],
    ['nieuw project', '/besloten/netwerk/projecten/nieuw/'],
    ['vragen', '/besloten/netwerk/vragen/'],
    ['vraag', found.question],
    ['nieuwe vraag', '/besloten/netwerk/vragen/nieuw/'],
    ['volgen', '/besloten/netwerk/volgen/'],
    ['moderatie', '/besloten/netwerk/moderatie/'],
  ];
  const failures = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const [name, target] of targets) {
      const response = await page.goto(`${BASE_URL}${target}`);
      assert.equal(response.status(), 200, `${name} (${target}): HTTP ${response.status()}`);
      failures.push(...(await axe(page, `${name} ${target} at ${width}px`)));
    }
    // A form sent back with a message beside each field (HTTP 422).
    await page.goto(`${BASE_URL}/besloten/netwerk/projecten/nieuw/`);
    await submit(page, page.locator('main form button[type="submit"]'));
    assert.match(await page.locator('main').innerText(), /verplicht|Vul/i);
    failures.push(...(await axe(page, `nieuw project met fouten at ${width}px`)));
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});

/** Runs axe on the page; returns one readable line per violation and node. */
async function axe(page, label) {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  assert.ok(results.passes.length > 0, `${label}: axe checked nothing`);
  return results.violations.flatMap((v) => v.nodes.map((n) =>
    `${label}: ${v.id} [${v.impact}] ${v.help} — ${n.target.join(' ')}: ${n.html.replace(/\s+/g, ' ').slice(0, 160)}`));
}

test('walk: A downloads everything stored about them, then deletes it', async () => {
  const page = pages.a;
  const response = await page.request.get(`${BASE_URL}/besloten/netwerk/mijn-profiel/gegevens.json`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /json/);
  const data = JSON.stringify(await response.json());
  for (const expected of ['Analist ondermijning', 'Wielewaalproject', 'Bibob-instrument', 'vastgoed']) {
    assert.ok(data.includes(expected), `the download lacks "${expected}"`);
  }

  await page.goto(`${BASE_URL}/besloten/netwerk/mijn-profiel/verwijderen/`);
  await page.check('input[name="bevestig"]');
  await submit(page, page.locator('main form button[type="submit"]'));
  assert.match(await page.locator('main').innerText(), /verwijderd/i);

  const b = pages.b;
  await b.goto(`${BASE_URL}/besloten/netwerk/?q=huurders`);
  assert.equal(await b.locator('.result-list a', { hasText: 'Anna Analist' }).count(), 0, 'A is still in the directory');
  assert.equal((await b.goto(`${BASE_URL}${found.profile}`)).status(), 404);
  await b.goto(`${BASE_URL}/zoeken?q=wielewaalproject`);
  assert.equal(await b.locator(`main a[href="${found.project}"]`).count(), 0, 'A\'s project is still found');
  await b.goto(`${BASE_URL}${found.question}`);
  assert.doesNotMatch(await b.locator('main').innerText(), /Bibob-instrument/, 'A\'s answer is still shown');
});
