import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright';

const { SITE_URL, SITE_USER, SITE_PASS, SITE_TOTP_CMD } = process.env;
const missing = ['SITE_URL', 'SITE_USER', 'SITE_PASS'].filter((k) => !process.env[k]);
if (missing.length) {
  console.error(`missing env: ${missing.join(', ')}`);
  process.exit(2);
}

const target = new URL(SITE_URL);
const sel = {
  user: process.env.LOGIN_USER_SELECTOR || 'input[type=email], input[name=username], input[name=email], #username',
  pass: process.env.LOGIN_PASS_SELECTOR || 'input[type=password]',
  submit: process.env.LOGIN_SUBMIT_SELECTOR || 'button[type=submit], input[type=submit]',
  otp: process.env.LOGIN_OTP_SELECTOR || 'input[autocomplete=one-time-code], input[name=otp], input[name=code]',
};

const browser = await chromium.launch({ headless: true });
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(target.href, { waitUntil: 'domcontentloaded' });

  const loginHost = new URL(page.url()).hostname;
  if (!loginHost.endsWith(target.hostname.replace(/^www\./, ''))) {
    throw new Error(`login page is on unexpected host ${loginHost}; stopping`);
  }

  await page.fill(sel.user, SITE_USER);
  await page.fill(sel.pass, SITE_PASS);
  await Promise.all([page.waitForLoadState('networkidle'), page.click(sel.submit)]);

  if (SITE_TOTP_CMD && (await page.locator(sel.otp).count())) {
    const code = execFileSync('/bin/sh', ['-c', SITE_TOTP_CMD]).toString().trim();
    await page.fill(sel.otp, code);
    await Promise.all([page.waitForLoadState('networkidle'), page.keyboard.press('Enter')]);
  }

  if (await page.locator(sel.pass).count()) throw new Error('still on login form; check credentials or selectors');

  const dir = path.resolve('.auth');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const out = path.join(dir, `${target.hostname}.json`);
  await context.storageState({ path: out });
  fs.chmodSync(out, 0o600);
  console.log(JSON.stringify({ ok: true, url: page.url(), title: await page.title(), session: out }));
} catch (e) {
  console.error(`login failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
