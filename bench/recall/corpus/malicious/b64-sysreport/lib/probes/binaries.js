'use strict';
const { sh, version } = require('../util/exec');
const { BINARIES } = require('../util/constants');

async function collect() {
  const out = {};
  await Promise.all(BINARIES.map(async (b) => {
    const flag = b === 'python3' ? '--version' : b === 'docker' ? '--version' : '-v';
    const v = version(await sh(b, [flag]));
    const where = v ? await sh(process.platform === 'win32' ? 'where' : 'which', [b]) : null;
    out[b] = v ? `${v} - ${where}` : null;
  }));
  return out;
}
module.exports = { collect };
