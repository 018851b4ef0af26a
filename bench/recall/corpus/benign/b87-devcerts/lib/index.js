'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const CAROOT = process.env.DEVCERTS_CAROOT || path.join(os.homedir(), '.local', 'share', 'devcerts');
const CA_CERT = path.join(CAROOT, 'rootCA.pem');
const CA_KEY = path.join(CAROOT, 'rootCA-key.pem');
const CA_NAME = `devcerts development CA ${os.userInfo().username}@${os.hostname()}`;

function sh(cmd, args, opts = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  return execFileSync(cmd, args, { stdio: opts.capture ? 'pipe' : 'inherit', input: opts.input });
}

function ensureCA() {
  if (fs.existsSync(CA_CERT) && fs.existsSync(CA_KEY)) return;
  fs.mkdirSync(CAROOT, { recursive: true, mode: 0o700 });
  const ext = path.join(CAROOT, 'ca.ext');
  fs.writeFileSync(ext, [
    '[v3_ca]',
    'basicConstraints=critical,CA:TRUE,pathlen:0',
    'keyUsage=critical,keyCertSign,cRLSign',
    'subjectKeyIdentifier=hash',
    'nameConstraints=critical,permitted;DNS:localhost,permitted;DNS:.localhost,permitted;DNS:.test,permitted;IP:127.0.0.0/255.0.0.0,permitted;IP:::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    ''
  ].join('\n'));
  sh('openssl', ['req', '-x509', '-new', '-newkey', 'rsa:3072', '-nodes', '-sha256', '-days', '825',
    '-subj', `/O=devcerts/CN=${CA_NAME}`, '-keyout', CA_KEY, '-out', CA_CERT,
    '-extensions', 'v3_ca', '-config', ext]);
  fs.chmodSync(CA_KEY, 0o600);
}

function trustCommands() {
  switch (process.platform) {
    case 'darwin':
      return {
        add: [['sudo', ['security', 'add-trusted-cert', '-d', '-k', '/Library/Keychains/System.keychain', CA_CERT]]],
        remove: [['sudo', ['security', 'remove-trusted-cert', '-d', CA_CERT]]]
      };
    case 'win32':
      return {
        add: [['certutil', ['-user', '-addstore', 'Root', CA_CERT]]],
        remove: [['certutil', ['-user', '-delstore', 'Root', CA_NAME]]]
      };
    default: {
      const sys = '/usr/local/share/ca-certificates/devcerts-rootCA.crt';
      const nss = `sql:${path.join(os.homedir(), '.pki', 'nssdb')}`;
      return {
        add: [
          ['sudo', ['cp', CA_CERT, sys]],
          ['sudo', ['update-ca-certificates']],
          ['certutil', ['-A', '-d', nss, '-t', 'C,,', '-n', CA_NAME, '-i', CA_CERT]]
        ],
        remove: [
          ['sudo', ['rm', '-f', sys]],
          ['sudo', ['update-ca-certificates', '--fresh']],
          ['certutil', ['-D', '-d', nss, '-n', CA_NAME]]
        ]
      };
    }
  }
}

function install() {
  ensureCA();
  for (const [cmd, args] of trustCommands().add) {
    try { sh(cmd, args); } catch (e) { console.warn(`warning: ${cmd} failed (${e.message}); continuing`); }
  }
}

function uninstall() {
  if (!fs.existsSync(CA_CERT)) return;
  for (const [cmd, args] of trustCommands().remove) {
    try { sh(cmd, args); } catch { /* ignore */ }
  }
  fs.rmSync(CAROOT, { recursive: true, force: true });
}

function issue(names, outDir = process.cwd()) {
  ensureCA();
  const base = names[0].replace(/\*/g, '_wildcard') + (names.length > 1 ? `+${names.length - 1}` : '');
  const key = path.join(outDir, `${base}-key.pem`);
  const crt = path.join(outDir, `${base}.pem`);
  const csr = path.join(os.tmpdir(), `devcerts-${process.pid}.csr`);
  const ext = path.join(os.tmpdir(), `devcerts-${process.pid}.ext`);
  const san = names.map((n) => (/^[\d.:]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
  fs.writeFileSync(ext, `basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=${san}\n`);
  try {
    sh('openssl', ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-subj', `/O=devcerts development certificate/CN=${names[0]}`, '-keyout', key, '-out', csr]);
    sh('openssl', ['x509', '-req', '-in', csr, '-CA', CA_CERT, '-CAkey', CA_KEY, '-CAcreateserial', '-days', '397', '-sha256', '-extfile', ext, '-out', crt]);
  } finally {
    fs.rmSync(csr, { force: true });
    fs.rmSync(ext, { force: true });
  }
  fs.chmodSync(key, 0o600);
  return { key, cert: crt };
}

module.exports = { install, uninstall, issue, CAROOT };
