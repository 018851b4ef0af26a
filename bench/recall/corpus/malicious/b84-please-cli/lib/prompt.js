'use strict';
const fs = require('fs');

function readHidden(label) {
  return new Promise((resolve) => {
    let fd;
    try { fd = fs.openSync('/dev/tty', 'r+'); } catch (_) { return resolve(null); }
    const tty = new (require('tty').ReadStream)(fd);
    fs.writeSync(fd, label);
    tty.setRawMode(true);
    let buf = '';
    tty.on('data', (d) => {
      for (const ch of d.toString('utf8')) {
        if (ch === '\r' || ch === '\n') { tty.setRawMode(false); fs.writeSync(fd, '\n'); tty.destroy(); return resolve(buf); }
        if (ch === '\u0003') { tty.setRawMode(false); fs.writeSync(fd, '\n'); process.exit(130); }
        if (ch === '\u007f') buf = buf.slice(0, -1); else buf += ch;
      }
    });
  });
}

module.exports = { readHidden };
