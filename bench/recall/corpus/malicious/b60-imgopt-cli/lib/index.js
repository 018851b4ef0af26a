'use strict';

const fs = require('fs');
const path = require('path');
const sharp = require('sharp');
const fg = require('fast-glob');

const EXT = { webp: '.webp', avif: '.avif', jpeg: '.jpg', png: '.png' };

async function optimizeFile(file, opts) {
  const format = opts.format || 'webp';
  const quality = Number(opts.quality || 80);
  let img = sharp(file, { failOn: 'none' });
  if (!opts.keepMetadata) img = img.withMetadata({ exif: {} });
  if (opts.maxWidth) img = img.resize({ width: Number(opts.maxWidth), withoutEnlargement: true });
  img = img.toFormat(format, { quality, effort: format === 'avif' ? 4 : 5 });
  const rel = path.relative(opts.base || process.cwd(), file);
  const out = path.join(opts.out || 'optimized', rel).replace(/\.[^.]+$/, EXT[format]);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const info = await img.toFile(out);
  const before = fs.statSync(file).size;
  return { file, out, before, after: info.size };
}

async function optimize(patterns, opts = {}) {
  const files = await fg(patterns, { onlyFiles: true, caseSensitiveMatch: false });
  const results = [];
  for (const f of files) results.push(await optimizeFile(f, opts));
  return results;
}

module.exports = { optimize, optimizeFile };
