const TLDS = new Set(('com net org io co info biz xyz top ru cn su tk ml ga cf gq pw cc ws me app dev site online ' +
  'store shop live club icu buzz link click today invalid example test local onion de uk fr nl br in jp kr ' +
  'us ca au es it pl ua by kz ir tr vn id th my sg hk tw').split(' '));

const REFANG_RULES = [
  [/hxxps?/gi, (m) => m.replace(/xx/i, 'tt')],
  [/\[\s*:\s*\/\/\s*\]/g, '://'],
  [/\[\s*\.\s*\]|\(\s*\.\s*\)|\{\s*\.\s*\}|\[dot\]|\(dot\)|\s+dot\s+/gi, '.'],
  [/\[\s*@\s*\]|\[at\]|\(at\)/gi, '@'],
  [/\[\s*:\s*\]/g, ':'],
  [/\[\/\]/g, '/'],
];

export function refang(text) {
  return REFANG_RULES.reduce((t, [rx, rep]) => t.replace(rx, rep), text);
}

export function defang(ioc) {
  return ioc
    .replace(/^http/i, (m) => (m[0] === 'H' ? 'HXXP' : 'hxxp'))
    .replace(/:\/\//, '[://]')
    .replace(/\.(?=[^.]*$)/, '[.]')
    .replace(/@/g, '[@]');
}

const RX = {
  url: /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]+/gi,
  ipv4: /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g,
  domain: /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi,
  email: /\b[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}\b/gi,
  md5: /\b[a-f0-9]{32}\b/gi,
  sha1: /\b[a-f0-9]{40}\b/gi,
  sha256: /\b[a-f0-9]{64}\b/gi,
  cve: /\bCVE-\d{4}-\d{4,7}\b/gi,
  btc: /\b(?:bc1[a-z0-9]{25,39}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/g,
  eth: /\b0x[a-fA-F0-9]{40}\b/g,
};

const PRIVATE_V4 = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^127\./, /^0\./, /^169\.254\./];

function uniq(a) {
  return [...new Set(a)];
}

export function extract(text, { includePrivate = false, refangFirst = true } = {}) {
  const t = refangFirst ? refang(text) : text;
  const urls = uniq(t.match(RX.url) || []).map((u) => u.replace(/[.,;:]+$/, ''));
  const emails = uniq((t.match(RX.email) || []).map((e) => e.toLowerCase()));
  const ipv4 = uniq(t.match(RX.ipv4) || []).filter((ip) => includePrivate || !PRIVATE_V4.some((r) => r.test(ip)));
  const hashText = t.replace(RX.url, ' ');
  const sha256 = uniq((hashText.match(RX.sha256) || []).map((h) => h.toLowerCase()));
  const sha1 = uniq((hashText.match(RX.sha1) || []).map((h) => h.toLowerCase())).filter((h) => !sha256.some((s) => s.includes(h)));
  const md5 = uniq((hashText.match(RX.md5) || []).map((h) => h.toLowerCase()))
    .filter((h) => !sha256.some((s) => s.includes(h)) && !sha1.some((s) => s.includes(h)));
  const emailDomains = new Set(emails.map((e) => e.split('@')[1]));
  const domains = uniq((t.match(RX.domain) || []).map((d) => d.toLowerCase()))
    .filter((d) => TLDS.has(d.split('.').pop()) && !/^\d+(\.\d+)+$/.test(d))
    .filter((d) => !emailDomains.has(d) || urls.some((u) => u.includes(d)));
  return {
    urls, ipv4, domains, emails, md5, sha1, sha256,
    cves: uniq((t.match(RX.cve) || []).map((c) => c.toUpperCase())),
    btc: uniq(t.match(RX.btc) || []),
    eth: uniq(t.match(RX.eth) || []),
  };
}

export function toStix(iocs, { labels = ['malicious-activity'] } = {}) {
  const now = new Date().toISOString();
  const pattern = {
    urls: (v) => `[url:value = '${v}']`, ipv4: (v) => `[ipv4-addr:value = '${v}']`,
    domains: (v) => `[domain-name:value = '${v}']`, sha256: (v) => `[file:hashes.'SHA-256' = '${v}']`,
    md5: (v) => `[file:hashes.MD5 = '${v}']`,
  };
  const objects = [];
  for (const [k, f] of Object.entries(pattern)) {
    for (const v of iocs[k] || []) {
      objects.push({ type: 'indicator', spec_version: '2.1', created: now, modified: now, valid_from: now,
        pattern_type: 'stix', pattern: f(v.replace(/'/g, "\\'")), labels });
    }
  }
  return { type: 'bundle', objects };
}
