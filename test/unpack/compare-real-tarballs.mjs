#!/usr/bin/env node
/**
 * Manual differential check (not part of `npm test`): unpack every real npm tarball found in an npm cache
 * with clawguard's hardened unpacker and with node-tar as pacote configures it (strip 1, link entries
 * skipped), side by side in one process, and compare the resulting file lists and sizes. A hardened
 * unpacker that refuses or changes real packages is a broken one; this is how that is measured.
 *
 *   npm run build && node test/unpack/compare-real-tarballs.mjs [npm cache dir, default ~/.npm] [max count]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { unpackHardened } from '../../dist/unpack/unpack-hardened.js';

const cacheRoot = path.join(process.argv[2] ?? path.join(os.homedir(), '.npm'), '_cacache', 'content-v2');
const max = Number(process.argv[3] ?? Infinity);

function gzipFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) gzipFiles(p, out);
    else {
      const fd = fs.openSync(p, 'r');
      const head = Buffer.alloc(2);
      fs.readSync(fd, head, 0, 2, 0);
      fs.closeSync(fd);
      if (head[0] === 0x1f && head[1] === 0x8b) out.push(p);
    }
  }
  return out;
}

function listing(dir) {
  const out = [];
  const walk = (d, rel = '') => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else if (e.isFile()) out.push(`${r}:${fs.statSync(path.join(d, e.name)).size}`);
    }
  };
  walk(dir);
  return out.sort().join('\n');
}

const files = gzipFiles(cacheRoot).slice(0, max);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-compare-'));
const totals = { tarballs: files.length, identical: 0, refused: 0, different: 0, hardenedMs: 0, nodeTarMs: 0, events: {} };
try {
  for (const file of files) {
    const a = path.join(work, 'hardened');
    const b = path.join(work, 'node-tar');
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
    fs.mkdirSync(b);
    let t = performance.now();
    try {
      const r = await unpackHardened(file, a);
      for (const e of r.events) totals.events[e.kind] = (totals.events[e.kind] ?? 0) + 1;
    } catch (err) {
      totals.refused++;
      process.stderr.write(`refused ${file}: ${err.code} ${err.message}\n`);
      continue;
    }
    totals.hardenedMs += performance.now() - t;
    t = performance.now();
    await tar.x({ file, cwd: b, strip: 1, filter: (_p, entry) => !/Link$/.test(entry.type) });
    totals.nodeTarMs += performance.now() - t;
    if (listing(a) === listing(b)) totals.identical++;
    else {
      totals.different++;
      process.stderr.write(`different ${file}\n`);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
totals.hardenedMs = Math.round(totals.hardenedMs);
totals.nodeTarMs = Math.round(totals.nodeTarMs);
totals.ratio = Number((totals.hardenedMs / totals.nodeTarMs).toFixed(2));
process.stdout.write(`${JSON.stringify(totals, null, 2)}\n`);
