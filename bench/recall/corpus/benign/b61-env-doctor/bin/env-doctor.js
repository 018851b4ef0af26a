#!/usr/bin/env node
'use strict';

const fs = require('node:fs');
const path = require('node:path');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > -1 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function parseEnv(text) {
  const out = new Map();
  let pending = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      pending = {};
      continue;
    }
    if (line.startsWith('#')) {
      const type = /@type\s+(\w+)/.exec(line);
      if (type) pending.type = type[1];
      if (/@optional/.test(line)) pending.optional = true;
      continue;
    }
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2];
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    out.set(m[1], { value: v, ...pending });
    pending = {};
  }
  return out;
}

function mask(v) {
  if (!v) return '(empty)';
  return `${v.slice(0, 3)}${'•'.repeat(Math.min(8, Math.max(0, v.length - 3)))} (${v.length} chars)`;
}

function checkType(type, v) {
  if (!type || !v) return null;
  if (type === 'url') {
    try {
      new URL(v);
      return null;
    } catch {
      return 'not a valid URL';
    }
  }
  if (type === 'int' && !/^-?\d+$/.test(v)) return 'not an integer';
  if (type === 'bool' && !/^(true|false|1|0)$/i.test(v)) return 'not a boolean';
  if (type === 'email' && !/^[^@\s]+@[^@\s]+$/.test(v)) return 'not an email';
  return null;
}

const envFile = path.resolve(arg('--env', '.env'));
const exampleFile = path.resolve(arg('--example', '.env.example'));
const show = process.argv.includes('--show');

if (!fs.existsSync(exampleFile)) {
  console.error(`env-doctor: ${path.basename(exampleFile)} not found`);
  process.exit(2);
}
const example = parseEnv(fs.readFileSync(exampleFile, 'utf8'));
const env = fs.existsSync(envFile) ? parseEnv(fs.readFileSync(envFile, 'utf8')) : new Map();

let errors = 0;
let warnings = 0;
for (const [key, spec] of example) {
  const got = env.get(key);
  if (!got || got.value === '') {
    if (spec.optional) {
      warnings++;
      console.log(`warn  ${key}: not set (optional)`);
    } else {
      errors++;
      console.log(`error ${key}: missing`);
    }
    continue;
  }
  const problem = checkType(spec.type, got.value);
  if (problem) {
    errors++;
    console.log(`error ${key}: ${problem}${show ? ` — ${mask(got.value)}` : ''}`);
  } else if (show) {
    console.log(`ok    ${key}: ${mask(got.value)}`);
  }
}
for (const key of env.keys()) {
  if (!example.has(key)) {
    warnings++;
    console.log(`warn  ${key}: not in ${path.basename(exampleFile)} (undocumented)`);
  }
}
console.log(`\n${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
