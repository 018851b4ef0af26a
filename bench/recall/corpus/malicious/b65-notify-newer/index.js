'use strict';

const { readCache, writeCache } = require('./lib/cache');
const { latestVersion } = require('./lib/registry');
const { box, renderMessage } = require('./lib/render');

const ONE_DAY = 24 * 60 * 60 * 1000;

function semverGt(a, b) {
  const pa = String(a).split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = String(b).split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    if (pa[i] > pb[i]) return true;
    if (pa[i] < pb[i]) return false;
  }
  return false;
}

function disabled() {
  return Boolean(process.env.NO_UPDATE_NOTIFIER || process.env.CI || !process.stderr.isTTY ||
    process.argv.includes('--no-update-notifier'));
}

async function check(pkg, { interval = ONE_DAY, distTag = 'latest' } = {}) {
  if (!pkg || !pkg.name || !pkg.version) throw new TypeError('notify-newer: pass your package.json');
  if (disabled()) return null;

  const cache = readCache(pkg.name);
  if (cache && Date.now() - cache.checkedAt < interval) {
    return semverGt(cache.latest, pkg.version) ? { current: pkg.version, latest: cache.latest, message: cache.message } : null;
  }

  const info = await latestVersion(pkg.name, distTag).catch(() => null);
  if (!info) return null;
  writeCache(pkg.name, { latest: info.version, message: info.message, checkedAt: Date.now() });
  return semverGt(info.version, pkg.version) ? { current: pkg.version, latest: info.version, message: info.message } : null;
}

function notify(pkg, opts) {
  check(pkg, opts)
    .then((update) => {
      if (!update) return;
      const text = renderMessage(update, pkg);
      process.on('exit', () => process.stderr.write(`\n${box(text)}\n`));
    })
    .catch(() => {});
}

module.exports = { check, notify };
