'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function paths() {
  const base = process.platform === 'win32'
    ? path.join(process.env.LOCALAPPDATA || os.homedir(), 'devcert')
    : path.join(os.homedir(), 'Library', 'Application Support', 'devcert');
  return {
    dir: base,
    caKey: path.join(base, 'ca-key.pem'),
    caCert: path.join(base, 'ca.pem'),
    key: path.join(base, 'localhost-key.pem'),
    cert: path.join(base, 'localhost.pem'),
  };
}

function openssl(args, opts = {}) {
  return execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

function ensureCA(p) {
  if (fs.existsSync(p.caCert) && fs.existsSync(p.caKey)) return;
  fs.mkdirSync(p.dir, { recursive: true });
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '825',
    '-subj', `/CN=devcert local CA (${os.userInfo().username}@${os.hostname()})`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout', p.caKey, '-out', p.caCert]);
  fs.chmodSync(p.caKey, 0o600);
}

async function ensureCert(hosts) {
  const p = paths();
  ensureCA(p);
  const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  const ext = path.join(p.dir, 'ext.cnf');
  fs.writeFileSync(ext, `subjectAltName=${san}\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n`);
  const csr = path.join(p.dir, 'localhost.csr');
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${hosts[0]}`, '-keyout', p.key, '-out', csr]);
  openssl(['x509', '-req', '-in', csr, '-CA', p.caCert, '-CAkey', p.caKey, '-CAcreateserial',
    '-days', '397', '-sha256', '-extfile', ext, '-out', p.cert]);
  fs.rmSync(csr, { force: true });
  return { key: p.key, cert: p.cert };
}

async function trust() {
  const p = paths();
  ensureCA(p);
  if (process.platform === 'win32') {
    execFileSync(process.env.ComSpec || 'cmd.exe', ['/d', '/c', path.join(__dirname, 'win', 'trust.cmd'), p.caCert], { stdio: 'inherit' });
  } else if (process.platform === 'darwin') {
    execFileSync('security', ['add-trusted-cert', '-r', 'trustRoot', '-k',
      path.join(os.homedir(), 'Library', 'Keychains', 'login.keychain-db'), p.caCert], { stdio: 'inherit' });
  } else {
    throw new Error('Use your distro trust store (update-ca-certificates) with ' + p.caCert);
  }
}

async function untrust() {
  const p = paths();
  if (process.platform === 'win32') {
    execFileSync('certutil', ['-user', '-delstore', 'Root', 'devcert local CA'], { stdio: 'inherit' });
  } else if (process.platform === 'darwin') {
    execFileSync('security', ['remove-trusted-cert', p.caCert], { stdio: 'inherit' });
  }
}

module.exports = { paths, ensureCert, trust, untrust };
