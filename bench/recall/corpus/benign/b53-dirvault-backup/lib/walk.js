'use strict';
const fs = require('fs');
const path = require('path');

const SECRET_NAMES = [/^\.env(\..*)?$/, /^id_(rsa|ed25519|ecdsa)$/, /\.pem$/, /\.key$/, /^\.npmrc$/, /^\.netrc$/, /^credentials$/];

function globToRe(g) { return new RegExp('^' + g.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$'); }

function walk(root, { exclude = [], includeSecrets = false } = {}) {
  const ex = exclude.map(globToRe);
  const files = [];
  const skippedSecrets = [];
  let bytes = 0;
  (function rec(dir) {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      if (ex.some((re) => re.test(d.name))) continue;
      const p = path.join(dir, d.name);
      if (d.isSymbolicLink()) continue;
      if (d.isDirectory()) { rec(p); continue; }
      if (!d.isFile()) continue;
      if (!includeSecrets && SECRET_NAMES.some((re) => re.test(d.name))) { skippedSecrets.push(path.relative(root, p)); continue; }
      files.push(path.relative(root, p));
      bytes += fs.statSync(p).size;
    }
  })(root);
  return { files, bytes, skippedSecrets };
}

module.exports = { walk };
