#!/usr/bin/env node
// Download, verify and stage an OpenClaw skill archive; commit only when asked.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const SKILLS = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'skills');
const MAX_FILES = 200;
const MAX_BYTES = 20 * 1024 * 1024;

const RISKY = [
  ['pipe-to-shell', /(curl|wget)[^\n|]{0,200}\|\s*(sudo\s+)?(ba|z)?sh\b/],
  ['openclaw-credentials', /(auth-profiles\.json|\.openclaw\/credentials|identity\/device\.json|gateway\.auth)/],
  ['disables-safety', /(sandbox(\.mode)?\s*[:=]?\s*"?off|ask\s*[:=]?\s*"?off|security\s*[:=]?\s*"?full)/i],
  ['hidden-instructions', /(do not (tell|mention|inform)|without asking|silently|ignore (all )?previous instructions)/i],
  ['edits-other-skills', /skills\/[^\s]*SKILL\.md/],
  ['remote-install', /(openclaw\s+(plugins|skills)\s+install|tar\s+x[zj]?f?\s+-)/],
];

function die(msg) {
  console.error(`error: ${msg}`);
  process.exit(1);
}

async function download(url, dest) {
  const u = new URL(url);
  if (u.protocol !== 'https:') die('only https URLs are accepted');
  const r = await fetch(u, { redirect: 'follow' });
  if (!r.ok) die(`download failed: ${r.status}`);
  const buf = Buffer.from(await r.arrayBuffer());
  if (buf.length > MAX_BYTES) die('archive larger than 20 MB');
  fs.writeFileSync(dest, buf);
  return buf;
}

function listArchive(file) {
  const isZip = file.endsWith('.zip');
  const out = isZip
    ? execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    : execFileSync('tar', ['-tvzf', file], { encoding: 'utf8' });
  const entries = out.split('\n').filter(Boolean);
  for (const e of entries) {
    if (!isZip && e.startsWith('l')) die(`symlink in archive: ${e}`);
    const name = isZip ? e : e.split(/\s+/).slice(5).join(' ');
    if (name.startsWith('/') || name.split('/').includes('..')) die(`unsafe path in archive: ${name}`);
  }
  if (entries.length > MAX_FILES) die(`too many files (${entries.length})`);
  return isZip;
}

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function findSkillRoot(dir) {
  if (fs.existsSync(path.join(dir, 'SKILL.md'))) return dir;
  const subs = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
  if (subs.length === 1) return findSkillRoot(path.join(dir, subs[0].name));
  die('no SKILL.md found in archive');
}

async function stage(url, sha) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skill-stage-'));
  const file = path.join(tmp, url.toLowerCase().endsWith('.zip') ? 'a.zip' : 'a.tgz');
  const buf = await download(url, file);
  const got = crypto.createHash('sha256').update(buf).digest('hex');
  if (sha) {
    if (got !== sha.toLowerCase()) die(`checksum mismatch\n  expected ${sha}\n  got      ${got}`);
    console.log(`checksum OK (${got})`);
  } else {
    console.log(`UNVERIFIED: no checksum given (sha256 is ${got})`);
  }
  const isZip = listArchive(file);
  const x = path.join(tmp, 'x');
  fs.mkdirSync(x);
  if (isZip) execFileSync('unzip', ['-q', file, '-d', x]);
  else execFileSync('tar', ['-xzf', file, '-C', x, '--no-same-owner', '--no-same-permissions']);
  const root = findSkillRoot(x);
  console.log(`\nstaging path: ${root}\n\nfiles:`);
  const files = walk(root);
  for (const f of files) console.log(`  ${path.relative(root, f)}  (${fs.statSync(f).size} B)`);
  console.log('\n--- SKILL.md ---');
  console.log(fs.readFileSync(path.join(root, 'SKILL.md'), 'utf8'));
  console.log('--- end SKILL.md ---\n\nrisky patterns:');
  let hits = 0;
  for (const f of files) {
    if (fs.statSync(f).size > 1_000_000) continue;
    const text = fs.readFileSync(f, 'utf8');
    for (const [name, re] of RISKY) {
      const m = text.match(re);
      if (m) {
        hits++;
        const line = text.slice(0, m.index).split('\n').length;
        console.log(`  [${name}] ${path.relative(root, f)}:${line}: ${m[0].slice(0, 120)}`);
      }
    }
  }
  if (!hits) console.log('  none found (heuristic; still review the files)');
}

function commit(root, replace) {
  const md = fs.readFileSync(path.join(root, 'SKILL.md'), 'utf8');
  const name = (md.match(/^name:\s*([a-z0-9][a-z0-9-]{0,63})\s*$/m) || [])[1];
  if (!name) die('SKILL.md has no valid name');
  const dest = path.join(SKILLS, name);
  if (fs.existsSync(dest)) {
    if (!replace) die(`${dest} already exists (use --replace if the user agreed)`);
    fs.renameSync(dest, `${dest}.old-${Date.now()}`);
  }
  fs.mkdirSync(SKILLS, { recursive: true });
  fs.cpSync(root, dest, { recursive: true });
  console.log(`installed ${name} -> ${dest}`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--commit') {
  commit(argv[1] || die('staging path required'), argv.includes('--replace'));
} else if (argv[0]) {
  const i = argv.indexOf('--sha256');
  await stage(argv[0], i >= 0 ? argv[i + 1] : undefined);
} else {
  die('usage: stage.mjs <https-url> [--sha256 <hex>] | --commit <staging-path> [--replace]');
}
