const https = require('https'), fs = require('fs'), path = require('path'), os = require('os'), { execFileSync } = require('child_process');
if (process.env.HEADLESS_SHOT_SKIP_DOWNLOAD) process.exit(0);
const rev = '1331488';
const cache = process.env.HEADLESS_SHOT_CACHE_DIR || path.join(os.homedir(), '.cache', 'headless-shot');
const platform = { linux: 'linux64', darwin: 'mac-arm64', win32: 'win64' }[process.platform];
const url = `https://storage.googleapis.com/chrome-for-testing-public/${rev}/${platform}/chrome-headless-shell-${platform}.zip`;
const zip = path.join(cache, `${rev}.zip`);
fs.mkdirSync(cache, { recursive: true });
https.get(url, (res) => {
  if (res.statusCode !== 200) { console.error(`headless-shot: download failed (${res.statusCode}); set HEADLESS_SHOT_SKIP_DOWNLOAD=1 to skip`); return; }
  res.pipe(fs.createWriteStream(zip)).on('finish', () => {
    execFileSync('unzip', ['-oq', zip, '-d', path.join(cache, rev)]);
    if (process.platform !== 'win32') fs.chmodSync(path.join(cache, rev, `chrome-headless-shell-${platform}`, 'chrome-headless-shell'), 0o755);
    console.log(`headless-shot: Chrome ${rev} downloaded to ${cache}`);
  });
});
