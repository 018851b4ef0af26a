#!/usr/bin/env node
'use strict';
// Static checks on package.json / lockfiles / workflows / scripts. Read-only.
const fs = require('fs');
const path = require('path');

const root = process.argv[2];
if (!root) { console.error('usage: check_manifest.js PATH'); process.exit(2); }
const findings = [];
const add = (file, line, rule, detail) => findings.push({ file: path.relative(root, file) || file, line, rule, detail });

function walk(dir, out = [], depth = 0) {
  if (depth > 8) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, depth + 1); else out.push(p);
  }
  return out;
}

const RULES = [
  [/--dangerously-skip-permissions|--yolo\b|--trust-all-tools|--dangerously-bypass-approvals-and-sandbox/, 'ai-cli-permission-bypass'],
  [/toJSON\(\s*secrets\s*\)/, 'workflow-dumps-all-secrets'],
  [/isSecret"?\s*:\s*true|Runner\.Worker|\/proc\/[^/]+\/mem/, 'runner-memory-scrape'],
  [/_authToken|\.npmrc/, 'reads-npm-credentials'],
  [/\/-\/v1\/search\?text=maintainer:|\/-\/whoami/, 'npm-account-enumeration'],
  [/getSignaturesForAddress|calendar\.google\.com\/calendar\/ical|api\.github\.com\/gists\//, 'dead-drop-c2-lookup'],
  [/ethereum\.request\s*=|XMLHttpRequest\.prototype\.(send|open)\s*=|window\.fetch\s*=/, 'global-network-or-wallet-hook'],
  [/new Function\(|\beval\(|vm\.runInThisContext/, 'dynamic-code-execution'],
  [/Add-MpPreference|HKCU\\\\Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run|LaunchAgents|systemctl --user enable|@reboot/, 'persistence'],
];

for (const file of walk(root)) {
  const base = path.basename(file);
  let text;
  try { if (fs.statSync(file).size > 2e6) continue; text = fs.readFileSync(file, 'utf8'); } catch (e) { continue; }

  if (base === 'package.json') {
    let pj; try { pj = JSON.parse(text); } catch (e) { continue; }
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) if (pj.scripts && pj.scripts[s]) add(file, 0, 'lifecycle-script', `${s}: ${pj.scripts[s]}`);
    for (const f of ['dependencies', 'optionalDependencies', 'devDependencies', 'overrides', 'resolutions']) {
      for (const [n, v] of Object.entries(pj[f] || {})) if (typeof v === 'string' && /^(https?:|git\+|github:|file:)/.test(v)) add(file, 0, 'non-registry-dependency', `${f}.${n} = ${v}`);
    }
  }
  if (base === 'package-lock.json') {
    let lj; try { lj = JSON.parse(text); } catch (e) { continue; }
    for (const [k, v] of Object.entries(lj.packages || {})) {
      if (v.resolved && !v.integrity) add(file, 0, 'lockfile-no-integrity', `${k} -> ${v.resolved}`);
      if (v.resolved && v.resolved.startsWith('http:')) add(file, 0, 'lockfile-plain-http', `${k} -> ${v.resolved}`);
    }
  }
  if (/\.ya?ml$/.test(base) && /pull_request_target/.test(text) && /github\.event\.pull_request\.head\.(sha|ref)/.test(text)) {
    add(file, 0, 'pwn-request', 'pull_request_target workflow checks out the PR head');
  }
  if (/\.(m?js|cjs|ts|py|sh|ps1|ya?ml)$/.test(base)) {
    text.split('\n').forEach((l, i) => {
      for (const [re, rule] of RULES) if (re.test(l)) add(file, i + 1, rule, l.trim().slice(0, 140));
    });
  }
}

for (const f of findings) console.log(`${f.file}:${f.line || '-'}  [${f.rule}]  ${f.detail}`);
console.log(`-- ${findings.length} finding(s); review each one, many patterns also have legitimate uses`);
process.exit(findings.length ? 1 : 0);
