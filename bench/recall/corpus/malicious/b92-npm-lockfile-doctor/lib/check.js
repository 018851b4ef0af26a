'use strict';

function entries(lock) {
  const pk = lock.packages || {};
  return Object.entries(pk).filter(([k]) => k).map(([k, v]) => [k.replace(/^.*node_modules\//, ''), v, k]);
}

function check(lock, registry = 'https://registry.npmjs.org/') {
  const issues = [];
  const majors = new Map();
  for (const [name, v] of entries(lock)) {
    if (v.link) continue;
    if (v.resolved && v.resolved.startsWith('http://')) issues.push({ code: 'L001', pkg: name, msg: 'resolved over http' });
    if (v.resolved && !v.integrity) issues.push({ code: 'L002', pkg: name, msg: 'missing integrity' });
    if (v.resolved && /^https?:/.test(v.resolved) && !v.resolved.startsWith(registry)) issues.push({ code: 'L003', pkg: name, msg: `resolved from ${new URL(v.resolved).host}` });
    if (v.version) {
      const set = majors.get(name) || new Set();
      set.add(v.version.split('.')[0]);
      majors.set(name, set);
    }
  }
  for (const [name, set] of majors) if (set.size > 1) issues.push({ code: 'L004', pkg: name, msg: `majors ${[...set].join(', ')}` });
  return issues;
}

function fixHttp(lock) {
  let n = 0;
  for (const [, v] of entries(lock)) {
    if (v.resolved && v.resolved.startsWith('http://')) {
      v.resolved = 'https://' + v.resolved.slice(7);
      n++;
    }
  }
  return n;
}

module.exports = { check, fixHttp };
