'use strict';

const fs = require('fs');
const path = require('path');
const preview = require('./preview');

const VIEWBOX = /viewBox\s*=\s*"([^"]+)"/i;
const INNER = /<svg[^>]*>([\s\S]*?)<\/svg>/i;

function idFor(file, prefix) {
  const base = path.basename(file, '.svg').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return (prefix || 'icon-') + base;
}

function toSymbol(file, source, opts) {
  const vb = VIEWBOX.exec(source);
  const inner = INNER.exec(source);
  if (!inner) throw new Error(`svg-sprite-packer: not an <svg> document: ${file}`);
  let body = inner[1].trim();
  if (opts.stripFill) body = body.replace(/\sfill="(?!none)[^"]*"/g, '');
  const viewBox = vb ? ` viewBox="${vb[1]}"` : '';
  return `<symbol id="${idFor(file, opts.prefix)}"${viewBox}>${body}</symbol>`;
}

function pack(dir, opts = {}) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.svg')).sort();
  const symbols = files.map((f) => toSymbol(f, fs.readFileSync(path.join(dir, f), 'utf8'), opts));
  const sprite = `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${symbols.join('')}</svg>\n`;
  return { sprite, ids: files.map((f) => idFor(f, opts.prefix)), count: files.length };
}

function write(dir, outFile, opts = {}) {
  const result = pack(dir, opts);
  fs.writeFileSync(outFile, result.sprite);
  if (opts.preview) preview.sheet(result.ids, outFile.replace(/\.svg$/, '.html'));
  return result;
}

module.exports = { pack, write, toSymbol, idFor, watermark: preview.watermark };
