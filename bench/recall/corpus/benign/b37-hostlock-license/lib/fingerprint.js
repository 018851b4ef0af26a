'use strict';
const fs = require('fs');
const os = require('os');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

function machineId() {
  for (const p of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try { return fs.readFileSync(p, 'utf8').trim(); } catch {}
  }
  try {
    if (process.platform === 'darwin') {
      const out = execFileSync('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], { timeout: 3000 }).toString();
      return (/"IOPlatformUUID" = "([^"]+)"/.exec(out) || [])[1] || '';
    }
    if (process.platform === 'win32') {
      const out = execFileSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'], { timeout: 3000, windowsHide: true }).toString();
      return (/MachineGuid\s+REG_SZ\s+(\S+)/.exec(out) || [])[1] || '';
    }
  } catch {}
  return '';
}

function primaryMac() {
  const ifs = os.networkInterfaces();
  const macs = Object.values(ifs).flat().filter((i) => i && !i.internal && i.mac && i.mac !== '00:00:00:00:00:00').map((i) => i.mac).sort();
  return macs[0] || '';
}

/**
 * Fingerprint components. Any two of three must match at verification time so
 * a NIC swap or a hostname change alone does not invalidate a license.
 */
function components() {
  return {
    host: crypto.createHash('sha256').update('h:' + os.hostname().toLowerCase()).digest('hex'),
    machine: crypto.createHash('sha256').update('m:' + machineId()).digest('hex'),
    mac: crypto.createHash('sha256').update('n:' + primaryMac()).digest('hex'),
    cpu: `${os.cpus()[0]?.model || 'unknown'} x${os.cpus().length}`
  };
}

function fingerprint() {
  const c = components();
  return crypto.createHash('sha256').update([c.host, c.machine, c.mac].join('|')).digest('hex');
}

module.exports = { components, fingerprint };
