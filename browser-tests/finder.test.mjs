// The finder page in a real browser: playwright-core drives Debian's chromium against a running service (BASE_URL),
// the way a person with a keyboard would, and axe-core checks WCAG 2.1 A and AA in every state. Run by
// scripts/test-browser.sh, which starts the packaged service; screenshots go to docs/screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE_URL = process.env.BASE_URL || 'http://localhost:8080';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SCREENSHOTS = process.env.SCREENSHOT_DIR || path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../docs/screenshots');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MAASTRICHT = { latitude: 50.8514, longitude: 5.6910 };

let browser;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
});

/** A fresh page that fails the test on any script error, console error or CSP violation. */
async function open(t, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, [], 'the page logged errors');
  });
  return page;
}

/** No WCAG 2.1 A/AA violation in the page as it is now (axe-core, injected through the DevTools protocol, which CSP allows). */
async function accessible(page, state) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG);
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(violations, [], `WCAG 2.1 A/AA violations in state "${state}"`);
  assert.ok(result.passes.length > 10, `axe ran its checks in state "${state}"`);
}

async function noHorizontalScroll(page, state) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${state}: page is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

async function apiJson(pathAndQuery, language) {
  const response = await fetch(new URL(pathAndQuery, BASE_URL), { headers: { 'Accept-Language': language } });
  assert.equal(response.status, 200, pathAndQuery);
  return response.json();
}

const focusedId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);

/** Tab from the top of the page to the search box: it is reachable with the keyboard alone. */
async function tabToSearchBox(page) {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedId(page)) === 'condition') {
      return;
    }
  }
  assert.fail('the search box is not reachable with Tab');
}

/** Types a misspelling, waits for the suggestions and picks the one for ORPHA:558 with the arrow keys and Enter. */
async function pickMarfanWithTheKeyboard(page, state) {
  await tabToSearchBox(page);
  await page.keyboard.type('marfn', { delay: 40 });
  const listbox = page.locator('#condition-listbox');
  await listbox.locator('[role="option"]').first().waitFor();
  assert.equal(await page.getAttribute('#condition', 'aria-expanded'), 'true');
  assert.match(await page.locator('#status').textContent(), /\d+ (suggesties|suggestions) /);
  await accessible(page, `${state}: suggestions open`);
  const labels = await listbox.locator('[role="option"]').allTextContents();
  const index = labels.findIndex((label) => label.includes('ORPHA:558'));
  assert.ok(index >= 0, `a suggestion for ORPHA:558 among ${labels.join(' | ')}`);
  for (let i = 0; i <= index; i++) {
    await page.keyboard.press('ArrowDown');
  }
  const active = await page.getAttribute('#condition', 'aria-activedescendant');
  assert.equal(await page.getAttribute(`#${active}`, 'aria-selected'), 'true');
  assert.match(await page.locator(`#${active}`).textContent(), /ORPHA:558/);
  return labels[index];
}

