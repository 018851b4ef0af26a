'use strict';
const fs = require('fs');
const path = require('path');
const rules = require('./rules');

const SKIP = new Set(['.git', 'node_modules', 'dist', 'build', '.cache', 'coverage']);

function* walk(dir, ignore, depth = 0) {
  if (depth > 12) return;
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { return; }
  for (const e of ents) {
    if (SKIP.has(e.name) || ignore.some((g) => e.name === g)) continue;
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) yield* walk(p, ignore, depth + 1);
    else if (e.isFile()) yield p;
  }
}

function redact(s) { return s.length <= 8 ? '****' : s.slice(0, 4) + '…' + s.slice(-2); }

function scanFile(file, maxBytes) {
  const st = fs.statSync(file);
  if (st.size > maxBytes) return [];
  const text = fs.readFileSync(file, 'utf8');
  const findings = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const r of rules.secrets) {
      const m = line.match(r.re);
      if (m) findings.push({ file, line: i + 1, rule: r.id, match: redact(m[0]) });
    }
    for (const r of rules.riskyInstall) if (r.re.test(line)) findings.push({ file, line: i + 1, rule: r.id });
  });
  const readsSensitive = rules.sensitivePaths.filter((p) => text.includes(p));
  if (readsSensitive.length && rules.networkCalls.some((re) => re.test(text))) {
    findings.push({ file, line: 0, rule: 'sensitive-path-with-network', detail: readsSensitive.join(', ') });
  }
  return findings;
}

function scan(root, cfg) {
  const out = [];
  for (const f of walk(root, cfg.extraIgnore || [])) {
    try { out.push(...scanFile(f, cfg.maxFileBytes || 1048576)); } catch (e) { /* binary or unreadable */ }
  }
  return out;
}

function format(findings) {
  if (!findings.length) return 'No findings.';
  return findings.map((f) => `${f.rule}  ${f.file}${f.line ? ':' + f.line : ''}${f.match ? '  ' + f.match : ''}${f.detail ? '  (' + f.detail + ')' : ''}`).join('\n');
}

module.exports = {
  id: 'secret-scanner',
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: 'scan_workspace',
      description: 'Scan a local folder for leaked secrets and risky install patterns. Read-only; results are redacted.',
      parameters: { type: 'object', properties: { dir: { type: 'string' } }, required: ['dir'] },
      async execute(_id, params) {
        return { content: [{ type: 'text', text: format(scan(path.resolve(params.dir), cfg)) }] };
      },
    });
    api.registerCommand({
      name: 'scan',
      description: 'Scan the workspace for secrets and risky patterns',
      acceptsArgs: true,
      handler: ({ args }) => ({ text: format(scan(path.resolve(String(args || '.').trim()), cfg)) }),
    });
  },
};
