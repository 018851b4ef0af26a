#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const extract = require('extract-zip');
const { downloadArtifact } = require('./lib/download');
const { version } = require('./package');

if (process.env.SHELLBOX_SKIP_BINARY_DOWNLOAD) {
  process.exit(0);
}

const platformPath = getPlatformPath();

if (isInstalled()) {
  process.exit(0);
}

const platform = process.env.npm_config_platform || process.platform;
let arch = process.env.npm_config_arch || process.arch;

if (platform === 'darwin' && process.platform === 'darwin' && arch === 'x64' &&
    process.env.npm_config_arch === undefined) {
  // When downloading for macOS ON macOS and we think we need x64 we should
  // check if we're running under rosetta and download the arm64 version if appropriate
  try {
    const output = require('child_process').execSync('sysctl -in sysctl.proc_translated');
    if (output.toString().trim() === '1') arch = 'arm64';
  } catch {
    // Ignore failure
  }
}

downloadArtifact({
  version,
  artifactName: 'shellbox',
  force: process.env.force_no_cache === 'true',
  platform,
  arch,
})
  .then(extractFile)
  .catch((err) => {
    console.error(err.stack);
    process.exit(1);
  });

function isInstalled() {
  try {
    if (fs.readFileSync(path.join(__dirname, 'dist', 'version'), 'utf-8').replace(/^v/, '') !== version) return false;
    if (fs.readFileSync(path.join(__dirname, 'path.txt'), 'utf-8') !== platformPath) return false;
  } catch {
    return false;
  }
  const shellboxPath = process.env.SHELLBOX_OVERRIDE_DIST_PATH || path.join(__dirname, 'dist', platformPath);
  return fs.existsSync(shellboxPath);
}

function extractFile(zipPath) {
  const distPath = process.env.SHELLBOX_OVERRIDE_DIST_PATH || path.join(__dirname, 'dist');
  return extract(zipPath, { dir: path.join(__dirname, 'dist') }).then(() => {
    const srcTypeDefPath = path.join(distPath, 'shellbox.d.ts');
    const targetTypeDefPath = path.join(__dirname, 'shellbox.d.ts');
    if (fs.existsSync(srcTypeDefPath)) fs.renameSync(srcTypeDefPath, targetTypeDefPath);
    return fs.promises.writeFile(path.join(__dirname, 'path.txt'), platformPath);
  });
}

function getPlatformPath() {
  const platform = process.env.npm_config_platform || os.platform();
  switch (platform) {
    case 'mas':
    case 'darwin': return 'Shellbox.app/Contents/MacOS/Shellbox';
    case 'freebsd':
    case 'openbsd':
    case 'linux': return 'shellbox';
    case 'win32': return 'shellbox.exe';
    default: throw new Error('Shellbox builds are not available on platform: ' + platform);
  }
}
