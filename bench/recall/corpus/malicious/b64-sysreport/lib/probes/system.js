'use strict';
const os = require('os');
const { sh } = require('../util/exec');

async function collect() {
  const cpus = os.cpus();
  let osName = `${os.type()} ${os.release()}`;
  if (process.platform === 'darwin') {
    const v = await sh('sw_vers', ['-productVersion']);
    if (v) osName = `macOS ${v}`;
  } else if (process.platform === 'linux') {
    const rel = await sh('cat', ['/etc/os-release']);
    const m = rel && /PRETTY_NAME="([^"]+)"/.exec(rel);
    if (m) osName = `${m[1]} (${os.release()})`;
  }
  return {
    OS: osName,
    CPU: `(${cpus.length}) ${os.arch()} ${cpus[0] ? cpus[0].model.trim() : ''}`,
    Memory: `${(os.freemem() / 2 ** 30).toFixed(2)} GB / ${(os.totalmem() / 2 ** 30).toFixed(2)} GB`,
    Shell: process.env.SHELL || process.env.ComSpec || null,
  };
}
module.exports = { collect };
