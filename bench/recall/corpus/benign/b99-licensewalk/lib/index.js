'use strict';
const fs = require('node:fs');
const path = require('node:path');

const LICENSE_FILE = /^(licen[cs]e|copying|unlicense)(\.(md|txt|markdown))?$/i;

const GUESSES = [
  [/MIT License|Permission is hereby granted, free of charge/i, 'MIT'],
  [/Apache License,? Version 2\.0/i, 'Apache-2.0'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 3/i, 'GPL-3.0'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 2/i, 'GPL-2.0'],
  [/GNU LESSER GENERAL PUBLIC LICENSE/i, 'LGPL'],
  [/Mozilla Public License,? (v\. |version )?2\.0/i, 'MPL-2.0'],
  [/ISC License|Permission to use, copy, modify, and\/or distribute/i, 'ISC'],
  [/Redistribution and use in source and binary forms/i, 'BSD*'],
  [/This is free and unencumbered software released into the public domain/i, 'Unlicense'],
];

function normalise(field) {
  if (!field) return null;
  if (typeof field === 'string') return field;
  if (Array.isArray(field)) return `(${field.map((l) => normalise(l)).join(' OR ')})`;
  if (typeof field === 'object' && field.type) return field.type;
  return null;
}

function guessFromFile(dir) {
  let files;
  try { files = fs.readdirSync(dir); } catch { return { license: null, file: null }; }
  const f = files.find((n) => LICENSE_FILE.test(n));
  if (!f) return { license: null, file: null };
  const text = fs.readFileSync(path.join(dir, f), 'utf8').slice(0, 4000);
  const hit = GUESSES.find(([re]) => re.test(text));
  return { license: hit ? `${hit[1]}*` : 'Custom', file: path.join(dir, f) };
}

function* packageDirs(nodeModules) {
  let entries;
  try { entries = fs.readdirSync(nodeModules, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(nodeModules, e.name);
    const isDir = e.isDirectory() || (e.isSymbolicLink() && fs.statSync(full, { throwIfNoEntry: false })?.isDirectory());
    if (!isDir) continue;
    if (e.name.startsWith('@')) {
      for (const s of fs.readdirSync(full, { withFileTypes: true })) {
        if (s.isDirectory() || s.isSymbolicLink()) yield path.join(full, s.name);
      }
    } else {
      yield full;
    }
  }
}

function walk(root, { production = false } = {}) {
  const results = new Map();
  const rootPkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const devOnly = new Set(production ? Object.keys(rootPkg.devDependencies || {}) : []);
  const seenReal = new Set();
  const stack = [path.join(root, 'node_modules')];
  while (stack.length) {
    const nm = stack.pop();
    for (const dir of packageDirs(nm)) {
      let real;
      try { real = fs.realpathSync(dir); } catch { continue; }
      if (seenReal.has(real)) continue;
      seenReal.add(real);
      let pkg;
      try { pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')); } catch { continue; }
      if (!pkg.name || !pkg.version) continue;
      if (nm === path.join(root, 'node_modules') && devOnly.has(pkg.name)) continue;
      const declared = normalise(pkg.license || pkg.licenses);
      const guessed = guessFromFile(dir);
      const id = `${pkg.name}@${pkg.version}`;
      results.set(id, {
        name: pkg.name,
        version: pkg.version,
        license: declared || guessed.license || 'UNKNOWN',
        licenseFile: guessed.file,
        repository: typeof pkg.repository === 'string' ? pkg.repository : pkg.repository && pkg.repository.url,
        path: path.relative(root, dir),
      });
      stack.push(path.join(dir, 'node_modules'));
    }
  }
  return [...results.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function violations(list, { failOn = [], allow = [] }) {
  const matches = (lic, pats) => pats.some((p) => lic.toUpperCase().includes(p.toUpperCase()));
  return list.filter((p) => {
    if (allow.length && !matches(p.license, allow)) return true;
    return failOn.length && matches(p.license, failOn);
  });
}

module.exports = { walk, violations };
