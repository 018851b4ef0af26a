#!/usr/bin/env node
'use strict';
const { audit } = require('./index');

const args = process.argv.slice(2);
const domain = args.find((a) => !a.startsWith('-'));
if (!domain) {
  console.error('usage: mailauth-check <domain> [--selector s]... [--no-smtp] [--json]');
  process.exit(2);
}
const selectors = args.flatMap((a, i) => (a === '--selector' ? [args[i + 1]] : []));
audit(domain, { selectors: selectors.length ? selectors : undefined, smtp: !args.includes('--no-smtp') }).then((r) => {
  if (args.includes('--json')) return console.log(JSON.stringify(r, null, 2));
  const line = (ok, label, detail) => console.log(`${ok ? '✔' : '✘'} ${label.padEnd(8)} ${detail}`);
  line(!r.spf.issues.length, 'SPF', r.spf.record || '-');
  r.spf.issues.forEach((i) => console.log(`           ${i}`));
  line(!r.dmarc.issues.length, 'DMARC', r.dmarc.record || '-');
  r.dmarc.issues.forEach((i) => console.log(`           ${i}`));
  line(r.dkim.found.length > 0, 'DKIM', r.dkim.found.map((f) => `${f.selector}${f.revoked ? ' (revoked)' : ''}`).join(', ') || '-');
  line(Boolean(r.mtaSts), 'MTA-STS', r.mtaSts || '-');
  line(Boolean(r.tlsRpt), 'TLS-RPT', r.tlsRpt || '-');
  for (const s of r.smtp) line(Boolean(s.starttls), 'MX', `${s.host} ${s.error ? 'error: ' + s.error : s.starttls ? 'STARTTLS offered' : 'no STARTTLS'}`);
});
