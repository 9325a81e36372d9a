// Uses the served pages as people do, in Debian's chromium: signs up, confirms from the e-mailed
// link, asks for one's data and erases it, with the keyboard alone, at 320 px, with JavaScript
// off, in bokmål, English and Arabic; runs axe-core on every page it sees and keeps a screenshot
// of each. Prints one JSON object of what it saw; tests/api/browser_pages.rs asserts on it and
// runs the steps in order, reading the e-mails at the SMTP sink between them.
//
// Usage: node tests/browser/pages.mjs <step> <base-url> <fixture-json> <screenshot-dir>
// Steps: signup, confirm, rights, embed, talk.

import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

const [step, base, fixtureJson, shots] = process.argv.slice(2);
if (!step || !base || !fixtureJson || !shots) {
  console.error('usage: node tests/browser/pages.mjs <step> <base-url> <fixture-json> <screenshot-dir>');
  process.exit(2);
}
const fixture = JSON.parse(fixtureJson);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const seen = { axe: {}, screenshots: [] };

// axe-core's WCAG 2.1 A and AA rules on the page as it is now; the violations, by rule and node.
async function audit(page, name) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG);
  seen.axe[name] = violations;
  await shot(page, name);
}

async function shot(page, name) {
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  seen.screenshots.push(path);
}

