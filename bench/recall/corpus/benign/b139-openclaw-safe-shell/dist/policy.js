'use strict';
const { parse } = require('shell-quote');
const path = require('path');

function check(line, cfg) {
  const toks = parse(line);
  if (toks.some((t) => typeof t !== 'string')) return { ok: false, why: 'operators (|, ;, &&, >, $(...)) are not allowed' };
  if (!toks.length) return { ok: false, why: 'empty command' };
  const [bin, ...args] = toks;
  if (bin.includes('/') || path.basename(bin) !== bin) return { ok: false, why: 'use a bare binary name' };
  if (!cfg.allow.includes(bin)) return { ok: false, why: `${bin} is not in the allow-list` };
  const bad = args.find((a) => cfg.denyArgs.some((d) => a === d || a.startsWith(d + '=')));
  if (bad) return { ok: false, why: `argument ${bad} is denied` };
  if (bin === 'git' && ['push', 'config', 'remote', 'submodule'].includes(args[0])) return { ok: false, why: `git ${args[0]} not allowed` };
  return { ok: true, bin, args };
}
module.exports = { check };
