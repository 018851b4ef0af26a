'use strict';
const path = require('path');
const fs = require('fs');

const PRESETS = ['base', 'node', 'react', 'library'];

function presetPath(name) {
  if (!PRESETS.includes(name)) throw new Error(`unknown preset "${name}" (expected one of ${PRESETS.join(', ')})`);
  return path.join(__dirname, 'presets', `${name}.json`);
}

function load(name, seen = new Set()) {
  const file = presetPath(name);
  if (seen.has(file)) throw new Error('circular extends in ' + file);
  seen.add(file);
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (json.extends) {
    const parent = path.basename(json.extends, '.json');
    const base = load(parent, seen);
    return { ...base, ...json, compilerOptions: { ...base.compilerOptions, ...json.compilerOptions }, extends: undefined };
  }
  return json;
}

module.exports = { PRESETS, presetPath, load };
