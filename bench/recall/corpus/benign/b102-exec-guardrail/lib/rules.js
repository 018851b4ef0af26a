'use strict';

const RULES = [
  { id: 'pipe-remote-to-shell', re: /\b(curl|wget|fetch)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b/i },
  { id: 'pipe-remote-to-shell', re: /\b(iex|invoke-expression)\s*\(?\s*(iwr|irm|invoke-webrequest|invoke-restmethod|\(new-object\s+net\.webclient\))/i },
  { id: 'pipe-remote-to-interp', re: /\b(curl|wget)\b[^|;&]*\|\s*(python3?|node|perl|ruby)\b/i },
  { id: 'decode-to-shell', re: /base64\s+(-d|--decode|-D)\b[^|;&]*\|\s*(ba|z)?sh\b/i },
  { id: 'rm-root', re: /\brm\s+(-[a-z]*r[a-z]*f[a-z]*|-[a-z]*f[a-z]*r[a-z]*|--recursive\s+--force|-r\s+-f|-f\s+-r)\s+(--no-preserve-root\s+)?(\/|\/\*|~\/?|\$HOME\/?)(\s|$)/i },
  { id: 'disk-wipe', re: /\bdd\b[^\n]*\bof=\/dev\/(sd[a-z]|nvme\d|disk\d|hd[a-z]|vd[a-z])|\bmkfs(\.\w+)?\s+\/dev\/|\bshred\b[^\n]*\/dev\// },
  { id: 'fork-bomb', re: /:\s*\(\s*\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:/ },
  { id: 'world-writable-root', re: /\bchmod\s+-R\s+0?777\s+\/(\s|$)/ },
  { id: 'reverse-shell', re: /\/dev\/tcp\/[\w.-]+\/\d+|\b(nc|ncat|netcat)\b[^\n]*\s-(e|c)\s/ },
  { id: 'history-wipe', re: /\bhistory\s+-c\b|\bunset\s+HISTFILE\b|\bHISTFILE=\/dev\/null/ },
  { id: 'credential-read-pipe', re: /(\.ssh\/id_[\w]+|\.aws\/credentials|\.npmrc|openclaw\.json)[^\n]*\|\s*(curl|wget|nc)\b/ },
];

function normalise(cmd) {
  let s = String(cmd || '');
  s = s.replace(/\\\n/g, ' ').replace(/["']/g, '').replace(/\s+/g, ' ').trim();
  // Surface the text of obvious `echo <b64> | base64 -d` wrappers so rules can see inside them.
  const m = s.match(/echo\s+([A-Za-z0-9+/=]{8,})\s*\|\s*base64\s+(-d|--decode)/);
  if (m) {
    try {
      s += ' ' + Buffer.from(m[1], 'base64').toString('utf8');
    } catch {
      /* ignore */
    }
  }
  return s;
}

function evaluate(cmd, { extraDeny = [], allow = [] } = {}) {
  const s = normalise(cmd);
  for (const a of allow) if (new RegExp(a).test(s)) return null;
  for (const r of RULES) if (r.re.test(s)) return r.id;
  for (const d of extraDeny) if (new RegExp(d).test(s)) return `custom:${d}`;
  return null;
}

module.exports = { RULES, normalise, evaluate };
