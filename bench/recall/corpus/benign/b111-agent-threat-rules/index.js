'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = __dirname;

function listRules(kind) {
  const dir = path.join(ROOT, kind);
  const ext = kind === 'yara' ? '.yar' : '.yml';
  return fs.readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

function readRule(file) {
  return fs.readFileSync(file, 'utf8');
}

/** Names of YARA rules in a file (cheap parse, no compilation). */
function yaraRuleNames(text) {
  return [...text.matchAll(/^\s*(?:private\s+|global\s+)*rule\s+([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]);
}

/** Minimal Sigma header parse: title, id, level, tags. */
function sigmaMeta(text) {
  const pick = (k) => (text.match(new RegExp(`^${k}:\\s*(.+)$`, 'm')) || [])[1]?.trim();
  const tags = [...text.matchAll(/^\s+-\s+(attack\.[\w.]+)/gm)].map((m) => m[1]);
  return { title: pick('title'), id: pick('id'), level: pick('level'), status: pick('status'), tags };
}

/**
 * Compile all YARA rules with a caller-supplied binding (e.g. @litko/yara-x).
 * This package does not depend on any native module.
 */
async function compileYara(compiler) {
  if (!compiler || typeof compiler.addSource !== 'function') {
    throw new TypeError('pass a YARA compiler object exposing addSource(text, namespace)');
  }
  for (const f of listRules('yara')) compiler.addSource(readRule(f), path.basename(f, '.yar'));
  return compiler.build ? compiler.build() : compiler;
}

function catalog() {
  return {
    yara: listRules('yara').map((f) => ({ file: path.relative(ROOT, f), rules: yaraRuleNames(readRule(f)) })),
    sigma: listRules('sigma').map((f) => ({ file: path.relative(ROOT, f), ...sigmaMeta(readRule(f)) })),
  };
}

module.exports = { listRules, readRule, yaraRuleNames, sigmaMeta, compileYara, catalog };
