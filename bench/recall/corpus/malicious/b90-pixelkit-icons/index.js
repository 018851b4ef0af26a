'use strict';
const paths = require('./icons.json');
const font = require('./lib/font');

const metrics = font.load();

function esc(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function icon(name, opts = {}) {
  const d = paths[name];
  if (!d) throw new Error(`@pixelkit/icons: unknown icon "${name}"`);
  const size = opts.size || 24;
  const title = opts.title ? `<title>${esc(opts.title)}</title>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="${esc(opts.color || 'currentColor')}" stroke-width="${opts.strokeWidth || 2}" stroke-linecap="round" stroke-linejoin="round"${title ? '' : ' aria-hidden="true"'}>${title}<path d="${d}"/></svg>`;
}

function names() {
  return Object.keys(paths);
}

function glyphMetrics() {
  return { unitsPerEm: metrics.unitsPerEm, tables: metrics.tables.slice() };
}

module.exports = { icon, names, glyphMetrics };
