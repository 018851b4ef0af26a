'use strict';

const PRESETS = {
  sunset: ['#ff7e5f', '#feb47b'],
  ocean: ['#2193b0', '#6dd5ed'],
  vice: ['#5ee7df', '#b490ca'],
  forest: ['#134e5e', '#71b280'],
  candy: ['#f6d365', '#fda085', '#f093fb'],
  mono: ['#bdc3c7', '#2c3e50']
};

function parseHex(hex) {
  let h = String(hex).trim().replace(/^#/, '');
  if (h.length === 3) h = h.split('').map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new TypeError(`Invalid hex colour: ${hex}`);
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function lerp(a, b, t) {
  return Math.round(a + (b - a) * t);
}

function interpolate(stops, t) {
  if (stops.length === 1) return stops[0];
  const scaled = t * (stops.length - 1);
  const i = Math.min(Math.floor(scaled), stops.length - 2);
  const local = scaled - i;
  const a = stops[i];
  const b = stops[i + 1];
  return [lerp(a[0], b[0], local), lerp(a[1], b[1], local), lerp(a[2], b[2], local)];
}

function to256([r, g, b]) {
  if (r === g && g === b) {
    if (r < 8) return 16;
    if (r > 248) return 231;
    return Math.round(((r - 8) / 247) * 24) + 232;
  }
  return 16 + 36 * Math.round((r / 255) * 5) + 6 * Math.round((g / 255) * 5) + Math.round((b / 255) * 5);
}

function detectLevel(stream = process.stdout, env = process.env) {
  if ('NO_COLOR' in env) return 0;
  if ('FORCE_COLOR' in env) return Math.min(3, parseInt(env.FORCE_COLOR, 10) || 1);
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  return stream && stream.isTTY ? 1 : 0;
}

function paint(rgb, ch, level) {
  if (level >= 3) return `\x1b[38;2;${rgb[0]};${rgb[1]};${rgb[2]}m${ch}`;
  if (level === 2) return `\x1b[38;5;${to256(rgb)}m${ch}`;
  return ch;
}

function gradient(colors, options = {}) {
  const list = typeof colors === 'string' ? PRESETS[colors] : colors;
  if (!list || list.length === 0) throw new TypeError('gradient() needs a preset name or an array of colours');
  const stops = list.map(parseHex);
  const level = options.level != null ? options.level : detectLevel();

  function apply(text) {
    const str = String(text);
    if (level === 0) return str;
    const lines = str.split('\n');
    const width = options.multiline ? Math.max(...lines.map((l) => l.length)) : str.replace(/\n/g, '').length;
    let pos = 0;
    const out = lines.map((line) => {
      let acc = '';
      for (let i = 0; i < line.length; i++) {
        const idx = options.multiline ? i : pos++;
        const t = width <= 1 ? 0 : idx / (width - 1);
        acc += line[i] === ' ' ? ' ' : paint(interpolate(stops, t), line[i], level);
      }
      return acc + '\x1b[39m';
    });
    return out.join('\n');
  }

  apply.multiline = (text) => gradient(colors, Object.assign({}, options, { multiline: true }))(text);
  return apply;
}

Object.keys(PRESETS).forEach((name) => {
  gradient[name] = (text) => gradient(name)(text);
});

module.exports = gradient;
module.exports.gradient = gradient;
module.exports.presets = PRESETS;
module.exports.parseHex = parseHex;
module.exports.detectLevel = detectLevel;
