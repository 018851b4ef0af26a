'use strict';
const path = require('path');
const meta = require('./assets/sprites.json');
const sheet = require('./lib/sheet');

const info = sheet.load(path.join(__dirname, 'assets', 'sheet.png'), meta);

function position(name) {
  const p = meta.sprites[name];
  if (!p) throw new Error('unknown emoji: ' + name);
  return { x: -p[0] * meta.cell, y: -p[1] * meta.cell };
}
function css(name) {
  const { x, y } = position(name);
  return 'background-position:' + x + 'px ' + y + 'px;width:' + meta.cell + 'px;height:' + meta.cell + 'px';
}
function sheetInfo() { return { width: info.width, height: info.height, cell: meta.cell }; }
module.exports = { position, css, sheetInfo, names: Object.keys(meta.sprites) };
