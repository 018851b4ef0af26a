import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verify } from './verify.mjs';

const RULES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'rules');
const SKIP_DIRS = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist']);
const PLACEHOLDER = /(example|dummy|sample|fake|xxxx|0000000|your[_-]?token|changeme)/i;

export function loadRules(extraFiles = []) {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.json')).map((f) => path.join(RULES_DIR, f)).concat(extraFiles);
  return files.flatMap((f) => {
    const pack = JSON.parse(readFileSync(f, 'utf8'));
    return pack.rules.map((r) => ({ ...r, pack: pack.pack, re: new RegExp(r.regex, 'g') }));
  });
}

function* files(root) {
  const st = statSync(root);
  if (st.isFile()) { yield root; return; }
  for (const e of readdirSync(root, { withFileTypes: true })) {
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) yield* files(path.join(root, e.name)); }
    else if (e.isFile()) yield path.join(root, e.name);
  }
}

export function mask(s) {
  return s.length < 12 ? '•'.repeat(s.length) : `${s.slice(0, 6)}${'•'.repeat(6)}${s.slice(-3)}`;
}

export async function sweep(root, { rules = loadRules(), doVerify = false, baseline = new Set() } = {}) {
  const findings = [];
  for (const file of files(root)) {
    let text;
    try {
      const buf = readFileSync(file);
      if (buf.length > 4 * 1024 * 1024 || buf.includes(0)) continue;
      text = buf.toString('utf8');
    } catch { continue; }
    const rel = path.relative(root, file) || path.basename(file);
    for (const r of rules) {
      r.re.lastIndex = 0;
      for (const m of text.matchAll(r.re)) {
        const secret = m[1] ?? m[0];
        if (PLACEHOLDER.test(secret)) continue;
        const line = text.slice(0, m.index).split('\n').length;
        const fp = `${r.id}:${rel}:${line}`;
        if (baseline.has(fp)) continue;
        const f = { rule: r.id, pack: r.pack, severity: r.severity, file: rel, line, preview: mask(secret), fingerprint: fp };
        if (doVerify && r.verify) f.status = await verify(r.verify, secret);
        findings.push(f);
      }
    }
  }
  return findings;
}
