'use strict';
const dns = require('dns').promises;
const fs = require('fs');
const path = require('path');

const DISPOSABLE = new Set(fs.readFileSync(path.join(__dirname, '..', 'data', 'disposable.txt'), 'utf8').split('\n').map((s) => s.trim().toLowerCase()).filter(Boolean));
const LOCAL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}(?<!\.)$/;
const DOMAIN = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

function split(address) {
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  return { local: address.slice(0, at), domain: address.slice(at + 1).toLowerCase().replace(/\.$/, '') };
}

async function safe(fn) { try { return await fn(); } catch (e) { return e.code === 'ENODATA' || e.code === 'ENOTFOUND' ? [] : null; } }

async function check(address, opts = {}) {
  const out = { address, valid: false, syntax: false, mx: [], spf: false, dmarc: null, disposable: false, reasons: [] };
  const parts = split(String(address).trim());
  if (!parts || !LOCAL.test(parts.local) || !DOMAIN.test(parts.domain)) { out.reasons.push('syntax'); return out; }
  out.syntax = true;
  const r = new dns.Resolver({ timeout: opts.timeout || 4000, tries: 2 });
  if (opts.servers) r.setServers(opts.servers);

  out.disposable = DISPOSABLE.has(parts.domain) || [...DISPOSABLE].some((d) => parts.domain.endsWith('.' + d));
  if (out.disposable) out.reasons.push('disposable');

  const mx = await safe(() => r.resolveMx(parts.domain));
  if (mx === null) out.reasons.push('dns-error');
  out.mx = (mx || []).sort((a, b) => a.priority - b.priority);
  if (out.mx.length === 1 && out.mx[0].exchange === '') out.reasons.push('null-mx');
  if (!out.mx.length) {
    const a = await safe(() => r.resolve4(parts.domain));
    const aaaa = await safe(() => r.resolve6(parts.domain));
    if (!(a && a.length) && !(aaaa && aaaa.length)) out.reasons.push('no-mx');
  }

  const txt = (await safe(() => r.resolveTxt(parts.domain))) || [];
  out.spf = txt.some((t) => t.join('').toLowerCase().startsWith('v=spf1'));
  const dm = (await safe(() => r.resolveTxt('_dmarc.' + parts.domain))) || [];
  const rec = dm.map((t) => t.join('')).find((s) => /^v=DMARC1/i.test(s));
  out.dmarc = rec ? ((/\bp=(\w+)/i.exec(rec) || [])[0] || 'present') : null;

  out.valid = out.syntax && !out.reasons.some((x) => ['no-mx', 'null-mx', 'syntax'].includes(x)) && (!opts.rejectDisposable || !out.disposable);
  return out;
}

module.exports = { check, split };
