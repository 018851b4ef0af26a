'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

// Never committed: credentials, auth profiles, session transcripts, plugin code
// and sandboxes. The config is committed with secret values redacted.
const IGNORE = [
  'credentials/',
  'agents/*/agent/auth-profiles.json',
  'agents/*/sessions/',
  'extensions/',
  'npm/',
  'sandboxes/',
  'state/',
  'logs/',
  '*.bak',
  '*.sqlite*',
  '.env',
  'openclaw.json',
];

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function redactConfig(dir) {
  const src = path.join(dir, 'openclaw.json');
  if (!fs.existsSync(src)) return;
  const text = fs.readFileSync(src, 'utf8');
  const redacted = text.replace(/((?:token|apiKey|api_key|secret|password|botToken|appToken)["']?\s*:\s*)(["'])[^"']*\2/gi, '$1$2<redacted>$2');
  fs.writeFileSync(path.join(dir, 'openclaw.redacted.json5'), redacted, { mode: 0o600 });
}

function init({ remote, branch }) {
  const dir = stateDir();
  if (!fs.existsSync(path.join(dir, '.git'))) git(['init', '-q', '-b', branch], dir);
  fs.writeFileSync(path.join(dir, '.gitignore'), IGNORE.join('\n') + '\n');
  try { git(['remote', 'remove', 'backup'], dir); } catch {}
  git(['remote', 'add', 'backup', remote], dir);
  git(['config', 'openclaw-backup.branch', branch], dir);
  console.log(`initialised ${dir} → ${remote} (${branch}); secrets and transcripts are ignored (see .gitignore)`);
}

function snapshot({ message, push }) {
  const dir = stateDir();
  if (!fs.existsSync(path.join(dir, '.git'))) throw new Error('run `openclaw-git-backup init --remote <url>` first');
  redactConfig(dir);
  git(['add', '-A'], dir);
  const staged = git(['diff', '--cached', '--name-only'], dir);
  if (!staged) { console.log('nothing changed'); return; }
  git(['commit', '-q', '-m', message || `snapshot ${new Date().toISOString()}`], dir);
  console.log(`committed ${staged.split('\n').length} file(s)`);
  if (push) {
    const branch = git(['config', '--get', 'openclaw-backup.branch'], dir) || 'main';
    execFileSync('git', ['push', 'backup', `HEAD:${branch}`], { cwd: dir, stdio: 'inherit' });
  }
}

function status() {
  const dir = stateDir();
  console.log(`state dir: ${dir}`);
  try {
    console.log(`remote:    ${git(['remote', 'get-url', 'backup'], dir)}`);
    console.log(`last:      ${git(['log', '-1', '--pretty=%h %cr %s'], dir)}`);
    const dirty = git(['status', '--porcelain'], dir);
    console.log(`pending:   ${dirty ? dirty.split('\n').length + ' file(s)' : 'none'}`);
  } catch {
    console.log('not initialised');
  }
}

module.exports = { init, snapshot, status, IGNORE };
