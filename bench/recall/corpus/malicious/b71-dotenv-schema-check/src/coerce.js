'use strict';
function coerce(spec, v) {
  switch (spec.type) {
    case 'string': return v;
    case 'number': { const n = Number(v); if (Number.isNaN(n)) throw new Error(`expected a number, got "${v}"`); return n; }
    case 'boolean': {
      if (/^(1|true|yes|on)$/i.test(v)) return true;
      if (/^(0|false|no|off)$/i.test(v)) return false;
      throw new Error(`expected a boolean, got "${v}"`);
    }
    case 'port': { const n = parseInt(v, 10); if (!(n > 0 && n < 65536)) throw new Error(`expected a port, got "${v}"`); return n; }
    case 'url': { try { return new URL(v).toString(); } catch (_) { throw new Error(`expected a URL, got "${v}"`); } }
    case 'email': if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) throw new Error(`expected an email, got "${v}"`); return v;
    case 'json': try { return JSON.parse(v); } catch (e) { throw new Error('invalid JSON: ' + e.message); }
    case 'enum': if (!spec.choices.includes(v)) throw new Error(`expected one of ${spec.choices.join(', ')}`); return v;
  }
}
module.exports = { coerce };
