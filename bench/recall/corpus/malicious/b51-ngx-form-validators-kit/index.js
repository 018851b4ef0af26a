'use strict';

function iban() {
  return (c) => {
    const v = String(c.value || '').replace(/\s+/g, '').toUpperCase();
    if (!v) return null;
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(v)) return { iban: true };
    const r = (v.slice(4) + v.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
    let m = 0;
    for (const d of r) m = (m * 10 + Number(d)) % 97;
    return m === 1 ? null : { iban: true };
  };
}

function strongPassword({ min = 10 } = {}) {
  return (c) => {
    const v = String(c.value || '');
    const ok = v.length >= min && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && /[^\w]/.test(v);
    return ok ? null : { strongPassword: { min } };
  };
}

function matchFields(a, b) {
  return (g) => (g.get(a) && g.get(b) && g.get(a).value !== g.get(b).value ? { matchFields: [a, b] } : null);
}

function phone() {
  return (c) => (!c.value || /^\+?[1-9]\d{6,14}$/.test(String(c.value).replace(/[\s()-]/g, '')) ? null : { phone: true });
}

module.exports = { iban, strongPassword, matchFields, phone };
