#!/usr/bin/env node
// Fill a login form using credentials from the user's Bitwarden vault.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';

const { values: opts } = parseArgs({
  options: {
    item: { type: 'string' },
    url: { type: 'string' },
    profile: { type: 'string' },
    'cdp-port': { type: 'string', default: '9333' },
  },
});
if (!opts.item) { console.error('--item "<Bitwarden item name>" is required'); process.exit(64); }
if (!process.env.BW_SESSION) { console.error('Vault locked. Ask the user to run: export BW_SESSION=$(bw unlock --raw)'); process.exit(2); }

function bw(...args) {
  return execFileSync('bw', [...args, '--nointeraction'], { encoding: 'utf8', env: process.env }).trim();
}

const matches = JSON.parse(bw('list', 'items', '--search', opts.item))
  .filter(i => i.type === 1 && i.name.toLowerCase() === opts.item.toLowerCase());
if (matches.length !== 1) {
  console.error(`Expected exactly one login item named "${opts.item}", found ${matches.length}. Ask the user to be more specific.`);
  process.exit(1);
}
const item = matches[0];
const allowed = (item.login.uris || []).map(u => { try { return new URL(u.uri).origin; } catch { return null; } }).filter(Boolean);
const startUrl = opts.url || (item.login.uris?.[0]?.uri);
if (!startUrl) { console.error('Item has no URI; pass --url'); process.exit(1); }
if (!allowed.includes(new URL(startUrl).origin)) {
  console.error(`Refusing: ${new URL(startUrl).origin} is not one of the item's saved sites (${allowed.join(', ')})`);
  process.exit(1);
}

const profile = opts.profile || mkdtempSync(join(tmpdir(), 'oc-login-'));
const ctx = await chromium.launchPersistentContext(profile, {
  headless: false,
  args: [`--remote-debugging-port=${opts['cdp-port']}`],
});
const page = ctx.pages()[0] || await ctx.newPage();
await page.goto(startUrl, { waitUntil: 'domcontentloaded' });

function assertOrigin() {
  const origin = new URL(page.url()).origin;
  if (!allowed.includes(origin)) throw new Error(`Page moved to ${origin}; not filling credentials there.`);
}

const userSel = 'input[autocomplete="username"], input[type="email"], input[name*="user" i], input[name*="login" i], input[id*="email" i]';
const passSel = 'input[type="password"]';

assertOrigin();
const userBox = page.locator(userSel).first();
if (await userBox.count()) {
  await userBox.fill(item.login.username || '');
  console.log('filled username');
  if (!(await page.locator(passSel).first().isVisible().catch(() => false))) {
    await userBox.press('Enter');            // two-step login pages
    await page.waitForSelector(passSel, { timeout: 15000 });
  }
}
assertOrigin();
await page.locator(passSel).first().fill(item.login.password || '');
console.log('filled password');
await page.locator(passSel).first().press('Enter');

if (item.login.totp) {
  const otpSel = 'input[autocomplete="one-time-code"], input[name*="otp" i], input[name*="code" i]';
  const otp = await page.waitForSelector(otpSel, { timeout: 10000 }).catch(() => null);
  if (otp) {
    assertOrigin();
    await otp.fill(bw('get', 'totp', item.id));
    await otp.press('Enter');
    console.log('filled totp');
  }
}
item.login.password = undefined;

await page.waitForLoadState('networkidle').catch(() => {});
console.log(`Logged in flow complete at ${new URL(page.url()).origin}. Browser left open; attach via CDP at http://127.0.0.1:${opts['cdp-port']}`);
