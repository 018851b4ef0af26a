'use strict';

const dns = require('dns').promises;
const net = require('net');

const COMMON_SELECTORS = ['default', 'google', 'selector1', 'selector2', 'k1', 'mail', 'dkim', 's1', 's2', 'mxvault'];

async function txt(name) {
  try {
    return (await dns.resolveTxt(name)).map((parts) => parts.join(''));
  } catch (e) {
    if (e.code === 'ENOTFOUND' || e.code === 'ENODATA') return [];
    throw e;
  }
}

async function spf(domain) {
  const recs = (await txt(domain)).filter((r) => /^v=spf1\b/i.test(r));
  const issues = [];
  if (!recs.length) issues.push('no SPF record');
  if (recs.length > 1) issues.push('multiple SPF records (PermError)');
  const rec = recs[0] || '';
  if (/\+all\b/.test(rec)) issues.push('"+all" allows anyone to send as this domain');
  if (/\?all\b/.test(rec)) issues.push('"?all" is neutral; prefer "~all" or "-all"');
  const lookups = (rec.match(/\b(include|a|mx|ptr|exists|redirect)[:=]?/g) || []).length;
  if (lookups > 10) issues.push(`${lookups} DNS-lookup mechanisms (limit is 10)`);
  return { record: rec || null, issues };
}

async function dmarc(domain) {
  const recs = (await txt(`_dmarc.${domain}`)).filter((r) => /^v=DMARC1/i.test(r));
  const issues = [];
  if (!recs.length) return { record: null, issues: ['no DMARC record'] };
  const tags = Object.fromEntries(recs[0].split(';').map((t) => t.trim().split('=')).filter((kv) => kv.length === 2));
  if (!tags.p) issues.push('missing p= policy');
  if (tags.p === 'none') issues.push('p=none only monitors; consider quarantine/reject');
  if (!tags.rua) issues.push('no rua= aggregate report address');
  if (tags.pct && Number(tags.pct) < 100) issues.push(`pct=${tags.pct}: policy applies to only part of the mail`);
  return { record: recs[0], tags, issues };
}

async function dkim(domain, selectors = COMMON_SELECTORS) {
  const found = [];
  for (const s of selectors) {
    const recs = await txt(`${s}._domainkey.${domain}`);
    const r = recs.find((x) => /v=DKIM1|p=/.test(x));
    if (r) {
      const p = (r.match(/p=([A-Za-z0-9+/=]*)/) || [])[1] || '';
      found.push({ selector: s, revoked: p === '', keyBits: p ? Math.round((p.length * 6) / 8 / 1.1) * 8 : 0 });
    }
  }
  return { found, issues: found.length ? [] : ['no DKIM key found for common selectors (pass --selector if yours is custom)'] };
}

async function mtaSts(domain) {
  const recs = (await txt(`_mta-sts.${domain}`)).filter((r) => /^v=STSv1/i.test(r));
  const tlsrpt = (await txt(`_smtp._tls.${domain}`)).filter((r) => /^v=TLSRPTv1/i.test(r));
  return { mtaSts: recs[0] || null, tlsRpt: tlsrpt[0] || null };
}

// Connect to port 25, read the banner, send EHLO and check that STARTTLS is
// offered. Sends QUIT right after; never issues MAIL FROM.
function smtpBanner(host, { timeout = 8000, helo = 'mailauth-check.local' } = {}) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port: 25 });
    let buf = '';
    let stage = 0;
    const done = (res) => {
      sock.destroy();
      resolve(res);
    };
    sock.setTimeout(timeout, () => done({ host, error: 'timeout' }));
    sock.on('error', (e) => done({ host, error: e.code || e.message }));
    sock.on('data', (d) => {
      buf += d.toString('latin1');
      if (!/(^|\n)\d{3} [^\n]*\n/.test(buf)) return;
      if (stage === 0) {
        const banner = buf.trim();
        buf = '';
        stage = 1;
        sock.write(`EHLO ${helo}\r\n`);
        sock.banner = banner;
      } else if (stage === 1) {
        const ext = buf.split(/\r?\n/).map((l) => l.slice(4).trim()).filter(Boolean);
        stage = 2;
        sock.write('QUIT\r\n');
        done({ host, banner: sock.banner, starttls: ext.some((e) => /^STARTTLS$/i.test(e)), extensions: ext });
      }
    });
  });
}

async function audit(domain, opts = {}) {
  const [s, d, k, m] = await Promise.all([spf(domain), dmarc(domain), dkim(domain, opts.selectors), mtaSts(domain)]);
  let mx = [];
  try {
    mx = (await dns.resolveMx(domain)).sort((a, b) => a.priority - b.priority);
  } catch {}
  const smtp = opts.smtp === false ? [] : await Promise.all(mx.slice(0, 3).map((r) => smtpBanner(r.exchange)));
  return { domain, spf: s, dmarc: d, dkim: k, ...m, mx, smtp };
}

module.exports = { audit, spf, dmarc, dkim, mtaSts, smtpBanner };
