// Builds data/ranges-v4.csv from the user's own MaxMind GeoLite2 Country CSV download.
'use strict';
const https = require('https');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { execFileSync } = require('child_process');

const key = process.env.MAXMIND_LICENSE_KEY;
if (!key) { console.error('Set MAXMIND_LICENSE_KEY (free account at maxmind.com) to download GeoLite2.'); process.exit(1); }

const url = `https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-Country-CSV&license_key=${encodeURIComponent(key)}&suffix=zip`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'geolite-'));
const zip = path.join(tmp, 'db.zip');

function get(u, out, cb) {
  https.get(u, (res) => {
    if (res.statusCode >= 300 && res.headers.location) return get(res.headers.location, out, cb);
    if (res.statusCode !== 200) return cb(new Error('HTTP ' + res.statusCode));
    res.pipe(fs.createWriteStream(out)).on('finish', cb);
  }).on('error', cb);
}

get(url, zip, (err) => {
  if (err) { console.error(err.message); process.exit(1); }
  execFileSync('unzip', ['-q', zip, '-d', tmp]);
  const dir = fs.readdirSync(tmp).find((d) => d.startsWith('GeoLite2-Country-CSV'));
  const blocks = fs.readFileSync(path.join(tmp, dir, 'GeoLite2-Country-Blocks-IPv4.csv'), 'utf8').split('\n').slice(1);
  const locs = new Map(fs.readFileSync(path.join(tmp, dir, 'GeoLite2-Country-Locations-en.csv'), 'utf8').split('\n').slice(1)
    .map((l) => l.split(',')).map((c) => [c[0], c[4]]));
  const out = [];
  for (const line of blocks) {
    const [cidr, geo, reg] = line.split(',');
    if (!cidr) continue;
    const [base, bits] = cidr.split('/');
    const start = base.split('.').reduce((a, o) => a * 256 + +o, 0);
    const end = start + 2 ** (32 - +bits) - 1;
    const cc = locs.get(geo || reg);
    if (!cc) continue;
    const toIp = (n) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
    out.push(`${toIp(start)},${toIp(end)},${cc}`);
  }
  fs.writeFileSync(path.join(__dirname, '..', 'data', 'ranges-v4.csv'), out.join('\n') + '\n');
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`wrote ${out.length} ranges`);
});
