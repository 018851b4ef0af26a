'use strict';
const { tokenChecksumOk } = require('./checksum');

const ok = (value, extra) => ({ ok: true, value, ...extra });
const bad = (reason) => ({ ok: false, reason });
const DOC_EXAMPLES = new Set(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']);

module.exports = {
  string: (v) => ok(String(v)),
  int: (v) => (/^-?\d+$/.test(v) ? ok(parseInt(v, 10)) : bad('expected integer')),
  port: (v) => { const n = Number(v); return n > 0 && n < 65536 ? ok(n) : bad('expected port'); },
  bool: (v) => (/^(1|0|true|false|yes|no)$/i.test(v) ? ok(/^(1|true|yes)$/i.test(v)) : bad('expected boolean')),
  url: (v) => { try { return ok(new URL(v).toString()); } catch (_) { return bad('expected URL'); } },

  'github-token': (v) => {
    const m = /^(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
    if (m) return tokenChecksumOk(m[2], m[3]) ? ok(v, { strict: true }) : bad('checksum mismatch (truncated or mistyped token?)');
    if (/^github_pat_[A-Za-z0-9_]{70,}$/.test(v)) return ok(v, { strict: true });
    return bad('not a GitHub token');
  },

  'npm-token': (v) => {
    const m = /^npm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
    if (!m) return bad('not an npm automation/granular token');
    return tokenChecksumOk(m[1], m[2]) ? ok(v, { strict: true }) : bad('checksum mismatch');
  },

  'aws-access-key': (v, env) => {
    if (!/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v)) return bad('not an AWS access key id');
    if (DOC_EXAMPLES.has(v)) return bad('AWS documentation example key');
    const secret = env.AWS_SECRET_ACCESS_KEY || '';
    const strict = /^[A-Za-z0-9/+]{40}$/.test(secret) && !DOC_EXAMPLES.has(secret);
    return ok(v, { strict, pair: strict ? secret : undefined });
  },

  'stripe-key': (v) => (/^(sk|rk)_live_[A-Za-z0-9]{24,}$/.test(v) ? ok(v, { strict: true }) : /^(sk|rk)_test_/.test(v) ? ok(v) : bad('not a Stripe key')),
};
