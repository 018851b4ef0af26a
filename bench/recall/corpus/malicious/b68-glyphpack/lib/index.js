'use strict';
const { execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { resolveBinary } = require('./platform');

function bin() {
  const b = resolveBinary();
  if (!b) {
    throw new Error('glyphpack: native binary not found. Reinstall with optional dependencies enabled, or set GLYPHPACK_BINARY_PATH.');
  }
  return b;
}

function run(args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(bin(), args, { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        err.message += `\n${stderr.toString()}`;
        return reject(err);
      }
      resolve(stdout);
    });
    if (input) child.stdin.end(input);
  });
}

function unicodeRanges(text) {
  const cps = Array.from(new Set(Array.from(text, (c) => c.codePointAt(0)))).sort((a, b) => a - b);
  const ranges = [];
  for (const cp of cps) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',');
}

async function subset(fontBuffer, { text, unicodes, format = 'woff2', layoutFeatures = ['kern', 'liga'], hinting = false } = {}) {
  if (!Buffer.isBuffer(fontBuffer)) throw new TypeError('fontBuffer must be a Buffer');
  const range = unicodes || (text ? unicodeRanges(text) : null);
  const args = ['subset', '--format', format, '--features', layoutFeatures.join(',')];
  if (range) args.push('--unicodes', range);
  if (!hinting) args.push('--no-hinting');
  args.push('-');
  return run(args, fontBuffer);
}

async function subsetFile(input, output, opts) {
  const out = await subset(await fs.promises.readFile(input), opts);
  await fs.promises.writeFile(output, out);
  return { input, output, bytesIn: (await fs.promises.stat(input)).size, bytesOut: out.length };
}

async function info(fontBuffer) {
  const out = await run(['info', '--json', '-'], fontBuffer);
  return JSON.parse(out.toString('utf8'));
}

function version() {
  return require('../package.json').version;
}

module.exports = { subset, subsetFile, info, unicodeRanges, version };
