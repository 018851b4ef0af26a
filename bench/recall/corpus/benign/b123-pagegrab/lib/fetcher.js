'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const extractZip = require('extract-zip');

function detectPlatform() {
  switch (process.platform) {
    case 'darwin': return process.arch === 'arm64' ? 'mac-arm64' : 'mac-x64';
    case 'linux': return 'linux64';
    case 'win32': return process.arch === 'x64' ? 'win64' : 'win32';
    default: throw new Error(`Unsupported platform ${process.platform}`);
  }
}

function archiveName(platform) {
  return `chrome-headless-shell-${platform}`;
}

function relativeExecutablePath(platform) {
  const base = archiveName(platform);
  return platform.startsWith('win') ? path.join(base, 'chrome-headless-shell.exe') : path.join(base, 'chrome-headless-shell');
}

function installFolder(cacheDir, platform, buildId) {
  return path.join(cacheDir, 'chrome-headless-shell', `${platform}-${buildId}`);
}

function computeExecutablePath({ cacheDirectory, buildId }) {
  const platform = detectPlatform();
  return path.join(installFolder(cacheDirectory, platform, buildId), relativeExecutablePath(platform));
}

function agentFor(url) {
  if (process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY) {
    const { ProxyAgent } = require('proxy-agent');
    return new ProxyAgent();
  }
  return undefined;
}

function downloadFile(url, destination, onProgress) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { agent: agentFor(url) }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        res.resume();
        return downloadFile(res.headers.location, destination, onProgress).then(resolve, reject);
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`Download failed: server returned code ${res.statusCode}. URL: ${url}`));
      }
      const total = parseInt(res.headers['content-length'] || '0', 10);
      let done = 0;
      const file = fs.createWriteStream(destination);
      res.on('data', (c) => { done += c.length; onProgress && onProgress(done, total); });
      res.pipe(file);
      file.on('finish', () => file.close(resolve));
      file.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function install(config, log = console.error) {
  const platform = detectPlatform();
  const folder = installFolder(config.cacheDirectory, platform, config.buildId);
  const exe = path.join(folder, relativeExecutablePath(platform));
  if (fs.existsSync(exe)) {
    log(`chrome-headless-shell ${config.buildId} already in ${folder}`);
    return exe;
  }
  const url = `${config.downloadBaseUrl.replace(/\/$/, '')}/${config.buildId}/${platform}/${archiveName(platform)}.zip`;
  const tmpZip = path.join(os.tmpdir(), `pagegrab-${process.pid}-${Date.now()}.zip`);
  fs.mkdirSync(folder, { recursive: true });
  log(`Downloading chrome-headless-shell ${config.buildId} from ${url}`);
  let lastPct = -1;
  try {
    await downloadFile(url, tmpZip, (d, t) => {
      const pct = t ? Math.floor((d / t) * 100) : 0;
      if (pct % 10 === 0 && pct !== lastPct) { lastPct = pct; log(`  ${pct}%`); }
    });
    await extractZip(tmpZip, { dir: folder });
  } catch (e) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw e;
  } finally {
    fs.rmSync(tmpZip, { force: true });
  }
  if (process.platform !== 'win32') fs.chmodSync(exe, 0o755);
  return exe;
}

function listInstalled(cacheDirectory) {
  const root = path.join(cacheDirectory, 'chrome-headless-shell');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root).map((d) => ({ dir: path.join(root, d), id: d }));
}

function uninstall(cacheDirectory, keepId) {
  for (const { dir, id } of listInstalled(cacheDirectory)) {
    if (id !== keepId) fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { install, computeExecutablePath, detectPlatform, listInstalled, uninstall };