describe('the finder page', () => {
  test('serves the page with a strict Content-Security-Policy and nothing from other hosts', async (t) => {
    const page = await open(t);
    const hosts = new Set();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    const response = await page.goto(`${BASE_URL}/`);
    assert.equal(response.status(), 200);
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /connect-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /https?:|\*|unsafe/);
    await page.locator('#results-heading').filter({ hasText: /./ }).waitFor();
    assert.deepEqual([...hosts], [new URL(BASE_URL).host]);
    assert.match(await page.locator('#attribution').textContent(), /Orphanet.*CC BY 4\.0/s);
  });

  test('Dutch: a misspelling, a suggestion picked with the keyboard, centres with their explanation', async (t) => {
    const page = await open(t);
    await page.goto(`${BASE_URL}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    await page.locator('#results-heading').filter({ hasText: /./ }).waitFor();
    await accessible(page, 'start');
    await shot(page, 'start-nl.png');
    await pickMarfanWithTheKeyboard(page, 'nl');
    await shot(page, 'suggestions-nl.png');
    await page.keyboard.press('Enter');
    await page.waitForURL(/orphaCode=558/);
    await page.locator('#results-heading', { hasText: 'Syndroom van Marfan' }).waitFor();
    assert.equal(await focusedId(page), 'results-heading', 'focus moves to the results');
    assert.equal(await page.getAttribute('#condition', 'aria-expanded'), 'false');

    const api = await apiJson('/v1/expertise-centres?orphaCode=558&pageSize=10', 'nl');
    assert.ok(api.items.length > 0, 'the register has a centre for Marfan syndrome');
    const cards = page.locator('#result-list > li.card');
    assert.equal(await cards.count(), api.items.length);
    const first = cards.first();
    assert.equal(await first.locator('h3').textContent(), api.items[0].name);
    assert.match(await first.textContent(), new RegExp(escape(api.items[0].matches[0].explanation)));
    assert.match(await first.textContent(), new RegExp(escape(api.items[0].leadingInstitution.city)));
    assert.match(await first.textContent(), /precies deze aandoening|via een bredere groep|via een specifiekere aandoening/);
    await accessible(page, 'nl: results');
    await shot(page, 'results-nl.png');

    // Escape closes the suggestions, a second Escape empties the box
    await page.focus('#condition');
    await page.keyboard.press('End');
    await page.keyboard.type(' typ', { delay: 40 });
    await page.keyboard.press('Escape');
    assert.equal(await page.getAttribute('#condition', 'aria-expanded'), 'false');
    await page.keyboard.press('Escape');
    assert.equal(await page.inputValue('#condition'), '');
  });

  test('a centre page, and back and forward between the states', async (t) => {
    const page = await open(t);
    await page.goto(`${BASE_URL}/?orphaCode=558`);
    const link = page.locator('#result-list h3 a').first();
    await link.waitFor();
    const name = await link.textContent();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/centre=/);
    await page.locator('#centre-heading', { hasText: name }).waitFor();
    assert.equal(await focusedId(page), 'centre-heading');
    const id = new URL(page.url()).searchParams.get('centre');
    const centre = await apiJson(`/v1/expertise-centres/${id}`, 'nl');
    const rows = page.locator('#centre-view tbody tr');
    assert.equal(await rows.count(), centre.recognisedConditions.length);
    assert.match(await rows.first().textContent(), new RegExp(escape(centre.recognisedConditions[0].id)));
    const view = await page.locator('#centre-view').textContent();
    assert.match(view, new RegExp(escape(centre.institutions[0].name)));
    assert.match(view, /Erkend tot/);
    if (centre.patientContact.email) {
      assert.match(view, new RegExp(escape(centre.patientContact.email)));
    }
    for (const network of centre.europeanReferenceNetworks) {
      assert.match(view, new RegExp(escape(network.acronym)));
    }
    assert.match(await page.locator('#attribution').textContent(), /Orphanet/);
    await accessible(page, 'nl: centre');
    await shot(page, 'centre-nl.png');

    await page.goBack();
    await page.locator('#results-heading', { hasText: 'Syndroom van Marfan' }).waitFor();
    assert.equal(await page.isVisible('#centre-view'), false);
    await page.goForward();
    await page.locator('#centre-heading', { hasText: name }).waitFor();
    // the back link leads to the same results
    await page.locator('#centre-view a.back').click();
    await page.waitForURL(/orphaCode=558/);
    await page.locator('#results-heading', { hasText: 'Syndroom van Marfan' }).waitFor();
  });

  test('English by the visible switch, the language in the URL, the same keyboard search', async (t) => {
    const page = await open(t, { locale: 'en-GB' });
    await page.goto(`${BASE_URL}/`);
    await page.locator('#results-heading').filter({ hasText: /./ }).waitFor();
    await page.focus('#language-switch');
    assert.equal(await page.locator('#language-switch').textContent(), 'English');
    await page.keyboard.press('Enter');
    await page.waitForURL(/lang=en/);
    await page.locator('h1', { hasText: 'Find an expertise centre for a rare disease' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await focusedId(page), 'language-switch');
    assert.equal(await page.locator('#language-switch').textContent(), 'Nederlands');
    await accessible(page, 'en: start');

    await page.reload();
    await page.locator('#results-heading').filter({ hasText: /./ }).waitFor();
    await pickMarfanWithTheKeyboard(page, 'en');
    await page.keyboard.press('Enter');
    await page.locator('#results-heading', { hasText: 'Expertise centres for Marfan syndrome' }).waitFor();
    const api = await apiJson('/v1/expertise-centres?orphaCode=558&pageSize=10', 'en');
    assert.match(await page.locator('#result-list > li.card').first().textContent(), new RegExp(escape(api.items[0].matches[0].explanation)));
    assert.match(new URL(page.url()).search, /lang=en/);
    await accessible(page, 'en: results');
    await shot(page, 'results-en.png');

    await page.locator('#result-list h3 a').first().click();
    await page.locator('#centre-view table').waitFor();
    assert.match(await page.locator('#centre-view').textContent(), /Recognised until/);
    await accessible(page, 'en: centre');
    await shot(page, 'centre-en.png');
    // and back to Dutch on the centre page
    await page.locator('#language-switch').click();
    await page.locator('#centre-view', { hasText: 'Erkend tot' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  });

  test('a shared URL restores the whole state', async (t) => {
    // a network and a province that a Marfan centre has, so the filtered state is not empty
    const centre = (await apiJson('/v1/expertise-centres?orphaCode=558&pageSize=1', 'en')).items[0];
    const ern = centre.europeanReferenceNetworks[0].code;
    const province = centre.leadingInstitution.province;
    const page = await open(t);
    await page.goto(`${BASE_URL}/?lang=en&orphaCode=558&ern=${ern}&province=${encodeURIComponent(province)}`);
    await page.locator('#results-heading', { hasText: 'Marfan syndrome' }).waitFor();
    assert.equal(await page.inputValue('#condition'), 'Marfan syndrome');
    assert.equal(await page.inputValue('#ern'), ern);
    assert.equal(await page.inputValue('#province'), province);
    const api = await apiJson(`/v1/expertise-centres?orphaCode=558&ern=${ern}&province=${encodeURIComponent(province)}&pageSize=10`, 'en');
    assert.ok(api.items.length > 0);
    assert.deepEqual(await page.locator('#result-list h3').allTextContents(), api.items.map((c) => c.name));
    await accessible(page, 'en: filtered results');
  });

  test('free text without a suggestion, and an inactive code redirected to its successor', async (t) => {
    const page = await open(t);
    await page.goto(`${BASE_URL}/`);
    await page.locator('#results-heading').filter({ hasText: /./ }).waitFor();
    await page.focus('#condition');
    await page.keyboard.type('mucoviscidose', { delay: 20 });
    await page.locator('#condition-listbox [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=mucoviscidose/);
    await page.locator('#results-heading', { hasText: 'mucoviscidose' }).waitFor();
    const api = await apiJson('/v1/expertise-centres?q=mucoviscidose&pageSize=10', 'nl');
    assert.ok(api.items.length > 0, 'the register has a centre for cystic fibrosis');
    assert.deepEqual(await page.locator('#result-list h3').allTextContents(), api.items.map((c) => c.name));
    await accessible(page, 'nl: free text');

    const inactive = await apiJson('/v1/expertise-centres?orphaCode=34', 'nl');
    const redirect = inactive.searchedConditions.find((s) => s.redirectedFrom);
    assert.ok(redirect, 'ORPHA:34 is redirected');
    await page.goto(`${BASE_URL}/?orphaCode=34`);
    const note = page.locator('#searched .redirect');
    await note.waitFor();
    assert.match(await note.textContent(), new RegExp(`${escape(redirect.redirectedFrom.id)}.*${escape(redirect.condition.id)}`));
    await accessible(page, 'nl: redirected code');
  });

  test('filters for network and province, applied with the keyboard', async (t) => {
    const page = await open(t);
    await page.goto(`${BASE_URL}/`);
    await page.locator('#results-heading').filter({ hasText: /./ }).waitFor();
    await page.locator('#province option[value="Limburg"]').waitFor({ state: 'attached' });
    await page.selectOption('#province', 'Limburg');
    await page.focus('#search-button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/province=Limburg/);
    // The list of the unfiltered page stays until the filtered answer replaces it: wait for that answer, not for any
    // summary (under load the old one was read; a filter that is never applied still fails here, by timeout).
    await page.waitForFunction(() => {
      const where = [...document.querySelectorAll('#result-list .where')];
      return where.length > 0 && where.every((w) => w.textContent.includes('Limburg'));
    });
    const provinces = await page.locator('#result-list .where').allTextContents();
    assert.ok(provinces.length > 0);
    for (const where of provinces) {
      assert.match(where, /Limburg/);
    }
    await accessible(page, 'nl: province filter');
  });

  test('near me: by the browser location, only on request, and by a chosen town', async (t) => {
    const page = await open(t, { geolocation: MAASTRICHT, permissions: ['geolocation'] });
    await page.goto(`${BASE_URL}/?orphaCode=558`);
    await page.locator('#results-heading', { hasText: 'Marfan' }).waitFor();
    assert.doesNotMatch(page.url(), /near=/, 'no location without asking');
    await page.locator('#near-me').click();
    await page.waitForURL(/near=50\.85%2C5\.69|near=50\.85,5\.69/);
    await page.locator('#searched .summary', { hasText: 'uw locatie' }).waitFor();
    const api = await apiJson('/v1/expertise-centres?orphaCode=558&near=50.85,5.69&pageSize=10', 'nl');
    assert.deepEqual(await page.locator('#result-list h3').allTextContents(), api.items.map((c) => c.name));
    await accessible(page, 'nl: near me');

    await page.locator('#from-city option[value="Groningen"]').waitFor({ state: 'attached' });
    await page.selectOption('#from-city', 'Groningen');
    await page.locator('#search-button').click();
    await page.waitForURL(/from=Groningen/);
    await page.locator('#searched .summary', { hasText: 'Groningen' }).waitFor();
    const near = new URL(page.url()).searchParams.get('near');
    assert.match(near, /^53\.\d+,6\.\d+$/);
    const fromGroningen = await apiJson(`/v1/expertise-centres?orphaCode=558&near=${near}&pageSize=10`, 'nl');
    assert.deepEqual(await page.locator('#result-list h3').allTextContents(), fromGroningen.items.map((c) => c.name));
    await accessible(page, 'nl: near a town');
  });

  test('phone width: no horizontal scrolling, the same search works', async (t) => {
    const page = await open(t, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(`${BASE_URL}/`);
    await page.locator('#results-heading').filter({ hasText: /./ }).waitFor();
    await noHorizontalScroll(page, 'phone: start');
    await pickMarfanWithTheKeyboard(page, 'phone');
    await noHorizontalScroll(page, 'phone: suggestions');
    await page.keyboard.press('Enter');
    await page.locator('#results-heading', { hasText: 'Syndroom van Marfan' }).waitFor();
    await noHorizontalScroll(page, 'phone: results');
    await accessible(page, 'phone: results');
    await shot(page, 'results-phone.png');
    await page.locator('#result-list h3 a').first().click();
    await page.locator('#centre-view table').waitFor();
    await noHorizontalScroll(page, 'phone: centre');
    await accessible(page, 'phone: centre');
    await shot(page, 'centre-phone.png');
  });

  test('200 % zoom: a 1280 px window at twice the size has no horizontal scrolling', async (t) => {
    const page = await open(t, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await page.goto(`${BASE_URL}/?orphaCode=558`);
    await page.locator('#result-list h3 a').first().waitFor();
    await noHorizontalScroll(page, 'zoom: results');
    await page.locator('#result-list h3 a').first().click();
    await page.locator('#centre-view table').waitFor();
    await noHorizontalScroll(page, 'zoom: centre');
  });

  test('the accessibility statement in Dutch and English', async (t) => {
    const page = await open(t);
    await page.goto(`${BASE_URL}/`);
    await page.locator('#statement-link').click();
    await page.waitForURL(/toegankelijkheid\.html/);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.equal(await page.locator('h1').textContent(), 'Toegankelijkheidsverklaring');
    await accessible(page, 'statement nl');
    await page.locator('a[hreflang="en"]').click();
    await page.waitForURL(/accessibility\.html/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('h1').textContent(), 'Accessibility statement');
    await accessible(page, 'statement en');
  });
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
