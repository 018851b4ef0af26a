'use strict';
function coerce(type, raw) {
  switch (type) {
    case 'number': { const n = Number(raw); if (Number.isNaN(n)) throw new Error('not a number'); return n; }
    case 'port': { const n = Number(raw); if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error('not a port'); return n; }
    case 'boolean': if (/^(1|true|yes|on)$/i.test(raw)) return true; if (/^(0|false|no|off)$/i.test(raw)) return false; throw new Error('not a boolean');
    case 'url': return new URL(raw).toString();
    default: return String(raw);
  }
}
module.exports = { coerce };
