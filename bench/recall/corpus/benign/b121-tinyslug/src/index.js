import charmap from './charmap.js';

const DEFAULTS = { separator: '-', lower: true, maxLength: 0, custom: {}, strict: true };

export function slugify(input, options = {}) {
  const o = { ...DEFAULTS, ...(typeof options === 'string' ? { separator: options } : options) };
  const map = { ...charmap, ...o.custom };
  let out = '';
  for (const ch of String(input).normalize('NFC')) {
    if (Object.prototype.hasOwnProperty.call(map, ch)) {
      const r = map[ch];
      out += r.length > 1 && /\w/.test(out.slice(-1)) && ch.length === 1 && /[&@€$%+♥]/.test(ch) ? ` ${r} ` : r;
    } else {
      out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    }
  }
  if (o.strict) out = out.replace(/[^A-Za-z0-9\s_-]/g, '');
  out = out.trim().replace(/[\s_-]+/g, o.separator);
  if (o.lower) out = out.toLowerCase();
  if (o.maxLength > 0 && out.length > o.maxLength) {
    out = out.slice(0, o.maxLength);
    const cut = out.lastIndexOf(o.separator);
    if (cut > o.maxLength / 2) out = out.slice(0, cut);
  }
  return out.replace(new RegExp(`^\\${o.separator}+|\\${o.separator}+$`, 'g'), '');
}

export function unique(slugify_, existing) {
  const seen = new Set(existing);
  return (s, opts) => {
    const base = slugify_(s, opts);
    let cand = base, i = 2;
    while (seen.has(cand)) cand = `${base}-${i++}`;
    seen.add(cand);
    return cand;
  };
}

export default slugify;
