'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const tls = require('tls');

const bundlePath = path.join(__dirname, '..', 'pem', 'roots.pem');

function loadRoots() {
  if (!fs.existsSync(bundlePath)) return [];
  const pem = fs.readFileSync(bundlePath, 'ascii');
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) || [];
}

function inject(agent = https.globalAgent) {
  const extra = loadRoots();
  if (!extra.length) return 0;
  const ca = [...tls.rootCertificates, ...extra];
  agent.options.ca = ca;
  return extra.length;
}

module.exports = { bundlePath, loadRoots, inject };
