#!/usr/bin/env node
/**
 * Generates fixtures/tarballs/<attack>.tgz: one crafted npm-style tarball per attack class of
 * shared/THREATS.md §4, for test/unpack/hostile-tarballs.test.ts. Headers are built byte by byte, because
 * node-tar (rightly) refuses to create most of these. Deterministic: fixed mtimes, fixed order, no
 * randomness; `node scripts/make-hostile-tarballs.mjs [outDir]` rewrites them (default fixtures/tarballs).
 *
 * Inert by construction: contents are short text; every name that points outside the package aims at a
 * `clawguard-canary-*` file name, so a naive extractor run by mistake leaves only an obvious canary.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const MTIME = 499162500; // 1985-10-26T08:15:00Z, as the fixture packer uses
const enc = (s) => Buffer.from(s, 'utf8');

function octal(value, width) {
  return enc(`${value.toString(8).padStart(width - 1, '0')}\0`);
}

/** One 512-byte ustar header. `name` may include a `prefix/` split via opts.prefix. */
function header({ name, type = '0', size = 0, mode = 0o644, uid = 1000, gid = 1000, linkname = '', uname = 'user', gname = 'user', prefix = '', devmajor = 0, devminor = 0, badChecksum = false }) {
  const h = Buffer.alloc(512);
  const put = (buf, off, max) => buf.copy(h, off, 0, Math.min(buf.length, max));
  put(enc(name), 0, 100);
  put(octal(mode, 8), 100, 8);
  put(octal(uid, 8), 108, 8);
  put(octal(gid, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(MTIME, 12), 136, 12);
  h.write(type, 156, 'latin1');
  put(enc(linkname), 157, 100);
  h.write('ustar\u000000', 257, 'latin1');
  put(enc(uname), 265, 32);
  put(enc(gname), 297, 32);
  put(octal(devmajor, 8), 329, 8);
  put(octal(devminor, 8), 337, 8);
  put(enc(prefix), 345, 155);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  if (badChecksum) sum += 1;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

const pad = (n) => Buffer.alloc((512 - (n % 512)) % 512);

function file(name, content, opts = {}) {
  const body = Buffer.isBuffer(content) ? content : enc(content);
  return [header({ name, size: body.length, ...opts }), body, pad(body.length)];
}

function dir(name, opts = {}) {
  return [header({ name: name.endsWith('/') ? name : `${name}/`, type: '5', mode: 0o755, ...opts })];
}

function paxRecord(key, value) {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}

/** A PAX extended header ('x') that applies `records` to the next entry. */
function pax(records, name = 'PaxHeader/entry') {
  const body = enc(Object.entries(records).map(([k, v]) => paxRecord(k, v)).join(''));
  return [header({ name, type: 'x', size: body.length }), body, pad(body.length)];
}

/** A GNU long-name record ('L') naming the next entry. */
function gnuLongName(longName) {
  const body = Buffer.concat([enc(longName), Buffer.from([0])]);
  return [header({ name: '././@LongLink', type: 'L', size: body.length, uname: 'root', gname: 'root', uid: 0, gid: 0 }), body, pad(body.length)];
}

const END = [Buffer.alloc(1024)];
const PKG = (extra = {}) => file('package/package.json', `${JSON.stringify({ name: 'hostile-fixture', version: '1.0.0', ...extra }, null, 2)}\n`);
const tar = (...parts) => Buffer.concat([...parts.flat(), ...END]);

/** Every fixture: name → tar bytes (gzip applied on write). Names say the attack. */
export function hostileTarballs() {
  const entryBomb = [];
  // Symlink entries: counted like any entry, but cheap for the test to refuse (nothing to create on disk).
  for (let i = 0; i <= 20_000; i++) entryBomb.push(header({ name: `package/many/l${String(i).padStart(5, '0')}`, type: '2', linkname: 'x' }));
  const deep = `package/${Array.from({ length: 80 }, () => 'd').join('/')}/deep.js`;
  const longPath = `package/${Array.from({ length: 12 }, (_, i) => `segment-${i}-${'x'.repeat(180)}`).join('/')}/long.js`;
  const okLong = `package/lib/${'nested-directory-name-'.repeat(6)}/${'a-rather-long-file-name-'.repeat(5)}.js`;
  const nfc = 'package/caf\u00e9.js';
  const nfd = 'package/cafe\u0301.js';
  return {
    'absolute-path': tar(PKG(), file('/tmp/clawguard-canary-absolute.txt', 'canary: absolute path\n')),
    'dotdot-traversal': tar(PKG(), file('package/../../clawguard-canary-traversal.txt', 'canary: traversal\n')),
    'backslash-traversal': tar(PKG(), file('package\\..\\..\\clawguard-canary-backslash.txt', 'canary: backslash\n')),
    'symlink-escape': tar(
      PKG(),
      [header({ name: 'package/escape', type: '2', linkname: '../../..' })],
      file('package/escape/clawguard-canary-symlink.txt', 'canary: written through a symlink\n'),
    ),
    'hardlink-escape': tar(PKG(), [header({ name: 'package/passwd', type: '1', linkname: '../../../../etc/passwd' })]),
    'dir-replaced-by-symlink': tar(
      PKG(),
      dir('package/lib'),
      file('package/lib/index.js', 'module.exports = 1;\n'),
      [header({ name: 'package/lib', type: '2', linkname: '/tmp' })],
      file('package/lib/clawguard-canary-swap.txt', 'canary: written after a dir became a symlink\n'),
    ),
    'device-and-fifo': tar(
      PKG(),
      [header({ name: 'package/dev-null', type: '3', devmajor: 1, devminor: 3, mode: 0o666 })],
      [header({ name: 'package/dev-sda', type: '4', devmajor: 8, devminor: 0, mode: 0o660 })],
      [header({ name: 'package/fifo', type: '6', mode: 0o644 })],
    ),
    'setuid-and-writable-modes': tar(
      PKG(),
      file('package/bin/run.js', '#!/usr/bin/env node\n', { mode: 0o4755 }),
      file('package/setgid.js', 'module.exports = 2;\n', { mode: 0o2644 }),
      dir('package/sticky', { mode: 0o1777 }),
      file('package/world.js', 'module.exports = 3;\n', { mode: 0o666 }),
    ),
    'foreign-ownership': tar(PKG(), file('package/index.js', 'module.exports = 1;\n', { uid: 0, gid: 0, uname: 'root', gname: 'wheel' })),
    'pax-path-mismatch': tar(PKG(), pax({ path: 'package/hidden-payload.js' }), file('package/index.js', 'module.exports = "payload";\n')),
    'gnu-longname-mismatch': tar(PKG(), gnuLongName('package/hidden-payload.js'), file('package/index.js', 'module.exports = "payload";\n')),
    'pax-long-path-ok': tar(PKG(), pax({ path: okLong }), file(okLong.slice(0, 100), 'module.exports = "long";\n')),
    'duplicate-entry': tar(PKG(), file('package/index.js', 'module.exports = "inspected";\n'), file('package/index.js', 'module.exports = "replaced";\n')),
    // Same length, different bytes: only a byte-by-byte comparison tells them apart.
    'duplicate-entry-same-size': tar(PKG(), file('package/index.js', 'module.exports = "inspected";\n'), file('package/./index.js', 'module.exports = "INSPECTED";\n')),
    // What npm itself packed into agent-base@7.1.4: `./dist/index.js` and `dist/index.js`, same bytes. Not an attack.
    'duplicate-identical-ok': tar(PKG(), file('package/./dist/index.js', 'module.exports = 1;\n'), file('package/dist/index.js', 'module.exports = 1;\n')),
    'case-collision': tar(PKG(), file('package/index.js', 'module.exports = "inspected";\n'), file('package/INDEX.js', 'module.exports = "replaced";\n')),
    'unicode-collision': tar(PKG(), file(nfc, 'module.exports = "nfc";\n'), file(nfd, 'module.exports = "nfd";\n')),
    'file-dir-collision': tar(PKG(), file('package/lib', 'not a directory\n'), file('package/lib/index.js', 'module.exports = 1;\n')),
    'outside-package-root': tar(PKG(), file('package/index.js', 'module.exports = 1;\n'), file('other/index.js', 'module.exports = "replaced";\n')),
    'nonstandard-root': tar(
      file('node-old/package.json', `${JSON.stringify({ name: 'old-style', version: '1.0.0' })}\n`),
      file('node-old/index.js', 'module.exports = 1;\n'),
    ),
    'entry-count-bomb': tar(PKG(), entryBomb),
    'path-depth-bomb': tar(PKG(), pax({ path: deep }), file(deep.slice(0, 100), 'deep\n')),
    'path-length-bomb': tar(PKG(), pax({ path: longPath }), file(longPath.slice(0, 100), 'long\n')),
    'gzip-bomb': null, // streamed: see writeGzipBomb
    'hidden-body-bomb': tar(PKG(), [header({ name: 'package/sparse.bin', type: 'S', size: 8 * 1024 * 1024 })], [Buffer.alloc(8 * 1024 * 1024)]),
    'nested-gzip': null, // gzip of a gzip: see below
    'truncated-gzip': null, // the first half of a valid gzip stream (a download cut short): see below
    // A complete gzip stream holding only the first half of a tar: the archive itself ends mid-entry.
    'truncated-tar': truncatedTar(),
    'bad-checksum': tar(PKG(), [header({ name: 'package/index.js', size: 0, badChecksum: true })]),
    'not-a-tarball': Buffer.from('this is not a tar archive, just text pretending to be one.\n'.repeat(20)),
  };
}

function fillerTar() {
  return tar(PKG(), file('package/index.js', `${'// filler line\n'.repeat(400)}module.exports = 1;\n`));
}

function truncatedTar() {
  const whole = fillerTar();
  return whole.subarray(0, 512 * Math.floor(whole.length / 1024) + 100);
}

/** 300 MiB of zeros in one file entry, streamed through gzip (a few hundred KiB on disk). */
function gzipBombTar() {
  const size = 300 * 1024 * 1024;
  const zeros = Buffer.alloc(1024 * 1024);
  const parts = [...PKG(), header({ name: 'package/zeros.bin', size })];
  for (let i = 0; i < size / zeros.length; i++) parts.push(zeros);
  parts.push(...END);
  return parts;
}

function gzip(buf) {
  return zlib.gzipSync(buf, { level: 9 });
}

function gzipParts(parts) {
  // Incremental deflate keeps memory flat for the 300 MiB bomb.
  const deflater = zlib.createGzip({ level: 9 });
  const out = [];
  deflater.on('data', (c) => out.push(c));
  return new Promise((resolve, reject) => {
    deflater.on('end', () => resolve(Buffer.concat(out)));
    deflater.on('error', reject);
    (async () => {
      for (const p of parts) if (!deflater.write(p)) await new Promise((r) => deflater.once('drain', r));
      deflater.end();
    })().catch(reject);
  });
}

export async function writeHostileTarballs(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [name, tarBytes] of Object.entries(hostileTarballs())) {
    let bytes;
    if (name === 'gzip-bomb') bytes = await gzipParts(gzipBombTar());
    else if (name === 'nested-gzip') bytes = gzip(gzip(tar(PKG(), file('package/index.js', 'module.exports = 1;\n'))));
    else if (name === 'truncated-gzip') {
      const whole = gzip(fillerTar());
      bytes = whole.subarray(0, Math.floor(whole.length / 2));
    } else bytes = gzip(tarBytes);
    const target = path.join(outDir, `${name}.tgz`);
    fs.writeFileSync(target, bytes);
    written.push(target);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'fixtures', 'tarballs'));
  const files = await writeHostileTarballs(outDir);
  process.stdout.write(`wrote ${files.length} tarballs to ${outDir}\n`);
}
