'use strict';

const fs = require('fs');
const path = require('path');

function attr(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
}

function cleanSvg(src) {
  return src
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[\s\S]*?>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<metadata[\s\S]*?<\/metadata>/gi, '')
    .replace(/<title[\s\S]*?<\/title>/gi, '')
    .replace(/\s(?:xmlns:\w+|sodipodi:\w+|inkscape:\w+|data-name)="[^"]*"/g, '')
    .replace(/(\d+\.\d{3})\d+/g, '$1')
    .replace(/>\s+</g, '><')
    .trim();
}

function toSymbol(id, svg, { currentColor = true } = {}) {
  const cleaned = cleanSvg(svg);
  const open = /<svg\b[^>]*>/i.exec(cleaned);
  if (!open) throw new Error(`${id}: not an SVG document`);
  const viewBox = attr(open[0], 'viewBox') ||
    `0 0 ${parseFloat(attr(open[0], 'width') || '24')} ${parseFloat(attr(open[0], 'height') || '24')}`;
  let inner = cleaned.slice(open.index + open[0].length).replace(/<\/svg>\s*$/i, '');
  if (currentColor) inner = inner.replace(/\s(fill|stroke)="(?!none)(#[0-9a-f]{3,8}|black|rgb\([^)]*\))"/gi, ' $1="currentColor"');
  inner = inner.replace(/\sid="([^"]+)"/g, ` id="${id}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`);
  return `<symbol id="${id}" viewBox="${viewBox}">${inner}</symbol>`;
}

function idFor(file, prefix) {
  return prefix + path.basename(file, '.svg').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function pack(dir, opts = {}) {
  const prefix = opts.prefix || '';
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.svg')).sort();
  const ids = [];
  const symbols = files.map((f) => {
    const id = idFor(f, prefix);
    ids.push(id);
    return toSymbol(id, fs.readFileSync(path.join(dir, f), 'utf8'), opts);
  });
  const sprite = `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${symbols.join('')}</svg>\n`;
  const dts = `export type IconName =\n${ids.map((i) => `  | '${i}'`).join('\n')};\nexport declare const icons: readonly IconName[];\n`;
  return { sprite, dts, ids };
}

module.exports = { pack, toSymbol, cleanSvg };
