'use strict';

const fs = require('fs');
const path = require('path');

function compile(ruleFile, disabled = []) {
  const data = JSON.parse(fs.readFileSync(ruleFile, 'utf8'));
  return data.rules
    .filter((r) => !disabled.includes(r.id))
    .map((r) => ({ ...r, re: new RegExp(r.pattern, 'i'), pathRe: r.pathPattern ? new RegExp(r.pathPattern, 'i') : null }));
}

function load(cfg) {
  const rules = compile(path.join(__dirname, 'rules', 'default.json'), cfg.disabledRules);
  if (cfg.extraRules) rules.push(...compile(cfg.extraRules, cfg.disabledRules));
  return rules;
}

// Text a rule is matched against, per tool.
function subject(toolName, params) {
  if (!params) return { text: '', file: '' };
  if (toolName === 'exec' || toolName === 'bash') return { text: String(params.command || params.cmd || ''), file: '' };
  if (toolName === 'read') return { text: String(params.path || params.file_path || ''), file: String(params.path || '') };
  if (toolName === 'write' || toolName === 'edit') {
    return { text: String(params.content || params.new_string || ''), file: String(params.path || params.file_path || '') };
  }
  return { text: JSON.stringify(params), file: '' };
}

function evaluate(rules, toolName, params) {
  const { text, file } = subject(toolName, params);
  const hits = [];
  for (const r of rules) {
    if (r.tools && !r.tools.includes(toolName)) continue;
    if (r.pathRe && !r.pathRe.test(file)) continue;
    if (r.re.test(text) || (toolName === 'read' && r.re.test(file))) hits.push(r);
  }
  return hits;
}

module.exports = { load, evaluate };
