'use strict';

function supportsTruecolor(env) {
  return /^(truecolor|24bit)$/i.test(env.COLORTERM || '') || /-direct$/.test(env.TERM || '');
}

function to256(r, g, b) {
  if (r === g && g === b) {
    if (r < 8) return 16;
    if (r > 248) return 231;
    return Math.round(((r - 8) / 247) * 24) + 232;
  }
  const q = (v) => Math.round((v / 255) * 5);
  return 16 + 36 * q(r) + 6 * q(g) + q(b);
}

function fg(rgb, tc) {
  return tc ? `\x1b[38;2;${rgb[0]};${rgb[1]};${rgb[2]}m` : `\x1b[38;5;${to256(rgb[0], rgb[1], rgb[2])}m`;
}

function bg(rgb, tc) {
  return tc ? `\x1b[48;2;${rgb[0]};${rgb[1]};${rgb[2]}m` : `\x1b[48;5;${to256(rgb[0], rgb[1], rgb[2])}m`;
}

// Upper half block: foreground paints the top pixel, background the bottom one.
function render(img, pixelAt, opts) {
  const tc = opts.truecolor;
  const lines = [];
  for (let y = 0; y < img.height; y += 2) {
    let line = '';
    for (let x = 0; x < img.width; x++) {
      const top = pixelAt(img, x, y);
      const bottom = y + 1 < img.height ? pixelAt(img, x, y + 1) : [0, 0, 0, 0];
      if (top[3] < 16 && bottom[3] < 16) { line += '\x1b[0m '; continue; }
      line += fg(top, tc) + bg(bottom, tc) + '\u2580';
    }
    lines.push(line + '\x1b[0m');
  }
  return lines.join('\n');
}

function renderPlain(img, pixelAt) {
  const ramp = ' .:-=+*#%@';
  const lines = [];
  for (let y = 0; y < img.height; y += 2) {
    let line = '';
    for (let x = 0; x < img.width; x++) {
      const [r, g, b] = pixelAt(img, x, y);
      const l = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      line += ramp[Math.min(ramp.length - 1, Math.floor(l * ramp.length))];
    }
    lines.push(line.replace(/\s+$/, ''));
  }
  return lines.join('\n');
}

module.exports = { render, renderPlain, supportsTruecolor, to256 };
