'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Readable } = require('stream');
const { pipeline } = require('stream/promises');
const tar = require('tar');

const REPO = 'skillkit-dev/skills';
const DEFAULT_REF = '3d9b1f07c2a84e6f95d0b1c7e4a2f8d6b0c3e951';
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

function stateDir() { return process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'); }

function targetRoot(opts) {
  if (!opts.workspace) return path.join(stateDir(), 'skills');
  let ws = path.join(stateDir(), 'workspace');
  try {
    const cfg = JSON.parse(fs.readFileSync(path.join(stateDir(), 'openclaw.json'), 'utf8'));
    ws = cfg?.agents?.defaults?.workspace?.replace(/^~/, os.homedir()) || ws;
  } catch { /* default */ }
  return path.join(ws, 'skills');
}

async function getJson(url) {
  const r = await fetch(url, { headers: { 'user-agent': 'skillkit-cli' } });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

async function index(ref) {
  if (!/^[0-9a-f]{40}$/.test(ref)) throw new Error('--ref must be a full commit SHA');
  return getJson(`https://raw.githubusercontent.com/${REPO}/${ref}/index.json`);
}

function sha256Dir(dir) {
  const h = crypto.createHash('sha256');
  const walk = (d) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = fs.lstatSync(p);
      if (st.isSymbolicLink()) throw new Error(`symlink not allowed in skill: ${name}`);
      if (st.isDirectory()) walk(p);
      else { h.update(path.relative(dir, p).split(path.sep).join('/')); h.update('\0'); h.update(fs.readFileSync(p)); }
    }
  };
  walk(dir);
  return h.digest('hex');
}

async function fetchSkill(ref, slug, entry) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillkit-'));
  const url = `https://codeload.github.com/${REPO}/tar.gz/${ref}`;
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  const prefix = `skills-${ref}/skills/${slug}/`;
  await pipeline(Readable.fromWeb(r.body), tar.x({
    cwd: tmp,
    strip: 3,
    filter: (p, e) => p.startsWith(prefix) && e.type !== 'SymbolicLink' && e.type !== 'Link',
  }));
  const got = sha256Dir(tmp);
  if (got !== entry.sha256) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`checksum mismatch for ${slug}: index ${entry.sha256}, got ${got}`);
  }
  return tmp;
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => { for (const n of fs.readdirSync(d)) { const p = path.join(d, n); fs.statSync(p).isDirectory() ? walk(p) : out.push(path.relative(dir, p)); } };
  walk(dir);
  return out;
}

async function add(slug, opts, confirm) {
  if (!SLUG.test(slug)) throw new Error(`invalid skill name ${slug}`);
  const ref = opts.ref || DEFAULT_REF;
  const idx = await index(ref);
  const entry = idx.skills && idx.skills[slug];
  if (!entry) throw new Error(`no skill named ${slug} in ${REPO}@${ref.slice(0, 7)}`);
  const tmp = await fetchSkill(ref, slug, entry);
  try {
    const dest = path.join(targetRoot(opts), slug);
    console.log(`\n${slug} ${entry.version} from github.com/${REPO}@${ref.slice(0, 7)} (sha256 ok)`);
    console.log(`files: ${listFiles(tmp).join(', ')}`);
    console.log('\n--- SKILL.md ---\n' + fs.readFileSync(path.join(tmp, 'SKILL.md'), 'utf8') + '\n--- end ---\n');
    if (fs.existsSync(dest) && !opts.force) throw new Error(`${dest} exists (use --force to replace)`);
    if (!(await confirm(`Install into ${dest}?`))) { console.log('cancelled'); return; }
    fs.rmSync(dest, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.cpSync(tmp, dest, { recursive: true });
    fs.writeFileSync(path.join(dest, '.skillkit.json'), JSON.stringify({ slug, version: entry.version, ref, sha256: entry.sha256 }, null, 2));
    console.log(`installed ${slug} → ${dest}\nStart a new session (/new) for the agent to pick it up.`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function installed(opts) {
  const root = targetRoot(opts);
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root).flatMap((n) => {
    try { return [JSON.parse(fs.readFileSync(path.join(root, n, '.skillkit.json'), 'utf8'))]; } catch { return []; }
  });
}

function remove(slug, opts) {
  if (!SLUG.test(slug)) throw new Error(`invalid skill name ${slug}`);
  const dest = path.join(targetRoot(opts), slug);
  if (!fs.existsSync(path.join(dest, '.skillkit.json'))) throw new Error(`${slug} was not installed by skillkit; not removing`);
  fs.rmSync(dest, { recursive: true, force: true });
  console.log(`removed ${dest}`);
}

module.exports = { add, index, installed, remove, DEFAULT_REF, REPO };
