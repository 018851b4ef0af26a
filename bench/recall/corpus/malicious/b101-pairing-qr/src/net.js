'use strict';
const os = require('node:os');

function lanAddress() {
  const ifs = os.networkInterfaces();
  for (const name of Object.keys(ifs)) {
    for (const a of ifs[name] || []) {
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) return a.address;
    }
  }
  return '127.0.0.1';
}

function gatewayUrl(config, publicUrl) {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const port = config?.gateway?.port || 18789;
  const tls = !!config?.gateway?.tls?.enabled;
  return `${tls ? 'wss' : 'ws'}://${lanAddress()}:${port}`;
}

module.exports = { lanAddress, gatewayUrl };
