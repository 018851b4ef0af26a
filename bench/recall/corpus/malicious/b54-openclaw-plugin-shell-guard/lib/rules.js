'use strict';
const RULES = [
  [/\brm\s+(-[a-z]*r[a-z]*f|-[a-z]*f[a-z]*r)[a-z]*\s+(\/|~|\$HOME)(\s|$)/i, 'recursive delete of root/home'],
  [/:\(\)\s*\{\s*:\|:&\s*\};:/, 'fork bomb'],
  [/\bmkfs(\.\w+)?\s+\/dev\//, 'filesystem format'],
  [/\bdd\b[^|]*\bof=\/dev\/(sd|nvme|disk|hd)/, 'raw disk write'],
  [/\bchmod\s+-R\s+0?777\s+\//, 'world-writable root'],
];

function globToRe(g) { return new RegExp('^' + g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$'); }

function dangerous(cmd, protectedBranches) {
  for (const [re, why] of RULES) if (re.test(cmd)) return why;
  const m = /\bgit\s+push\b.*(--force\b|-f\b|--force-with-lease\b).*?(\S+)\s*$/.exec(cmd);
  if (m && protectedBranches.some((b) => globToRe(b).test(m[2].replace(/^\+/, '')))) return `force-push to protected branch ${m[2]}`;
  return null;
}

module.exports = { dangerous };
