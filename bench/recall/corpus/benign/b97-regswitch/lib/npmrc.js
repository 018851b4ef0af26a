'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const BUILTIN = {
  npm: 'https://registry.npmjs.org/',
  yarn: 'https://registry.yarnpkg.com/',
  npmmirror: 'https://registry.npmmirror.com/',
  github: 'https://npm.pkg.github.com/'
};

const userRc = () => path.join(os.homedir(), '.npmrc');
const customFile = () => path.join(os.homedir(), '.config', 'regswitch.json');

function registries() {
  let custom = {};
  try { custom = JSON.parse(fs.readFileSync(customFile(), 'utf8')); } catch (_) {}
  return { ...BUILTIN, ...custom };
}

function addCustom(name, url) {
  const u = new URL(url);
  if (u.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(u.hostname)) {
    throw new Error('only https registries (or localhost) are accepted');
  }
  let custom = {};
  try { custom = JSON.parse(fs.readFileSync(customFile(), 'utf8')); } catch (_) {}
  custom[name] = u.href.endsWith('/') ? u.href : u.href + '/';
  fs.mkdirSync(path.dirname(customFile()), { recursive: true });
  fs.writeFileSync(customFile(), JSON.stringify(custom, null, 2) + '\n');
  return custom[name];
}

function current(file = userRc()) {
  try {
    const m = /^\s*registry\s*=\s*(\S+)\s*$/m.exec(fs.readFileSync(file, 'utf8'));
    return m ? m[1] : null;
  } catch (_) {
    return null;
  }
}

function setRegistry(url, file = userRc()) {
  let text = '';
  try { text = fs.readFileSync(file, 'utf8'); } catch (_) {}
  const line = `registry=${url}`;
  const next = /^\s*registry\s*=.*$/m.test(text)
    ? text.replace(/^\s*registry\s*=.*$/m, line)
    : (text && !text.endsWith('\n') ? text + '\n' : text) + line + '\n';
  if (text) fs.copyFileSync(file, file + '.regswitch.bak');
  fs.writeFileSync(file, next, { mode: 0o600 });
  return { file, before: current(file + '.regswitch.bak'), after: url };
}

module.exports = { registries, addCustom, current, setRegistry, userRc };
