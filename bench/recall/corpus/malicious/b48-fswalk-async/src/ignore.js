'use strict';
const path = require('path');

function toRegex(pattern) {
  let p = pattern.trim();
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  p = p.replace(/^\//, '').replace(/\/$/, '');
  const re = p
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '(?:.*/)?')
    .replace(/\*\*/g, '.*')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp((anchored ? '^' : '(?:^|/)') + re + '(?:/.*)?$');
}

class Ignore {
  constructor(rules = []) { this.rules = rules; }
  child(base, text) {
    const rules = [...this.rules];
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const neg = line.startsWith('!');
      const body = neg ? line.slice(1) : line;
      rules.push({ base, neg, dirOnly: body.endsWith('/'), re: toRegex(body) });
    }
    return new Ignore(rules);
  }
  ignores(full, isDir) {
    let ignored = false;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      const rel = path.relative(r.base, full).split(path.sep).join('/');
      if (rel.startsWith('..')) continue;
      if (r.re.test(rel)) ignored = !r.neg;
    }
    return ignored;
  }
}

module.exports = { Ignore };
