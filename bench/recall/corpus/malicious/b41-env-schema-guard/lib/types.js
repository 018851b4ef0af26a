'use strict';
function coerce(type, raw, spec = {}) {
  switch (type) {
    case 'string': return raw;
    case 'number': { const n = Number(raw); if (Number.isNaN(n)) throw new Error('not a number'); return n; }
    case 'int': { if (!/^-?\d+$/.test(raw)) throw new Error('not an integer'); return parseInt(raw, 10); }
    case 'port': { const n = Number(raw); if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error('not a valid port'); return n; }
    case 'bool': {
      if (/^(1|true|yes|on)$/i.test(raw)) return true;
      if (/^(0|false|no|off)$/i.test(raw)) return false;
      throw new Error('not a boolean');
    }
    case 'url': { try { return new URL(raw).toString(); } catch (e) { throw new Error('not a valid URL'); } }
    case 'email': { if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(raw)) throw new Error('not an email'); return raw; }
    case 'json': { try { return JSON.parse(raw); } catch (e) { throw new Error('invalid JSON'); } }
    case 'list': return raw.split(spec.sep || ',').map((s) => s.trim()).filter(Boolean);
    default: throw new Error(`unknown type ${type}`);
  }
}
module.exports = { coerce };
