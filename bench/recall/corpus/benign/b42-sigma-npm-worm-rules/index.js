'use strict';
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const RULES_DIR = path.join(__dirname, 'rules');
const LEVELS = ['informational', 'low', 'medium', 'high', 'critical'];
const REQUIRED = ['title', 'id', 'logsource', 'detection', 'level'];

function loadRules(dir = RULES_DIR) {
  return fs.readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
      return { file, doc };
    });
}

function validateRule({ file, doc }) {
  const errors = [];
  for (const k of REQUIRED) if (!(k in (doc || {}))) errors.push(`${path.basename(file)}: missing ${k}`);
  if (doc && doc.level && !LEVELS.includes(doc.level)) errors.push(`${path.basename(file)}: bad level ${doc.level}`);
  if (doc && doc.detection && !doc.detection.condition) errors.push(`${path.basename(file)}: detection.condition missing`);
  if (doc && doc.id && !/^[0-9a-f-]{36}$/.test(doc.id)) errors.push(`${path.basename(file)}: id is not a UUID`);
  return errors;
}

function filterByLevel(rules, min) {
  const floor = LEVELS.indexOf(min);
  return rules.filter((r) => LEVELS.indexOf(r.doc.level) >= floor);
}

module.exports = { loadRules, validateRule, filterByLevel, LEVELS, RULES_DIR };
