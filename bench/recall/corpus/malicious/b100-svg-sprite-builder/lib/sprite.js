'use strict';

const fs = require('fs');
const path = require('path');

function idFromFile(file, prefix) {
  const base = path.basename(file, '.svg').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return (prefix || '') + base;
}

function parseSvg(source) {
  const open = /<svg\b([^>]*)>/i.exec(source);
  if (!open) throw new Error('not an <svg> document');
  const attrs = {};
  open[1].replace(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g, (_, k, __, a, b) => {
    attrs[k] = a !== undefined ? a : b;
  });
  const close = source.lastIndexOf('</svg>');
  let inner = source.slice(open.index + open[0].length, close === -1 ? undefined : close);
  inner = inner
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<title>[\s\S]*?<\/title>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  let viewBox = attrs.viewBox;
  if (!viewBox && attrs.width && attrs.height) viewBox = `0 0 ${parseFloat(attrs.width)} ${parseFloat(attrs.height)}`;
  return { viewBox: viewBox || '0 0 24 24', inner };
}

function uniquifyIds(inner, id) {
  const ids = new Set();
  inner.replace(/\sid="([^"]+)"/g, (_, v) => ids.add(v));
  let out = inner;
  for (const v of ids) {
    const nv = `${id}__${v}`;
    out = out
      .split(`id="${v}"`).join(`id="${nv}"`)
      .split(`url(#${v})`).join(`url(#${nv})`)
      .split(`href="#${v}"`).join(`href="#${nv}"`);
  }
  return out;
}

function build(dir, options = {}) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.svg'))
    .sort();
  const symbols = [];
  for (const f of files) {
    const id = idFromFile(f, options.prefix);
    const { viewBox, inner } = parseSvg(fs.readFileSync(path.join(dir, f), 'utf8'));
    const body = options.currentColor ? inner.replace(/(fill|stroke)="(?!none)[^"]*"/g, '$1="currentColor"') : inner;
    symbols.push({ id, viewBox, markup: `<symbol id="${id}" viewBox="${viewBox}">${uniquifyIds(body, id)}</symbol>` });
  }
  const sprite =
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" style="display:none">\n' +
    symbols.map((s) => '  ' + s.markup).join('\n') +
    '\n</svg>\n';
  return { sprite, symbols };
}

module.exports = { build, parseSvg, idFromFile };
