'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

function loadRules(dir = path.join(__dirname, '..', 'rules')) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => {
    const r = YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const compile = (m) => (m.regex ? new RegExp(m.regex, 'i') : { test: (s) => s.includes(m.literal) });
    return {
      ...r,
      any: (r.match.any || []).map(compile),
      all: (r.match.all || []).map(compile),
      globs: (r.applies_to || ['*']).map((g) => new RegExp('^' + g.replace(/\./g, '\\.').replace(/\*/g, '.*') + '$')),
    };
  });
}

function applies(rule, file) {
  const base = path.basename(file);
  return rule.globs.some((g) => g.test(base));
}

module.exports = { loadRules, applies };
