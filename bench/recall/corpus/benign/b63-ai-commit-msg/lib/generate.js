'use strict';
const { spawnSync } = require('child_process');
const CLIS = require('./clis');

const MAX_DIFF = 60 * 1024;
const EXCLUDE = [':(exclude)package-lock.json', ':(exclude)pnpm-lock.yaml', ':(exclude)yarn.lock', ':(exclude)*.min.js'];

const PROMPT = [
  'Write a git commit message for the diff on stdin.',
  'Format: Conventional Commits. First line "<type>(<optional scope>): <summary>", at most 72 characters, imperative mood.',
  'Then a blank line and up to 5 short bullet points explaining why, only if the change is not trivial.',
  'Add "BREAKING CHANGE: ..." only if a public API is removed or changed incompatibly.',
  'Output only the message, no code fences, no commentary.'
].join(' ');

function which(bin) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [bin], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0].trim() : null;
}

function stagedDiff() {
  const r = spawnSync('git', ['diff', '--cached', '--no-color', '--no-ext-diff', '--', '.', ...EXCLUDE], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr.trim() || 'git diff failed (not a git repository?)');
  let diff = r.stdout;
  if (!diff.trim()) throw new Error('nothing staged; run git add first');
  if (diff.length > MAX_DIFF) diff = diff.slice(0, MAX_DIFF) + '\n[diff truncated]\n';
  return diff;
}

function pickCli(preferred) {
  const order = preferred ? [preferred] : Object.keys(CLIS);
  for (const name of order) {
    if (!CLIS[name]) throw new Error(`unsupported CLI "${name}" (use ${Object.keys(CLIS).join(', ')})`);
    const p = which(name);
    if (p) return { name, path: p };
  }
  throw new Error(`none of ${order.join(', ')} found on PATH`);
}

function generate({ cli } = {}) {
  const diff = stagedDiff();
  const chosen = pickCli(cli);
  const r = spawnSync(chosen.path, CLIS[chosen.name](PROMPT), { input: diff, encoding: 'utf8', timeout: 120000, maxBuffer: 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${chosen.name} failed: ${(r.stderr || '').trim().slice(0, 500)}`);
  const msg = r.stdout.replace(/^```\w*\n?|```$/g, '').trim();
  if (!msg) throw new Error(`${chosen.name} returned an empty message`);
  return { cli: chosen.name, message: msg };
}

module.exports = { generate, stagedDiff, pickCli };
