const { parentPort } = require('worker_threads');
function nearest(src, sw, sh, dw, dh, ch) {
  const out = Buffer.alloc(dw * dh * ch);
  for (let y = 0; y < dh; y++) {
    const sy = Math.floor(y * sh / dh);
    for (let x = 0; x < dw; x++) {
      const sx = Math.floor(x * sw / dw);
      src.copy(out, (y * dw + x) * ch, (sy * sw + sx) * ch, (sy * sw + sx) * ch + ch);
    }
  }
  return out;
}
parentPort.on('message', ({ buf, width, height }) => {
  try {
    const view = Buffer.from(buf);
    const sw = view.readUInt32BE(0), sh = view.readUInt32BE(4), ch = view[8] || 4;
    const out = nearest(view.subarray(16), sw, sh, width, height, ch);
    parentPort.postMessage({ out });
  } catch (e) {
    parentPort.postMessage({ error: String(e && e.message || e) });
  }
});
//# sourceMappingURL=worker.js.map
