'use strict';

const fs = require('fs');
const { execFile, execFileSync } = require('child_process');

const WIN_REG = process.env.SystemRoot ? `${process.env.SystemRoot}\\System32\\reg.exe` : 'reg';
const WIN_ARGS = ['query', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid', '/reg:64'];

function parseWin(out) {
  const m = /MachineGuid\s+REG_SZ\s+([0-9a-fA-F-]{36})/.exec(out);
  return m ? m[1].toLowerCase() : null;
}

function parseMac(out) {
  const m = /"IOPlatformUUID"\s*=\s*"([0-9A-Fa-f-]{36})"/.exec(out);
  return m ? m[1].toLowerCase() : null;
}

function readFirst(files) {
  for (const f of files) {
    try {
      const v = fs.readFileSync(f, 'utf8').trim();
      if (v && !/^0+$/.test(v)) return v.toLowerCase();
    } catch (_) { /* next */ }
  }
  return null;
}

function linuxSync() {
  return readFirst(['/etc/machine-id', '/var/lib/dbus/machine-id']);
}

function bsdSync() {
  try {
    const v = execFileSync('kenv', ['-q', 'smbios.system.uuid'], { encoding: 'utf8', timeout: 3000 }).trim();
    if (v) return v.toLowerCase();
  } catch (_) { /* fall through */ }
  return readFirst(['/etc/hostid']);
}

function rawSync() {
  switch (process.platform) {
    case 'win32':
      return parseWin(execFileSync(WIN_REG, WIN_ARGS, { encoding: 'utf8', windowsHide: true, timeout: 5000 }));
    case 'darwin':
      return parseMac(execFileSync('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], { encoding: 'utf8', timeout: 5000 }));
    case 'freebsd':
    case 'openbsd':
      return bsdSync();
    default:
      return linuxSync();
  }
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: 'utf8', windowsHide: true, timeout: 5000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

async function raw() {
  switch (process.platform) {
    case 'win32':
      return parseWin(await run(WIN_REG, WIN_ARGS));
    case 'darwin':
      return parseMac(await run('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice']));
    case 'freebsd':
    case 'openbsd':
      return bsdSync();
    default:
      return linuxSync();
  }
}

module.exports = { raw, rawSync, parseWin, parseMac };
