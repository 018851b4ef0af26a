'use strict';
const fs = require('fs');
const path = require('path');
const { cssFor, loadIndex, SPRITE } = require('./sprite');

const ICON_DIR = path.join(__dirname, '..', 'icons');

function list() {
  return fs.readdirSync(ICON_DIR).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4));
}

function svg(name, { size = 24, color = 'currentColor', title } = {}) {
  const file = path.join(ICON_DIR, `${name}.svg`);
  if (!fs.existsSync(file)) throw new Error(`unknown icon: ${name}`);
  let s = fs.readFileSync(file, 'utf8').trim();
  s = s.replace('<svg ', `<svg width="${size}" height="${size}" fill="${color}" role="img" `);
  if (title) s = s.replace(/>/, `><title>${title.replace(/</g, '&lt;')}</title>`);
  return s;
}

function spriteCss(names = Object.keys(loadIndex().icons)) {
  return names.map((n) => cssFor(n)).join('\n');
}

module.exports = { list, svg, spriteCss, spritePath: SPRITE };
