// Calls the API the way a front-end on another origin does, from a real browser: opens
// <page-url> in Debian's chromium and, from that page, fetch()es <api-url>. Prints one JSON
// object with what the page's script could read; tests/api/browser.rs asserts on it.
//
// Usage: node tests/browser/cors.mjs <page-url> <api-url> <fixture-json>
// The fixture names the organisation, a chapter, an org admin's e-mail and password, an
// account to throttle with its login limit, and a page on an origin the API does not allow.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

const [pageUrl, apiUrl, fixtureJson] = process.argv.slice(2);
if (!pageUrl || !apiUrl || !fixtureJson) {
  console.error('usage: node tests/browser/cors.mjs <page-url> <api-url> <fixture-json>');
  process.exit(2);
}
const fixture = JSON.parse(fixtureJson);

// Runs inside the page. Each call answers what the page's script sees: the status, the headers
// it is allowed to read and the body, or `withheld` when the browser hid the answer from it.
async function frontEnd({ api, org, chapter, email, password, throttledEmail, loginLimit }) {
  const call = async (method, path, { token, headers = {}, body } = {}) => {
    const init = { method, headers: { ...headers } };
    if (token) init.headers.authorization = `Bearer ${token}`;
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let res;
    try {
      res = await fetch(api + path, init);
    } catch (err) {
      return { withheld: String(err) };
    }
    const text = await res.text();
    let parsed = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // CSV and empty bodies stay text.
    }
    const read = (name) => res.headers.get(name);
    return {
      status: res.status,
      etag: read('etag'),
      retry_after: read('retry-after'),
      request_id: read('x-request-id'),
      content_disposition: read('content-disposition'),
      content_language: read('content-language'),
      body: parsed,
    };
  };

  const out = {};
  out.unauthenticated = await call('GET', '/api/v1/me');
  const login = await call('POST', '/api/v1/auth/login', { body: { email, password } });
  out.login = { status: login.status, withheld: login.withheld };
  const token = login.body?.access_token;

  out.org = await call('GET', `/api/v1/orgs/${org}`, { token, headers: { 'x-request-id': 'browser-trace-1' } });
  const rename = { name: 'Renamed in a browser' };
  out.stale = await call('PATCH', `/api/v1/orgs/${org}`, { token, headers: { 'if-match': '"999"' }, body: rename });
  out.edit = await call('PATCH', `/api/v1/orgs/${org}`, { token, headers: { 'if-match': out.org.etag }, body: rename });
  out.csv = await call('GET', `/api/v1/chapters/${chapter}/aggregates?format=csv`, { token });

  const form = await call('GET', `/api/v1/public/orgs/${org}/signup-form?lang=nb`);
  const signup = {
    given_name: 'Kari',
    family_name: 'Nordmann',
    email: 'kari@example.no',
    chapter_id: chapter,
    language: 'nb',
    consent: true,
    consent_version: form.body?.consent?.version,
  };
  const signupPath = `/api/v1/public/orgs/${org}/signups`;
  const headers = { 'idempotency-key': 'browser-submission-1', 'accept-language': 'nb' };
  out.invalid = await call('POST', signupPath, {
    headers: { 'idempotency-key': 'browser-submission-0', 'accept-language': 'nb' },
    body: { ...signup, email: 'not an address' },
  });
  out.signup = await call('POST', signupPath, { headers, body: signup });

  out.failed_logins = [];
  for (let i = 0; i < loginLimit; i++) {
    const failed = await call('POST', '/api/v1/auth/login', { body: { email: throttledEmail, password: 'wrong' } });
    out.failed_logins.push(failed.status ?? failed.withheld);
  }
  out.throttled = await call('POST', '/api/v1/auth/login', { body: { email: throttledEmail, password: 'wrong' } });
  return out;
}

// Runs inside the page on the origin the API does not allow: the browser must hide the answer.
async function foreignFrontEnd({ api }) {
  try {
    const res = await fetch(`${api}/health/live`);
    return `read ${res.status}`;
  } catch {
    return 'withheld';
  }
}

const profile = await mkdtemp(join(tmpdir(), 'fellesskap-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pageUrl, { waitUntil: 'load' });
  const results = await page.evaluate(frontEnd, { api: apiUrl, ...fixture });
  const foreign = await context.newPage();
  await foreign.goto(fixture.foreignPage, { waitUntil: 'load' });
  results.foreign = await foreign.evaluate(foreignFrontEnd, { api: apiUrl });
  results.page_origin = await page.evaluate(() => window.location.origin);
  process.stdout.write(`${JSON.stringify(results)}\n`);
} finally {
  await context?.close();
  await rm(profile, { recursive: true, force: true });
}
