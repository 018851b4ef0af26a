'use strict';
const https = require('https');

function getJson(url) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { accept: 'application/vnd.npm.install-v1+json' } }, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => { try { resolve(JSON.parse(d)); } catch (e) { reject(e); } });
    }).on('error', reject);
  });
}

async function latest(registry, name) {
  const meta = await getJson(`${registry.replace(/\/$/, '')}/${name.replace('/', '%2f')}`);
  return meta['dist-tags'] && meta['dist-tags'].latest;
}

function cmp(a, b) {
  const pa = String(a).split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = String(b).split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

module.exports = { latest, cmp, getJson };
