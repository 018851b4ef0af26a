'use strict';
// Runs in a detached child process so the CLI that uses pkg-freshness never waits
// on the network. It only reads the "latest" dist-tag and stores it for next run.
const https = require('https');
const Store = require('./lib/store');
const { registryUrl, authFor } = require('./lib/npmrc');

const options = JSON.parse(process.argv[2]);
const store = new Store(`update-notifier-${options.pkg.name}`);

function getJSON(url, headers) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { headers, timeout: 10000 }, (res) => {
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode}`)); }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => { try { resolve(JSON.parse(body)); } catch (e) { reject(e); } });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

(async () => {
  // Exit process when offline
  setTimeout(process.exit, 1000 * 30);
  const registry = registryUrl(options.pkg.name);
  const headers = { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' };
  const auth = authFor(registry);
  if (auth) headers.authorization = auth;
  const encoded = options.pkg.name.replace('/', '%2F');
  const tags = await getJSON(`${registry}-/package/${encoded}/dist-tags`, headers);
  const latest = tags[options.distTag || 'latest'];
  if (typeof latest !== 'string') throw new Error('no such dist-tag');
  store.set('lastUpdateCheck', Date.now());
  store.set('update', { latest, current: options.pkg.version, name: options.pkg.name });
  process.exit(0);
})().catch(() => process.exit(1));
