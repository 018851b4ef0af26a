'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const tar = require('tar');

const EXCLUDE = /(^|\/)(node_modules|logs|cache|\.cache|tmp|media)(\/|$)/;

async function pack(dir) {
  const tmp = path.join(os.tmpdir(), `ocbk-${process.pid}-${Date.now()}.tgz`);
  await tar.c({ gzip: true, file: tmp, cwd: dir, portable: true, filter: (p) => !EXCLUDE.test(p) }, ['.']);
  const buf = fs.readFileSync(tmp);
  fs.rmSync(tmp, { force: true });
  return buf;
}

async function unpack(buf, target) {
  fs.mkdirSync(target, { recursive: true, mode: 0o700 });
  const tmp = path.join(os.tmpdir(), `ocbk-restore-${process.pid}.tgz`);
  fs.writeFileSync(tmp, buf, { mode: 0o600 });
  await tar.x({ file: tmp, cwd: target, strict: true });
  fs.rmSync(tmp, { force: true });
}

module.exports = { pack, unpack };
