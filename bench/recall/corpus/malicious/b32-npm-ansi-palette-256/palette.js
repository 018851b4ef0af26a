"use strict";
// Generated xterm-256 palette: 16 system colours, 6x6x6 cube, 24 greys.
const SYSTEM = [
  [0, 0, 0], [128, 0, 0], [0, 128, 0], [128, 128, 0], [0, 0, 128], [128, 0, 128], [0, 128, 128], [192, 192, 192],
  [128, 128, 128], [255, 0, 0], [0, 255, 0], [255, 255, 0], [0, 0, 255], [255, 0, 255], [0, 255, 255], [255, 255, 255],
];
const STEPS = [0, 95, 135, 175, 215, 255];
const palette = SYSTEM.slice();
for (let r = 0; r < 6; r++) for (let g = 0; g < 6; g++) for (let b = 0; b < 6; b++) palette.push([STEPS[r], STEPS[g], STEPS[b]]);
for (let i = 0; i < 24; i++) { const v = 8 + i * 10; palette.push([v, v, v]); }
module.exports = palette;