// Tabs from where focus is until it reaches `id`; fails rather than clicks when it never does.
async function tabTo(page, id) {
  for (let presses = 0; presses < 40; presses += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the keyboard never reached #${id}`);
}

async function signupStep(browser) {
  const { org, nb, ar } = fixture;
  // Bokmål, with the script: errors beside their fields without a reload, then the keyboard only.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/join/${org}?lang=nb`);
  await audit(page, 'join-nb');
  await page.evaluate(() => { window.notReloaded = true; });
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-summary]:not([hidden]) li');
  seen.nb_errors = {
    not_reloaded: await page.evaluate(() => window.notReloaded === true),
    summary_links: await page.$$eval('[data-summary] a', (links) => links.map((a) => a.getAttribute('href'))),
    given_name: await page.textContent('#f-given_name-error'),
    invalid: await page.getAttribute('#f-given_name', 'aria-invalid'),
    focused: await page.evaluate(() => document.activeElement?.hasAttribute('data-summary')),
  };
  await page.click('[data-summary] a[href="#f-given_name"]');
  seen.nb_errors.link_focuses = await page.evaluate(() => document.activeElement?.id);
  await audit(page, 'join-nb-errors');

  await page.goto(`${base}/join/${org}?lang=nb`);
  await page.keyboard.press('Tab');
  seen.first_tab = await page.evaluate(() => document.activeElement?.className);
  await tabTo(page, 'f-given_name');
  await page.keyboard.type(nb.given_name);
  await tabTo(page, 'f-family_name');
  await page.keyboard.type(nb.family_name);
  await tabTo(page, 'f-email');
  await page.keyboard.type(nb.email);
  await tabTo(page, 'f-chapter_id');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'f-consent');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  seen.after_consent = await page.evaluate(() => document.activeElement?.tagName);
  await Promise.all([page.waitForURL(/\/thanks/), page.keyboard.press('Enter')]);
  seen.nb_thanks = { url: new URL(page.url()).pathname + new URL(page.url()).search, text: await page.textContent('main') };
  await audit(page, 'thanks-nb');
  await context.close();

  // Arabic on a phone, 320 px wide: right to left, nothing to scroll sideways, axe clean.
  const phone = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 640 }, isMobile: true });
  const narrow = await phone.newPage();
  await narrow.goto(`${base}/join/${org}?lang=ar`);
  seen.ar_layout = await narrow.evaluate(() => ({
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  await audit(narrow, 'join-ar-320px');
  await phone.close();

  // Twice the text size, as a reader's 200 % zoom gives it: still one column, nothing cut off.
  const zoomed = await browser.newContext({ bypassCSP: true, viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
  const large = await zoomed.newPage();
  await large.goto(`${base}/join/${org}?lang=en`);
  await large.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  seen.zoom_overflow = await large.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await audit(large, 'join-en-200pct');
  await zoomed.close();

  // Arabic with JavaScript off: a plain post, its errors in Arabic on the page it answers with.
  const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const off = await plain.newPage();
  await off.goto(`${base}/join/${org}?lang=ar`);
  await off.click('button[type=submit]');
  await off.waitForLoadState();
  const refused = await off.content();
  seen.ar_refused = {
    rtl: refused.includes('dir="rtl"'),
    summary_links: [...refused.matchAll(/<li><a href="(#f-[a-z_]+)">/g)].map((m) => m[1]),
    given_name: (refused.match(/id="f-given_name-error"[^>]*>([^<]*)</) ?? [])[1],
  };
  await shot(off, 'join-ar-nojs-errors');
  await off.fill('#f-given_name', ar.given_name);
  await off.fill('#f-family_name', ar.family_name);
  await off.fill('#f-email', ar.email);
  await off.selectOption('#f-chapter_id', { index: 1 });
  await off.check('#f-consent');
  await Promise.all([off.waitForURL(/\/thanks/), off.click('button[type=submit]')]);
  seen.ar_thanks = { url: new URL(off.url()).pathname + new URL(off.url()).search, text: await off.textContent('main') };
  await shot(off, 'thanks-ar-nojs');
  await plain.close();
}

async function confirmStep(browser) {
  const { links, org, exportEmail, eraseEmail } = fixture;
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  seen.confirmed = [];
  for (const [name, link] of Object.entries(links)) {
    await page.goto(link);
    seen[`confirm_${name}_fragment`] = new URL(page.url()).hash;
    await audit(page, `confirm-${name}`);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    seen.confirmed.push(await page.textContent('main'));
    await audit(page, `confirmed-${name}`);
  }
  for (const [email, purpose, lang] of [[exportEmail, 'export', 'en'], [eraseEmail, 'erase', 'ar']]) {
    await page.goto(`${base}/my-data?org=${org}&lang=${lang}`);
    await audit(page, `my-data-${lang}`);
    await page.fill('#f-email', email);
    await page.check(`#f-purpose-${purpose}`);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    seen[`asked_${purpose}`] = await page.textContent('main');
  }
  await context.close();
}

async function rightsStep(browser) {
  const { exportLink, eraseLink } = fixture;
  const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(exportLink);
  await audit(page, 'export-link-en');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  await audit(page, 'export-shown-en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download]')]);
  seen.download = { name: download.suggestedFilename(), body: await readFile(await download.path(), 'utf8') };

  await page.goto(eraseLink);
  await audit(page, 'erase-link-ar');
  await page.check('#f-understood');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  seen.erased = await page.textContent('main');
  await audit(page, 'erased-ar');
  await context.close();
}

// Asking for a peer conversation in Arabic on a phone, with the script: every choice made, sent
// to the API by the script, then the thank-you page; axe-core clean on both.
async function talkStep(browser) {
  const { org, phone } = fixture;
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 640 }, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${base}/talk/${org}?lang=ar`);
  seen.talk_layout = await page.evaluate(() => ({
    dir: document.documentElement.dir,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  await audit(page, 'talk-ar-320px');
  for (const select of ['chapter_id', 'relation', 'age_group', 'channel']) {
    await page.selectOption(`#f-${select}`, { index: 1 });
  }
  await page.fill('#f-phone', phone);
  await page.check('#f-consent');
  await Promise.all([page.waitForURL(/\/thanks/), page.click('button[type=submit]')]);
  seen.talk_thanks = { url: new URL(page.url()).pathname + new URL(page.url()).search, text: await page.textContent('main') };
  await audit(page, 'talk-thanks-ar');
  await context.close();
}

// The organisation's own site frames its sign-up form; a site it has not allowed cannot.
async function embedStep(browser) {
  const { allowedPage, foreignPage, title } = fixture;
  const context = await browser.newContext();
  const page = await context.newPage();
  const framed = async (url) => {
    await page.goto(url);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForLoadState();
    try {
      return await frame.evaluate(() => document.querySelector('h1')?.textContent ?? null);
    } catch {
      return null;
    }
  };
  seen.embedded = await framed(allowedPage);
  await shot(page, 'embedded-allowed');
  seen.foreign = await framed(foreignPage);
  seen.expected_title = title;
  await context.close();
}

const profile = await mkdtemp(join(tmpdir(), 'fellesskap-pages-'));
await mkdir(shots, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, downloadsPath: profile });
try {
  const steps = { signup: signupStep, confirm: confirmStep, rights: rightsStep, embed: embedStep, talk: talkStep };
  if (!steps[step]) throw new Error(`unknown step ${step}`);
  await steps[step](browser);
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
  await rm(profile, { recursive: true, force: true });
}
