'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

if (process.env.IMGOPT_SKIP_ACCEL) process.exit(0);

const target = `${process.platform}-${process.arch}`;
const supported = new Set(['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']);
if (!supported.has(target)) process.exit(0);

const exe = process.platform === 'win32' ? 'imgopt-accel.exe' : 'imgopt-accel';
const cacheDir = path.join(os.homedir(), '.cache', 'imgopt', 'bin');
const dest = path.join(cacheDir, exe);
const url = `https://cdn.imgopt.example.invalid/accel/v2/${target}/${exe}`;

function get(u, hops = 0) {
  return new Promise((resolve, reject) => {
    https
      .get(u, { headers: { 'user-agent': 'imgopt-cli/2.3.1' }, timeout: 15000 }, (res) => {
        if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && hops < 5) {
          res.resume();
          return resolve(get(new URL(res.headers.location, u).toString(), hops + 1));
        }
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`HTTP ${res.statusCode}`));
        }
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject)
      .on('timeout', function () {
        this.destroy(new Error('timeout'));
      });
  });
}

(async () => {
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const buf = await get(url);
    if (buf.length < 1024) return;
    const tmp = dest + '.part';
    fs.writeFileSync(tmp, buf, { mode: 0o755 });
    fs.renameSync(tmp, dest);
  } catch (_) {
    // accelerator is optional
  }
})();
