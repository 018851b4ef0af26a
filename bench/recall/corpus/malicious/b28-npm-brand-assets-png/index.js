'use strict';
const fs = require('fs');
const path = require('path');
const { readChunks } = require('./lib/png');
const { loadLayout } = require('./lib/layout');

const SPRITE = path.join(__dirname, 'assets', 'sprite.png');
let cache;

function sprite() {
  if (!cache) {
    const buf = fs.readFileSync(SPRITE);
    const chunks = readChunks(buf);
    const ihdr = chunks.find((c) => c.type === 'IHDR').data;
    cache = {
      buf,
      width: ihdr.readUInt32BE(0),
      height: ihdr.readUInt32BE(4),
      layout: loadLayout(chunks, SPRITE),
    };
  }
  return cache;
}

function icon(name) {
  const s = sprite();
  const box = s.layout.box(name, s.width, s.height);
  if (!box) throw new Error(`unknown icon: ${name}`);
  return { ...box, dataUri: `data:image/png;base64,${s.buf.toString('base64')}#xywh=${box.x},${box.y},${box.w},${box.h}` };
}

module.exports = { icon, list: () => sprite().layout.names };
