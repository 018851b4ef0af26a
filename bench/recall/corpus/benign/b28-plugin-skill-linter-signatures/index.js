import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { rules } = JSON.parse(fs.readFileSync(path.join(here, 'rules', 'signatures.json'), 'utf8'));
const compiled = rules.map((r) => ({ ...r, rx: new RegExp(r.re, 'im'), fx: r.files ? new RegExp(r.files, 'i') : null }));
const SKIP = new Set(['node_modules', '.git', 'dist', 'build']);

function* files(root, depth = 0) {
  let es = [];
  try { es = fs.readdirSync(root, { withFileTypes: true }); } catch { return; }
  for (const e of es) {
    const p = path.join(root, e.name);
    if (e.isDirectory()) { if (!SKIP.has(e.name) && depth < 8) yield* files(p, depth + 1); }
    else if (e.isFile()) yield p;
  }
}

function roots(api, extra = []) {
  const cfg = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  const ws = api.config?.agents?.defaults?.workspace;
  return [
    path.join(cfg, 'extensions'), path.join(cfg, 'skills'), path.join(os.homedir(), '.agents', 'skills'),
    ...(ws ? [path.join(ws, 'skills'), path.join(ws, '.agents', 'skills'), path.join(ws, '.openclaw', 'extensions')] : []),
    ...(api.config?.plugins?.load?.paths ?? []), ...(api.config?.skills?.load?.extraDirs ?? []), ...extra,
  ];
}

function scan(rootList, maxBytes) {
  const findings = [];
  for (const root of rootList) {
    for (const f of files(root)) {
      if (f.startsWith(here)) continue; // don't flag our own signature file
      let st; try { st = fs.statSync(f); } catch { continue; }
      if (st.size > maxBytes) continue;
      const text = fs.readFileSync(f, 'utf8');
      for (const r of compiled) {
        if (r.fx && !r.fx.test(f)) continue;
        const m = text.match(r.rx);
        if (m) findings.push({ rule: r.id, severity: r.severity, file: f, match: m[0].slice(0, 120) });
      }
    }
  }
  return findings;
}

export default {
  id: 'skill-linter',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    api.registerTool({
      name: 'skill_lint',
      description: 'Scan installed skills and plugins for risky patterns (read-only). Returns findings by severity.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const res = scan(roots(api, cfg.extraRoots), (cfg.maxFileKb ?? 512) * 1024);
        const order = { critical: 0, warn: 1, info: 2 };
        res.sort((a, b) => order[a.severity] - order[b.severity]);
        const text = res.length
          ? res.map((x) => `[${x.severity}] ${x.rule}  ${x.file}\n    ${JSON.stringify(x.match)}`).join('\n')
          : 'No risky patterns found.';
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
