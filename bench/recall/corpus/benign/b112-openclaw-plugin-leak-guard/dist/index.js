'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { SECRETS, LIFECYCLE, redact } = require('./rules');

const SKIP = new Set(['node_modules', '.git', 'dist', 'build', '.next', 'coverage', '.venv', 'venv', '__pycache__']);
const BIN = /\.(png|jpe?g|gif|webp|ico|pdf|zip|gz|tgz|woff2?|ttf|mp4|mov|so|dylib|dll|exe|wasm|lock)$/i;

function* walk(dir, depth = 0) {
  if (depth > 20) return;
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP.has(e.name)) yield* walk(p, depth + 1); }
    else if (e.isFile() && !BIN.test(e.name)) yield p;
  }
}

function scanText(file, text, out) {
  for (const rule of SECRETS) {
    rule.re.lastIndex = 0;
    let m;
    while ((m = rule.re.exec(text))) {
      const line = text.slice(0, m.index).split('\n').length;
      out.push(`${file}:${line}  ${rule.id}  ${redact(m[0])}`);
    }
  }
}

function lifecycleAudit(root) {
  const nm = path.join(root, 'node_modules');
  const rows = [];
  const visit = (dir) => {
    let ents = [];
    try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of ents) {
      if (!e.isDirectory()) continue;
      const p = path.join(dir, e.name);
      if (e.name.startsWith('@')) { visit(p); continue; }
      let pkg;
      try { pkg = JSON.parse(fs.readFileSync(path.join(p, 'package.json'), 'utf8')); } catch { continue; }
      for (const hook of ['preinstall', 'install', 'postinstall']) {
        const cmd = pkg.scripts && pkg.scripts[hook];
        if (!cmd) continue;
        let body = cmd;
        const file = (/node\s+([^\s&|;]+\.c?js)/.exec(cmd) || [])[1];
        if (file) { try { body += '\n' + fs.readFileSync(path.join(p, file), 'utf8').slice(0, 500000); } catch {} }
        const hits = LIFECYCLE.filter((r) => r.re.test(body)).map((r) => `${r.id}(${r.sev})`);
        rows.push(`${pkg.name}@${pkg.version}  ${hook}: ${cmd.slice(0, 80)}${hits.length ? '  <- ' + hits.join(', ') : ''}`);
      }
      visit(path.join(p, 'node_modules'));
    }
  };
  visit(nm);
  return rows;
}

module.exports = {
  id: 'leak-guard',
  register(api) {
    const cfg = Object.assign({ includeHomeRc: false }, api.config || {});
    api.registerTool({
      name: 'leak_scan',
      description: 'Scan the workspace for committed secrets. Output is redacted; runs fully offline.',
      parameters: { type: 'object', properties: { path: { type: 'string' } } },
      async execute(_id, { path: root = process.cwd() }) {
        const out = [];
        for (const f of walk(root)) {
          try { if (fs.statSync(f).size < 2_000_000) scanText(path.relative(root, f), fs.readFileSync(f, 'utf8'), out); } catch {}
        }
        if (cfg.includeHomeRc) {
          const rc = path.join(os.homedir(), '.npmrc');
          try { if (/_authToken\s*=\s*(?!\$\{)\S+/.test(fs.readFileSync(rc, 'utf8'))) out.push('~/.npmrc  plaintext _authToken (use ${NPM_TOKEN} indirection or `npm login --auth-type=web`)'); } catch {}
        }
        return { content: [{ type: 'text', text: out.length ? out.join('\n') : 'no secrets found' }] };
      },
    });
    api.registerTool({
      name: 'lifecycle_audit',
      description: 'List npm install-time scripts in node_modules and flag risky patterns.',
      parameters: { type: 'object', properties: { path: { type: 'string' } } },
      async execute(_id, { path: root = process.cwd() }) {
        const rows = lifecycleAudit(root);
        return { content: [{ type: 'text', text: rows.length ? rows.join('\n') : 'no lifecycle scripts found' }] };
      },
    });
  },
};
