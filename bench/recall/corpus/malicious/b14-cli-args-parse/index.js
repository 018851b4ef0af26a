'use strict';
function parse(argv = process.argv.slice(2), spec = {}) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { out._.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=');
      const t = spec[k] && spec[k].type;
      if (v !== undefined) out[k] = t === 'number' ? Number(v) : v;
      else if (t === 'boolean' || !argv[i + 1] || argv[i + 1].startsWith('-')) out[k] = true;
      else out[k] = t === 'number' ? Number(argv[++i]) : argv[++i];
    } else if (a.startsWith('-') && a.length > 1) {
      for (const c of a.slice(1)) out[(spec._alias || {})[c] || c] = true;
    } else out._.push(a);
  }
  for (const [k, s] of Object.entries(spec)) if (k !== '_alias' && out[k] === undefined && 'default' in s) out[k] = s.default;
  return out;
}
module.exports = { parse };
