'use strict';

const fs = require('fs');

const HOST_ALIASES = {
  npm: 'registry.npmjs.org',
  yarn: 'registry.yarnpkg.com',
  verdaccio: 'registry.verdaccio.org'
};

function expandHosts(list) {
  return list.map((h) => HOST_ALIASES[h] || h).map((h) => h.toLowerCase());
}

function readLock(file) {
  const text = fs.readFileSync(file, 'utf8');
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error('not valid JSON (' + e.message + ')');
  }
  if (!doc || typeof doc !== 'object') throw new Error('not a lockfile');
  return doc;
}

// lockfileVersion 2/3 keep a flat "packages" map keyed by install path;
// version 1 nests "dependencies".
function* entries(doc) {
  if (doc.packages && typeof doc.packages === 'object') {
    for (const [key, val] of Object.entries(doc.packages)) {
      if (key === '') continue;
      yield { key, name: val.name || nameFromPath(key), meta: val };
    }
    return;
  }
  function* walk(deps, prefix) {
    for (const [name, val] of Object.entries(deps || {})) {
      const key = prefix + 'node_modules/' + name;
      yield { key, name, meta: val };
      if (val.dependencies) yield* walk(val.dependencies, key + '/');
    }
  }
  yield* walk(doc.dependencies, '');
}

function nameFromPath(p) {
  const idx = p.lastIndexOf('node_modules/');
  return idx === -1 ? p : p.slice(idx + 13);
}

function classify(resolved) {
  if (!resolved) return { kind: 'none' };
  if (/^git(\+|:)|^github:|\.git(#|$)/.test(resolved)) return { kind: 'git' };
  if (resolved.startsWith('file:')) return { kind: 'file' };
  try {
    const u = new URL(resolved);
    return { kind: 'url', protocol: u.protocol, host: u.hostname.toLowerCase() };
  } catch (_) {
    return { kind: 'other' };
  }
}

function lintDoc(doc, opts) {
  const hosts = expandHosts(opts.allowedHosts || ['npm']);
  const findings = [];
  const push = (level, rule, e, msg) => findings.push({ level, rule, path: e.key, name: e.name, message: msg });
  for (const e of entries(doc)) {
    const m = e.meta || {};
    if (m.link) continue;
    const c = classify(m.resolved);
    if (c.kind === 'git') {
      if (!opts.allowGit) push('error', 'no-git', e, 'git dependency ' + m.resolved);
      continue;
    }
    if (c.kind === 'file') {
      push('warn', 'no-file', e, 'file: dependency ' + m.resolved);
      continue;
    }
    if (c.kind === 'url') {
      if (c.protocol !== 'https:') push('error', 'https-only', e, 'non-TLS URL ' + m.resolved);
      if (!hosts.includes(c.host)) push('error', 'allowed-hosts', e, 'host ' + c.host + ' not allowed');
      const tail = decodeURIComponent(new URL(m.resolved).pathname);
      const expect = '/' + e.name + '/-/';
      if (e.name && !tail.startsWith(expect) && hosts.includes(c.host)) {
        push('warn', 'name-mismatch', e, 'installed as ' + e.name + ' but resolved from ' + tail);
      }
    }
    if (!m.integrity && c.kind === 'url') push('error', 'integrity', e, 'missing integrity');
    else if (m.integrity && /^sha1-/.test(m.integrity) && !/sha512-/.test(m.integrity)) {
      push('warn', 'weak-integrity', e, 'sha1 integrity only');
    }
  }
  return findings;
}

function lintFile(file, opts) {
  return lintDoc(readLock(file), opts || {});
}

const formatters = {
  pretty(all, opts) {
    const lines = [];
    for (const { file, findings } of all) {
      const shown = opts.quiet ? findings.filter((f) => f.level === 'error') : findings;
      if (!shown.length) {
        if (!opts.quiet) lines.push('\u2714 ' + file + ': no issues');
        continue;
      }
      lines.push(file);
      for (const f of shown) lines.push('  ' + f.level.padEnd(5) + ' ' + f.rule.padEnd(14) + ' ' + f.path + '  ' + f.message);
    }
    return lines.join('\n');
  },
  json(all) {
    return JSON.stringify(all, null, 2);
  },
  github(all) {
    const lines = [];
    for (const { file, findings } of all) {
      for (const f of findings) {
        const lvl = f.level === 'error' ? 'error' : 'warning';
        lines.push('::' + lvl + ' file=' + file + ',title=' + f.rule + '::' + f.path + ': ' + f.message);
      }
    }
    return lines.join('\n');
  }
};

module.exports = { lintFile, lintDoc, formatters, entries, classify };
