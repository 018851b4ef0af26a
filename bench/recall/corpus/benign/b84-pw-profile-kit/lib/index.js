'use strict';
const fs = require('fs');
const path = require('path');
const { baseDir, profileDir } = require('./paths');

function pw() {
  try { return require('playwright'); } catch (_) {
    throw new Error('pw-profile-kit needs playwright: npm i -D playwright && npx playwright install chromium');
  }
}

async function open(name, { browser = 'chromium', headless = true, ...launch } = {}) {
  const dir = profileDir(name);
  fs.mkdirSync(dir, { recursive: true });
  const ctx = await pw()[browser].launchPersistentContext(dir, { headless, ...launch });
  fs.writeFileSync(path.join(dir, '.pwpk.json'), JSON.stringify({ name, browser, lastUsed: new Date().toISOString() }));
  return ctx;
}

function list() {
  const root = path.join(baseDir(), 'profiles');
  let names = [];
  try { names = fs.readdirSync(root); } catch (_) { return []; }
  return names.map((n) => {
    let meta = {};
    try { meta = JSON.parse(fs.readFileSync(path.join(root, n, '.pwpk.json'), 'utf8')); } catch (_) {}
    return { name: n, dir: path.join(root, n), ...meta };
  });
}

// Save cookies + localStorage of one of *our* profiles to a file the caller chooses,
// e.g. to seed a CI job. The file contains live session cookies: treat it like a password.
async function exportState(name, file) {
  const ctx = await open(name);
  try {
    const state = await ctx.storageState();
    fs.writeFileSync(file, JSON.stringify(state, null, 2), { mode: 0o600 });
    return { file, cookies: state.cookies.length, origins: state.origins.length };
  } finally {
    await ctx.close();
  }
}

async function importState(name, file) {
  const state = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ctx = await open(name);
  try {
    await ctx.addCookies(state.cookies || []);
    for (const o of state.origins || []) {
      const page = await ctx.newPage();
      await page.goto(o.origin);
      await page.evaluate((items) => { for (const { name: k, value } of items) localStorage.setItem(k, value); }, o.localStorage || []);
      await page.close();
    }
  } finally {
    await ctx.close();
  }
}

function remove(name) {
  fs.rmSync(profileDir(name), { recursive: true, force: true });
}

module.exports = { open, list, exportState, importState, remove, profileDir, baseDir };
